# ufw lets in only SSH, the ports of OPEN (from anywhere: HTTP and HTTPS where nginx
# runs) and each PORT@ADDRESS of FROM (on several servers: PostgreSQL only from the
# app servers, Odoo only from the proxy). The SSH port this very connection uses is
# allowed first, so that enabling the firewall can never lock the deployment out
# (sudo drops SSH_CONNECTION: then SSH_PORT, the profile's). Rules of other programs
# stay; our own, once allowed from anywhere, are narrowed to FROM.
ssh_port() {
    port=${SSH_CONNECTION##* }
    echo "${port:-$SSH_PORT}"
}
allowed() { # port, from: "Anywhere" or an address
    ufw status | awk -v p="$1/tcp" -v a="$2" '$1 == p && $2 == "ALLOW" && $3 == a {found = 1} END {exit !found}'
}
check() {
    ufw status | grep -qx 'Status: active' || return 1
    allowed "$(ssh_port)" Anywhere || return 1
    for port in $OPEN; do allowed "$port" Anywhere || return 1; done
    for rule in $FROM; do
        allowed "${rule%%@*}" "${rule#*@}" || return 1
        ! allowed "${rule%%@*}" Anywhere || return 1
    done
}
change() {
    ufw allow "$(ssh_port)/tcp"
    for port in $OPEN; do ufw allow "$port/tcp"; done
    for rule in $FROM; do
        ufw allow proto tcp from "${rule#*@}" to any port "${rule%%@*}"
        if allowed "${rule%%@*}" Anywhere; then ufw delete allow "${rule%%@*}/tcp"; fi
    done
    ufw default deny incoming
    ufw default allow outgoing
    ufw --force enable
}
verify() {
    ufw status verbose
}
