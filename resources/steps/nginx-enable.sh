# nginx serves our SITE (linked as SITE_LINK), not the default one.
check() {
    [ "$(readlink "$SITE_LINK")" = "$SITE" ] && [ ! -e /etc/nginx/sites-enabled/default ]
}
change() {
    if [ -L "$SITE_LINK" ]; then
        remember_for_nginx link "$SITE_LINK" "$(readlink "$SITE_LINK")"
    else
        remember_for_nginx nolink "$SITE_LINK"
    fi
    ln -sfn "$SITE" "$SITE_LINK"
    default=/etc/nginx/sites-enabled/default
    if [ -L "$default" ]; then
        remember_for_nginx link "$default" "$(readlink "$default")"
        rm -f "$default"
    elif [ -e "$default" ]; then # a file of its own: kept where nginx does not read it
        backup_file "$default" /var/backups/odoo-deploy
        remember_for_nginx file "$default" "$backed_up_to"
        rm -f "$default"
    fi
    mark_reload
}
