# When ufw is active: PORT/tcp let in (WANTED=open) or its rule gone (WANTED=closed).
# Without an active ufw there is nothing to do.
ufw_active() { command -v ufw >/dev/null && ufw status | grep -qx 'Status: active'; }
has_rule() { ufw status | grep -q "^$PORT/tcp .*ALLOW"; }
check() {
    if ! ufw_active; then return 0; fi
    if has_rule; then [ "$WANTED" = open ]; else [ "$WANTED" != open ]; fi
}
change() {
    if [ "$WANTED" = open ]; then ufw allow "$PORT/tcp"; else ufw delete allow "$PORT/tcp"; fi
}
