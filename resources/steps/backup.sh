# A backup of DATABASE and its filestore FILESTORE, run as root: a new folder below
# BACKUP_DIR named with the time (UTC) and the running commit of the checkout SRC,
# holding database.dump (pg_dump -Fc), filestore.tar.gz, commit, database-name and
# SHA256SUMS. It is written as a hidden .partial folder and renamed when complete;
# then only the KEEP newest backups stay. Refuses, before writing anything, when the
# disk has less room than the database and the filestore take. CHECK_ONLY=yes: says
# what it would write and changes nothing (exit 100). Prints "backup=<folder>" and
# "commit=<hash>" for odoo-deploy to record.
# DB_HOST empty: PostgreSQL runs here, reached as its superuser. Else (an app server of
# several) the database server DB_HOST:DB_PORT, reached as Odoo reaches it: as DB_USER
# over TLS with the password in Odoo's CONFIG, which stays in this shell's environment.
set -eu
cd /

if [ -n "$DB_HOST" ]; then
    PGPASSWORD=$(sed -n 's/^db_password = //p' "$CONFIG")
    [ -n "$PGPASSWORD" ] || { echo "$CONFIG names no database password: cannot reach $DB_HOST. Nothing was written." >&2; exit 1; }
    export PGPASSWORD PGHOST="$DB_HOST" PGPORT="$DB_PORT" PGUSER="$DB_USER" PGSSLMODE=require PGCONNECT_TIMEOUT=10
    as_dba() { "$@" -w; }
else
    as_dba() { runuser -u postgres -- "$@"; }
fi
db_bytes=$(echo "SELECT pg_database_size(:'name')" | as_dba psql -X -tA -d "$DATABASE" -v name="$DATABASE")
files_kb=0
if [ -d "$FILESTORE" ]; then files_kb=$(du -sk "$FILESTORE" | cut -f 1); fi
need_kb=$((db_bytes / 1024 + files_kb + 1024))
existing=$BACKUP_DIR
while [ ! -d "$existing" ]; do existing=$(dirname "$existing"); done
free_kb=$(df -Pk "$existing" | awk 'NR == 2 {print $4}')
if [ "$need_kb" -gt "$free_kb" ]; then
    echo "A backup needs about $((need_kb / 1024)) MiB; only $((free_kb / 1024)) MiB are free in $existing. Nothing was written." >&2
    exit 3
fi

commit=$(runuser -u "$ODOO_USER" -- git -C "$SRC" rev-parse HEAD 2>/dev/null || echo unknown)
short=$(printf '%.12s' "$commit")
name="$(date -u +%Y%m%dT%H%M%SZ)-$short"
# Two backups within a second: the second waits for a name of its own.
while [ -e "$BACKUP_DIR/$name" ]; do
    sleep 1
    name="$(date -u +%Y%m%dT%H%M%SZ)-$short"
done
if [ "$CHECK_ONLY" = yes ]; then
    echo "would write $BACKUP_DIR/$name: about $((need_kb / 1024)) MiB, $((free_kb / 1024)) MiB free"
    exit 100
fi

install -d -m 0700 "$BACKUP_DIR"
partial="$BACKUP_DIR/.$name.partial"
trap 'rm -rf "$partial"' EXIT
rm -rf "$partial"
install -d -m 0700 "$partial"
as_dba pg_dump -Fc -d "$DATABASE" > "$partial/database.dump"
if [ -d "$FILESTORE" ]; then
    tar -C "$(dirname "$FILESTORE")" -czf "$partial/filestore.tar.gz" "$(basename "$FILESTORE")"
else
    tar -czf "$partial/filestore.tar.gz" -T /dev/null
fi
printf '%s\n' "$commit" > "$partial/commit"
printf '%s\n' "$DATABASE" > "$partial/database-name"
(cd "$partial" && sha256sum database.dump filestore.tar.gz commit database-name > SHA256SUMS)
mv "$partial" "$BACKUP_DIR/$name"
echo "backup=$BACKUP_DIR/$name"
echo "commit=$commit"
du -sh "$BACKUP_DIR/$name" | cut -f 1 | sed 's/^/size=/'

# Retention: the names start with the time, so they sort oldest first.
find "$BACKUP_DIR" -mindepth 1 -maxdepth 1 -type d -name '[0-9]*Z-*' | sort | head -n "-$KEEP" |
    while read -r old; do
        rm -rf -- "$old"
        echo "removed the old backup $old"
    done
