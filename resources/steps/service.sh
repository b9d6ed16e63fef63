# The Odoo service running, enabled at boot, and listening on HTTP_PORT; restarted
# when an earlier step changed its code, environment, configuration or unit. When it
# does not come up, the step fails with what it printed (CONSOLE_LOG under SysV, else
# the journal) and the last lines of its LOGFILE.
check() {
    service_active "$SERVICE" && [ ! -e "$restart_marker" ] && listening "$HTTP_PORT"
}
change() {
    enable_and_restart "$SERVICE"
    rm -f "$restart_marker"
}
verify() {
    wait_serving "$HTTP_PORT" 60 "$LOGFILE" "$CONSOLE_LOG"
}
