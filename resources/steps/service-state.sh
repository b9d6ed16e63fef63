# Read-only, for the health check: is SERVICE running, and the last LOG_LINES lines
# of the Odoo log LOG_FILE and of nginx's NGINX_ERROR_LOG, each after its marker
# line (ODOO_LOG_MARKER, NGINX_LOG_MARKER). The logs are read with sudo when that
# needs no password, else as the login user (who may be in the adm group).
if [ -d /run/systemd/system ]; then
    if systemctl is-active --quiet "$SERVICE"; then
        echo 'state: running'
    else
        echo "state: stopped ($(systemctl is-active "$SERVICE" 2>&1))"
    fi
elif [ -x "/etc/init.d/$SERVICE" ]; then
    if "/etc/init.d/$SERVICE" status >/dev/null 2>&1; then echo 'state: running'; else echo 'state: stopped'; fi
else
    echo 'state: stopped (not installed)'
fi
if [ "$(id -u)" = 0 ]; then
    tail_log() { tail -n "$LOG_LINES" "$1" 2>&1 || true; }
elif sudo -n true 2>/dev/null; then
    tail_log() { sudo -n tail -n "$LOG_LINES" "$1" 2>&1 || true; }
else
    tail_log() { tail -n "$LOG_LINES" "$1" 2>&1 || true; }
fi
echo "$ODOO_LOG_MARKER"
tail_log "$LOG_FILE"
echo "$NGINX_LOG_MARKER"
tail_log "$NGINX_ERROR_LOG"
