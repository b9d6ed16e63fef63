# When ufw is active: each of PORTS (tcp) let in (WANTED=open) or its rule gone
# (WANTED=closed); from anywhere, or with FROM only from that address (a rule with the
# comment odoo-deploy-staging, which the deploy's firewall step leaves alone: it is
# the staging copy's, opened and closed with it). Without an active ufw there is
# nothing to do.
ufw_active() { command -v ufw >/dev/null && ufw status | grep -qx 'Status: active'; }
has_rule() { # port
    ufw status | awk -v p="$1/tcp" -v a="${FROM:-Anywhere}" '$1 == p && $2 == "ALLOW" && $3 == a {found = 1} END {exit !found}'
}
check() {
    if ! ufw_active; then return 0; fi
    for port in $PORTS; do
        if has_rule "$port"; then [ "$WANTED" = open ] || return 1; else [ "$WANTED" != open ] || return 1; fi
    done
}
change() {
    for port in $PORTS; do
        if [ "$WANTED" = open ] && ! has_rule "$port"; then
            if [ -n "$FROM" ]; then
                ufw allow proto tcp from "$FROM" to any port "$port" comment odoo-deploy-staging
            else
                ufw allow "$port/tcp"
            fi
        elif [ "$WANTED" != open ] && has_rule "$port"; then
            if [ -n "$FROM" ]; then
                ufw delete allow proto tcp from "$FROM" to any port "$port"
            else
                ufw delete allow "$port/tcp"
            fi
        fi
    done
}
