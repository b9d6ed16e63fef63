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
# DB_HOST empty: PostgreSQL runs here: the backup goes into a new database first, swapped
# in by renaming. Else (the first app server of several): the database server
# DB_HOST:DB_PORT, reached as Odoo reaches it (DB_USER over TLS, the password in CONFIG),
# which may not create databases: with the service stopped, the database as it is is kept
# as a dump, <BACKUP_DIR>/<database>-before-restore-<time>.dump, then emptied of what
# DB_USER owns and filled from the backup in one transaction: a failed restore leaves it
# as it was.
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
stamp=$(date -u +%Y%m%dT%H%M%SZ)
need_kb=$(du -sk "$BACKUP" | cut -f 1)
if [ -n "$DB_HOST" ]; then
    PGPASSWORD=$(sed -n 's/^db_password = //p' "$CONFIG")
    [ -n "$PGPASSWORD" ] || refuse "$CONFIG names no database password: cannot reach $DB_HOST."
    export PGPASSWORD PGHOST="$DB_HOST" PGPORT="$DB_PORT" PGUSER="$DB_USER" PGSSLMODE=require PGCONNECT_TIMEOUT=10
    db_bytes=$(echo "SELECT pg_database_size(:'name')" | psql -X -tA -w -d "$DATABASE" -v name="$DATABASE") ||
        refuse "Cannot reach the database $DATABASE on $DB_HOST as $DB_USER."
    # The dump of the database as it is and the backup's as SQL, beside the backups, and
    # the filestore unpacked.
    need_kb=$((db_bytes * 2 / 1024 + need_kb * 2))
    room=$BACKUP_DIR
    kept="$BACKUP_DIR/$DATABASE-before-restore-$stamp.dump"
else
    need_kb=$((need_kb * 3))
    room=/var/lib/postgresql
    kept="$DATABASE-before-restore-$stamp"
fi
free_kb=$(df -Pk "$room" | awk 'NR == 2 {print $4}')
[ "$need_kb" -le "$free_kb" ] || refuse "Restoring needs about $((need_kb / 1024)) MiB; only $((free_kb / 1024)) MiB are free in $room."

if [ "$CHECK_ONLY" = yes ]; then
    echo "would restore $BACKUP (database $from, commit $(cat "$BACKUP/commit")) into $DATABASE, keeping the current one as $kept"
    if [ -n "$COMMIT" ]; then echo "would move $SRC from $(as_odoo git -C "$SRC" rev-parse HEAD) back to $COMMIT"; fi
    exit 100
fi

stop_service() {
    # Stopped even when it looks dead: systemd may be restarting a service that cannot start.
    echo "stopping $SERVICE"
    service_do stop "$SERVICE" || echo "stopping $SERVICE reported an error; going on" >&2
}
if [ -z "$DB_HOST" ]; then
    # Into a new database first: a failed restore leaves the current one untouched.
    restoring="$DATABASE-restoring-$stamp"
    as_postgres createdb --owner "$ODOO_USER" --encoding UTF8 --template template0 "$restoring"
    if ! as_postgres pg_restore --no-owner --role="$ODOO_USER" --exit-on-error -d "$restoring" < "$BACKUP/database.dump"; then
        as_postgres dropdb "$restoring"
        echo "pg_restore failed; $DATABASE is as it was." >&2
        exit 1
    fi
    stop_service
else
    # No other session writes meanwhile: this service stopped (the other app servers were
    # stopped before this step), what is left of DB_USER's sessions ended.
    stop_service
    echo "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :'db' AND usename = current_user AND pid <> pg_backend_pid()" |
        psql -X -q -w -v ON_ERROR_STOP=1 -v db="$DATABASE" -d "$DATABASE" >/dev/null
    pg_dump -w -Fc -d "$DATABASE" > "$kept.partial"
    mv "$kept.partial" "$kept"
    # The whole script first: psql must never commit a part of it.
    script=$(mktemp "$BACKUP_DIR/.restore-XXXXXX.sql")
    echo 'DROP OWNED BY CURRENT_USER;' > "$script"
    if ! pg_restore --no-owner --no-privileges -f - "$BACKUP/database.dump" >> "$script" ||
        ! psql -X -q -w --single-transaction -v ON_ERROR_STOP=1 -d "$DATABASE" -f "$script" >/dev/null; then
        rm -f "$script"
        echo "The restore into $DATABASE failed and was rolled back: the database is as it was; starting $SERVICE again." >&2
        service_do start "$SERVICE" || true
        exit 1
    fi
    rm -f "$script"
fi
if [ -n "$COMMIT" ]; then
    as_odoo git -C "$SRC" checkout -q "$COMMIT"
    as_odoo git -C "$SRC" log -1 --format='code back at %h %s'
    if ! requirements_current "$VENV" "$SRC"; then install_requirements "$VENV" "$SRC"; fi
fi
if [ -z "$DB_HOST" ]; then
    sql() { printf '%s\n' "$1" | as_postgres psql -X -q -v ON_ERROR_STOP=1 -v db="$DATABASE" -v kept="$kept" -v restoring="$restoring"; }
    sql "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :'db' AND pid <> pg_backend_pid();" >/dev/null
    sql 'ALTER DATABASE :"db" RENAME TO :"kept";'
    sql 'ALTER DATABASE :"restoring" RENAME TO :"db";'
fi
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
