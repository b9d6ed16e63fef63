# Removes the staging copy SERVICE and everything of it: the service (UNIT or
# INIT_SCRIPT, stopped and disabled first), its nginx site (SITE, SITE_LINK; nginx -t,
# then reloaded), its database DATABASE, and its folders CONFIG_DIR, DATA_DIR (its
# filestore: hard links, so production's files stay), LOG_DIR and LOGROTATE. Production
# (PRODUCTION_DB) is never touched: the script refuses names that are not a copy's.
# Values left empty are not this server's part (on several servers the database server
# drops the database, the first app server removes the service and folders, the proxy
# the site).
refuse() {
    echo "$1 Nothing was changed." >&2
    exit 3
}
db_exists() {
    [ -n "$DATABASE" ] || return 1
    echo "SELECT 1 FROM pg_database WHERE datname = :'name'" | as_postgres psql -X -tA -v name="$DATABASE" | grep -qx 1
}
check() {
    ! db_exists && for path in "$UNIT" "$INIT_SCRIPT" "$SITE" "$SITE_LINK" "$CONFIG_DIR" "$DATA_DIR" "$LOG_DIR" "$LOGROTATE" ${CERTIFICATE:+"$CERTIFICATE"}; do
        if [ -e "$path" ] || [ -L "$path" ]; then return 1; fi
    done
}
change() {
    case "$SERVICE" in *-staging) ;; *) refuse "$SERVICE is not a staging copy's service." ;; esac
    case "$DATA_DIR" in "" | /var/lib/*-staging) ;; *) refuse "$DATA_DIR is not a staging copy's folder." ;; esac
    [ "$DATABASE" != "$PRODUCTION_DB" ] || refuse "$DATABASE is production's database."
    if { [ -n "$UNIT" ] && [ -e "$UNIT" ]; } || { [ -n "$INIT_SCRIPT" ] && [ -e "$INIT_SCRIPT" ]; }; then
        service_do stop "$SERVICE" || true
        if [ "$INIT_SYSTEM" = systemd ]; then
            systemctl disable -q "$SERVICE" || true
            rm -f "$UNIT"
            systemctl daemon-reload
        else
            update-rc.d -f "$SERVICE" remove >/dev/null || true
            rm -f "$INIT_SCRIPT"
        fi
        echo "service $SERVICE stopped and removed"
    fi
    rm -f "$restart_marker" "$reload_marker"
    if { [ -n "$SITE" ] && [ -e "$SITE" ]; } || { [ -n "$SITE_LINK" ] && [ -L "$SITE_LINK" ]; }; then
        rm -f "$SITE_LINK" "$SITE"
        nginx_test
        reload_nginx
        echo "nginx site $SITE removed"
    fi
    if db_exists; then
        echo "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :'name'" |
            as_postgres psql -X -q -tA -v name="$DATABASE" >/dev/null
        as_postgres dropdb "$DATABASE"
        echo "database $DATABASE dropped"
        echo "removed=$DATABASE"
    fi
    if [ -n "$DATA_DIR" ]; then
        rm -rf "$DATA_DIR" "$CONFIG_DIR" "$LOG_DIR"
        rm -f "$LOGROTATE"
        echo "folders $CONFIG_DIR, $DATA_DIR, $LOG_DIR removed"
    fi
    if [ -n "$CERTIFICATE" ]; then rm -f "$CERTIFICATE" "$CERTIFICATE_KEY"; fi
}
preview() {
    if [ -n "$DATA_DIR" ]; then echo "would stop and remove $SERVICE and $DATA_DIR, $CONFIG_DIR, $LOG_DIR"; fi
    if [ -n "$SITE" ]; then echo "would remove its nginx site $SITE"; fi
    if [ -n "$DATABASE" ]; then echo "would drop the database $DATABASE"; fi
}
