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
        service_do reload nginx
    elif ! enable_now nginx; then
        echo "nginx did not start; putting back the previous configuration:" >&2
        undo_for_nginx >&2
        return 1
    fi
    if ! nginx_holds "$WEB_PORT"; then
        others=$(listeners_of "$WEB_PORT" | grep -vx nginx | sort -u | tr '\n' ' ' | sed 's/ $//')
        if [ -n "$others" ]; then
            echo "nginx could not take port $WEB_PORT: another program ($others) holds it. What nginx said last:" >&2
        else
            echo "nginx does not listen on port $WEB_PORT. What nginx said last:" >&2
        fi
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
    until listening "$1" && [ -z "$(listeners_of "$1" | grep -vx nginx)" ]; do
        waited=$((waited + 1))
        [ "$waited" -le 20 ] || return 1
        sleep 0.5
    done
}
verify() {
    wait_listening "$WEB_PORT" 30
}
