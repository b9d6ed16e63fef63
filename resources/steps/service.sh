# The Odoo service running, enabled at boot, and listening on HTTP_PORT; restarted
# when an earlier step changed its code, environment, configuration or unit.
check() {
    service_active "$SERVICE" && [ ! -e "$restart_marker" ] && listening "$HTTP_PORT"
}
change() {
    enable_and_restart "$SERVICE"
    rm -f "$restart_marker"
}
verify() {
    wait_listening "$HTTP_PORT" 60
}
