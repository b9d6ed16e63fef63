# The second half of an update, after the backup: the checkout SRC moves to what
# update-fetch fetched (refs/odoo-deploy/update-target), the commit that ran tagged
# odoo-deploy-previous first; the virtual environment VENV gets the new requirements
# when requirements.txt changed; SERVICE restarts once and must answer on HTTP_PORT
# (else CONSOLE_LOG or the journal, and LOGFILE, say why). Runs after lib.sh.
target=$(as_odoo git -C "$SRC" rev-parse -q --verify refs/odoo-deploy/update-target) || {
    echo "Nothing was fetched to update to; run the update again." >&2
    exit 1
}
from=$(as_odoo git -C "$SRC" rev-parse HEAD)
as_odoo git -C "$SRC" tag -f odoo-deploy-previous "$from" >/dev/null
# Without --force: git refuses to overwrite a change made since update-fetch looked.
as_odoo git -C "$SRC" checkout -q "$target"
as_odoo git -C "$SRC" update-ref -d refs/odoo-deploy/update-target
as_odoo git -C "$SRC" log -1 --format='now at %h %s'
echo "odoo-deploy-previous marks ${from}"
if ! requirements_current "$VENV" "$SRC"; then install_requirements "$VENV" "$SRC"; fi
echo "restarting $SERVICE"
service_do restart "$SERVICE"
wait_serving "$HTTP_PORT" 60 "$LOGFILE" "$CONSOLE_LOG"
echo "updated=$target"
