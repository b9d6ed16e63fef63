# nginx serves our SITE (linked as SITE_LINK), not the default one.
check() {
    [ "$(readlink "$SITE_LINK")" = "$SITE" ] && [ ! -e /etc/nginx/sites-enabled/default ]
}
change() {
    ln -sfn "$SITE" "$SITE_LINK"
    rm -f /etc/nginx/sites-enabled/default
    mark_reload
}
