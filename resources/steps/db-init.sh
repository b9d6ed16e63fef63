# DATABASE initialised with the base module: PYTHON runs ODOO_BIN with CONFIG.
# DEMO: yes loads demonstration data. DB_HOST: empty when PostgreSQL is on this server
# (peer authentication over its socket); else the database server of several, reached
# as odoo.conf says (TLS, the password in CONFIG, which only root and Odoo read).
# INIT: yes on the one server that initialises the database; no on the other app
# servers, which wait (up to WAIT seconds) until that one has: never two `-i base` at once.
db_psql() {
    if [ -z "$DB_HOST" ]; then
        as_odoo psql -X -tA -d "$DATABASE" "$@"
    else
        PGPASSWORD=$(sed -n 's/^db_password = //p' "$CONFIG") PGSSLMODE=require PGCONNECT_TIMEOUT=10 \
            psql -X -tA -h "$DB_HOST" -p "$DB_PORT" -U "$ODOO_USER" -d "$DATABASE" "$@"
    fi
}
initialised() {
    db_psql -c "SELECT 1 FROM ir_module_module WHERE name = 'base' AND state = 'installed'" 2>/dev/null | grep -qx 1
}
check() {
    initialised
}
change() {
    if [ "$INIT" = no ]; then
        echo "waiting for another app server to initialise $DATABASE"
        wait_until "$WAIT" initialised || { echo "$DATABASE was not initialised within $WAIT s" >&2; return 1; }
        return 0
    fi
    if [ "$DEMO" = yes ]; then
        as_odoo "$PYTHON" "$ODOO_BIN" -c "$CONFIG" -d "$DATABASE" -i base --stop-after-init
    else
        as_odoo "$PYTHON" "$ODOO_BIN" -c "$CONFIG" -d "$DATABASE" -i base --stop-after-init --without-demo=all
    fi
}
