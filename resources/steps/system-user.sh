# The Odoo system user, without a login shell. INSTALL_DIR: its home.
check() {
    id -u "$ODOO_USER" >/dev/null 2>&1
}
change() {
    adduser --system --group --home "$INSTALL_DIR" --shell /usr/sbin/nologin --gecos 'Odoo' "$ODOO_USER"
}
