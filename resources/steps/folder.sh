# DIR, owned by the Odoo user, mode 0750.
check() {
    [ -d "$DIR" ] && [ "$(stat -c '%U:%G %a' "$DIR")" = "$ODOO_USER:$ODOO_USER 750" ]
}
change() {
    install -d -o "$ODOO_USER" -g "$ODOO_USER" -m 0750 "$DIR"
}
