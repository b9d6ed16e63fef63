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
    if ! nginx_test; then
        put_back "nginx refused the new configuration; putting back the previous one:"
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
        put_back "Putting back the previous configuration:"
        return 1
    fi
    nginx_accepted
    rm -f "$reload_marker"
}
put_back() { # what to say first
    echo "$1" >&2
    undo_for_nginx >&2
}
# Port $1 is listened on, and only by nginx (a reload takes a moment).
nginx_alone_on() { listening "$1" && ! listeners_of "$1" | grep -qvx nginx; }
nginx_holds() { wait_until 10 nginx_alone_on "$1"; }
verify() {
    wait_listening "$WEB_PORT" 30
}
