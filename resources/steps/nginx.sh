# nginx running with the new configuration (nginx -t before every reload), listening
# on WEB_PORT.
check() {
    service_active nginx && [ ! -e "$reload_marker" ]
}
# A configuration nginx -t refuses is put back as it was (the site keeps serving
# with what nginx has loaded), and the step fails with nginx's reason. So is one that
# nginx cannot use because another program holds its port: nginx -t does not bind, and
# a reload that cannot bind keeps the old configuration without saying so.
change() {
    if ! nginx -t; then
        echo "nginx refused the new configuration; putting back the previous one:" >&2
        undo_for_nginx >&2
        return 1
    fi
    if service_active nginx; then
        taken=yes
        reload_nginx || taken=no
    elif enable_now nginx; then
        taken=yes
    else
        taken=no
    fi
    if [ "$taken" = no ] || ! nginx_holds "$WEB_PORT"; then
        others=$(listeners_of "$WEB_PORT" | grep -vx nginx | sort -u | tr '\n' ' ' | sed 's/ $//')
        [ -z "$others" ] || echo "Port $WEB_PORT is held by another program ($others), so nginx cannot take it." >&2
        [ "$taken" = no ] || [ -n "$others" ] || echo "nginx does not listen on port $WEB_PORT." >&2
        echo "What nginx said last:" >&2
        tail -n 5 /var/log/nginx/error.log >&2 2>/dev/null || true
        echo "Putting back the previous configuration:" >&2
        undo_for_nginx >&2
        return 1
    fi
    nginx_accepted
    rm -f "$reload_marker"
}
# Port $1 is listened on, and only by nginx (a reload takes a moment).
nginx_holds() {
    waited=0
    until listening "$1" && ! listeners_of "$1" | grep -qvx nginx; do
        waited=$((waited + 1))
        [ "$waited" -le 20 ] || return 1
        sleep 0.5
    done
}
verify() {
    wait_listening "$WEB_PORT" 30
}
