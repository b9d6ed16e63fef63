# Restores the backup BACKUP (a folder directly below BACKUP_DIR, as backup.sh wrote it)
# into DATABASE and its filestore FILESTORE, with the service SERVICE stopped meanwhile
# and started again after (listening on HTTP_PORT). Nothing is thrown away: the database
# as it was is renamed to <database>-before-restore-<time>, the filestore likewise.
# A rollback also gives COMMIT (empty: the code stays): the checkout SRC goes back to
# it (fetched from GIT_URL if it is not there) while the service is stopped, and the
# virtual environment VENV gets its requirements when they differ. If the service does
# not answer afterwards, CONSOLE_LOG (SysV) or the journal, and LOGFILE say why.
# Refuses, changing nothing (exit 3): a folder elsewhere, a damaged backup (SHA256SUMS),
# a backup of another database unless OTHER_DATABASE=yes, too little room.
# CHECK_ONLY=yes: says what it would do (exit 100). Runs after lib.sh.
set -eu
cd /

refuse() {
    echo "$1 Nothing was changed." >&2
    exit 3
}

if [ "$(dirname "$BACKUP")" != "$BACKUP_DIR" ] || [ ! -d "$BACKUP" ]; then refuse "There is no backup $BACKUP."; fi
(cd "$BACKUP" && sha256sum --quiet -c SHA256SUMS) || refuse "The backup $BACKUP is damaged: its checksums do not match."
from=$(cat "$BACKUP/database-name")
if [ "$from" != "$DATABASE" ] && [ "$OTHER_DATABASE" != yes ]; then
    refuse "The backup is of the database $from, not $DATABASE; say so explicitly to restore it into $DATABASE."
fi
if [ -n "$COMMIT" ] && [ -n "$(as_odoo git -C "$SRC" status --porcelain --untracked-files=no)" ]; then
    refuse "The checkout $SRC has local changes (git -C $SRC status); commit or discard them first."
fi
if [ -n "$COMMIT" ] && ! as_odoo git -C "$SRC" cat-file -e "$COMMIT^{commit}" 2>/dev/null; then
    as_odoo git -C "$SRC" fetch -q --depth 1 -- "$GIT_URL" "$COMMIT" 2>/dev/null ||
        refuse "The commit $COMMIT is neither in $SRC nor to be fetched from $GIT_URL."
fi
need_kb=$(du -sk "$BACKUP" | cut -f 1)
need_kb=$((need_kb * 3))
free_kb=$(df -Pk /var/lib/postgresql | awk 'NR == 2 {print $4}')
[ "$need_kb" -le "$free_kb" ] || refuse "Restoring needs about $((need_kb / 1024)) MiB; only $((free_kb / 1024)) MiB are free."

stamp=$(date -u +%Y%m%dT%H%M%SZ)
kept="$DATABASE-before-restore-$stamp"
if [ "$CHECK_ONLY" = yes ]; then
    echo "would restore $BACKUP (database $from, commit $(cat "$BACKUP/commit")) into $DATABASE, keeping the current one as $kept"
    if [ -n "$COMMIT" ]; then echo "would move $SRC from $(as_odoo git -C "$SRC" rev-parse HEAD) back to $COMMIT"; fi
    exit 100
fi

# Into a new database first: a failed restore leaves the current one untouched.
restoring="$DATABASE-restoring-$stamp"
as_postgres createdb --owner "$ODOO_USER" --encoding UTF8 --template template0 "$restoring"
if ! as_postgres pg_restore --no-owner --role="$ODOO_USER" --exit-on-error -d "$restoring" < "$BACKUP/database.dump"; then
    as_postgres dropdb "$restoring"
    echo "pg_restore failed; $DATABASE is as it was." >&2
    exit 1
fi

# Stopped even when it looks dead: systemd may be restarting a service that cannot start.
echo "stopping $SERVICE"
service_do stop "$SERVICE" || echo "stopping $SERVICE reported an error; going on" >&2
if [ -n "$COMMIT" ]; then
    as_odoo git -C "$SRC" checkout -q "$COMMIT"
    as_odoo git -C "$SRC" log -1 --format='code back at %h %s'
    if ! requirements_current "$VENV" "$SRC"; then install_requirements "$VENV" "$SRC"; fi
fi
sql() { printf '%s\n' "$1" | as_postgres psql -X -q -v ON_ERROR_STOP=1 -v db="$DATABASE" -v kept="$kept" -v restoring="$restoring"; }
sql "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :'db' AND pid <> pg_backend_pid();" >/dev/null
sql 'ALTER DATABASE :"db" RENAME TO :"kept";'
sql 'ALTER DATABASE :"restoring" RENAME TO :"db";'
echo "database $DATABASE restored; the one before is kept as $kept"

if [ -e "$FILESTORE" ]; then mv "$FILESTORE" "$FILESTORE-before-restore-$stamp"; fi
mkdir -p "$(dirname "$FILESTORE")"
unpack=$(mktemp -d "$(dirname "$FILESTORE")/.restore-XXXXXX")
tar -C "$unpack" -xzf "$BACKUP/filestore.tar.gz"
if [ -d "$unpack/$from" ]; then mv "$unpack/$from" "$FILESTORE"; else mkdir -p "$FILESTORE"; fi
rm -rf "$unpack"
chown -R "$ODOO_USER:$ODOO_USER" "$FILESTORE"
echo "filestore restored; the one before is kept as $FILESTORE-before-restore-$stamp"

service_do start "$SERVICE"
wait_serving "$HTTP_PORT" 60 "$LOGFILE" "$CONSOLE_LOG"
echo "restored=$BACKUP"
echo "kept=$kept"
if [ -n "$COMMIT" ]; then echo "commit=$COMMIT"; fi
