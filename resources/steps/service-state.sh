# Read-only, for the health check: is SERVICE running (none: not an app server), and
# the last LOG_LINES lines of the Odoo log LOG_FILE and of nginx's NGINX_ERROR_LOG,
# each after its marker line (ODOO_LOG_MARKER, NGINX_LOG_MARKER). On a deployment on
# several servers: with DB_HOST, whether DB_USER logs in to DATABASE there over TLS
# with the password in CONFIG; with POSTGRESQL_HERE=yes, whether this server's
# PostgreSQL accepts connections on DB_PORT; with FILESTORE_DIR, whether the shared
# filestore is mounted there and the Odoo user ODOO_USER may write to it (a file made
# and removed at once). Files only root may read are read with
# sudo when that needs no password, else as the login user (who may be in the adm group).
if [ -z "$SERVICE" ]; then
    :
elif [ -d /run/systemd/system ]; then
    if systemctl is-active --quiet "$SERVICE"; then
        echo 'state: running'
    else
        echo "state: stopped ($(systemctl is-active "$SERVICE" 2>&1))"
    fi
elif [ -x "/etc/init.d/$SERVICE" ]; then
    if "/etc/init.d/$SERVICE" status >/dev/null 2>&1; then echo 'state: running'; else echo 'state: stopped'; fi
else
    echo 'state: stopped (not installed)'
fi
if [ "$(id -u)" != 0 ] && sudo -n true 2>/dev/null; then
    as_root_if_needed() { sudo -n "$@"; }
else
    as_root_if_needed() { "$@"; }
fi
tail_log() { as_root_if_needed tail -n "$LOG_LINES" "$1" 2>&1 || true; }
if [ -n "$DB_HOST" ]; then
    password=$(as_root_if_needed sed -n 's/^db_password = //p' "$CONFIG" 2>/dev/null || true)
    if [ -z "$password" ]; then
        echo "database: not checked ($CONFIG has no password that $(id -un) may read)"
    elif answer=$(PGPASSWORD=$password PGSSLMODE=require PGCONNECT_TIMEOUT=5 LC_ALL=C \
        psql -X -tA -w -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DATABASE" -c 'SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()' 2>&1); then
        if [ "$answer" = t ]; then echo 'database: reachable'; else echo "database: connected without TLS ($answer)"; fi
    else
        echo "database: failed ($(printf '%s\n' "$answer" | head -n 1))"
    fi
fi
if [ -n "$FILESTORE_DIR" ]; then
    if ! findmnt -n --mountpoint "$FILESTORE_DIR" >/dev/null 2>&1; then
        echo "filestore: not mounted at $FILESTORE_DIR"
    elif [ "$(id -u)" != 0 ] && ! sudo -n true 2>/dev/null; then
        echo "filestore: mounted, not tried for writing ($(id -un) cannot act as $ODOO_USER)"
    elif probe=$(as_root_if_needed runuser -u "$ODOO_USER" -- mktemp "$FILESTORE_DIR/.odoo-deploy-health.XXXXXX" 2>/dev/null); then
        as_root_if_needed rm -f "$probe"
        echo 'filestore: writable'
    else
        echo "filestore: mounted at $FILESTORE_DIR, but $ODOO_USER cannot write to it"
    fi
fi
if [ "$POSTGRESQL_HERE" = yes ]; then
    if answer=$(LC_ALL=C pg_isready -p "$DB_PORT" -t 5 2>&1); then
        echo 'postgresql: running'
    else
        echo "postgresql: not accepting connections ($answer)"
    fi
fi
echo "$ODOO_LOG_MARKER"
tail_log "$LOG_FILE"
echo "$NGINX_LOG_MARKER"
tail_log "$NGINX_ERROR_LOG"
