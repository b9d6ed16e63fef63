# Upgrades the Odoo modules MODULES (comma-separated names, or "all") in DATABASE:
# with SERVICE stopped, PYTHON runs ODOO_BIN -c CONFIG -d DATABASE -u MODULES
# --stop-after-init as ODOO_USER; then SERVICE starts again (once) and must answer on
# HTTP_PORT. On failure the last lines of LOGFILE say why, and SERVICE starts again. CHECK_ONLY=yes: says what it
# would run (exit 0) and changes nothing. Runs after lib.sh.
commit=$(as_odoo git -C "$SRC" rev-parse HEAD 2>/dev/null || echo unknown)
echo "commit=$commit"
if [ "$CHECK_ONLY" = yes ]; then
    echo "would stop $SERVICE, run odoo-bin -d $DATABASE -u $MODULES --stop-after-init, and start it again"
    exit 0
fi
echo "stopping $SERVICE"
service_do stop "$SERVICE" || echo "stopping $SERVICE reported an error; going on" >&2
echo "upgrading $MODULES in $DATABASE"
if ! as_odoo "$PYTHON" "$ODOO_BIN" -c "$CONFIG" -d "$DATABASE" -u "$MODULES" --stop-after-init; then
    echo "The upgrade of $MODULES failed; the last lines of $LOGFILE:" >&2
    tail -n 30 "$LOGFILE" >&2 2>/dev/null || true
    # Odoo rolls an upgrade that failed back: the database is as it was, so it may serve.
    echo "starting $SERVICE again with the modules as they were; odoo-deploy rollback restores the backup if needed" >&2
    service_do start "$SERVICE" || true
    exit 1
fi
echo "starting $SERVICE"
service_do start "$SERVICE"
wait_serving "$HTTP_PORT" 60 "$LOGFILE" "$CONSOLE_LOG"
echo "upgraded=$MODULES"
