# nginx running with the new configuration (nginx -t before every reload), listening
# on WEB_PORT.
check() {
    service_active nginx && [ ! -e "$reload_marker" ]
}
change() {
    nginx -t
    if service_active nginx; then service_do reload nginx; else enable_now nginx; fi
    rm -f "$reload_marker"
}
verify() {
    wait_listening "$WEB_PORT" 30
}
