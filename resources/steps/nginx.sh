# nginx running with the new configuration (nginx -t before every reload), listening
# on WEB_PORT.
check() {
    service_active nginx && [ ! -e "$reload_marker" ]
}
# A configuration nginx -t refuses is put back as it was (the site keeps serving
# with what nginx has loaded), and the step fails with nginx's reason.
change() {
    if ! nginx -t; then
        echo "nginx refused the new configuration; putting back the previous one:" >&2
        undo_for_nginx >&2
        return 1
    fi
    nginx_accepted
    if service_active nginx; then service_do reload nginx; else enable_now nginx; fi
    rm -f "$reload_marker"
}
verify() {
    wait_listening "$WEB_PORT" 30
}
