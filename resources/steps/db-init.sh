# DATABASE initialised with the base module: PYTHON runs ODOO_BIN with CONFIG.
# DEMO: yes loads demonstration data.
check() {
    as_odoo psql -X -tA -d "$DATABASE" -c "SELECT 1 FROM ir_module_module WHERE name = 'base' AND state = 'installed'" 2>/dev/null | grep -qx 1
}
change() {
    if [ "$DEMO" = yes ]; then
        as_odoo "$PYTHON" "$ODOO_BIN" -c "$CONFIG" -d "$DATABASE" -i base --stop-after-init
    else
        as_odoo "$PYTHON" "$ODOO_BIN" -c "$CONFIG" -d "$DATABASE" -i base --stop-after-init --without-demo=all
    fi
}
