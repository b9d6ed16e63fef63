# ufw lets in only SSH, HTTP and HTTPS. The SSH port this very connection uses is
# allowed first, so that enabling the firewall can never lock the deployment out
# (sudo drops SSH_CONNECTION: then SSH_PORT, the profile's).
ssh_port() {
    port=${SSH_CONNECTION##* }
    echo "${port:-$SSH_PORT}"
}
check() {
    port=$(ssh_port)
    ufw status | grep -qx 'Status: active' &&
        ufw status | grep -q "^$port/tcp .*ALLOW" &&
        ufw status | grep -q '^80/tcp .*ALLOW' &&
        ufw status | grep -q '^443/tcp .*ALLOW'
}
change() {
    port=$(ssh_port)
    ufw allow "$port/tcp"
    ufw allow 80/tcp
    ufw allow 443/tcp
    ufw default deny incoming
    ufw default allow outgoing
    ufw --force enable
}
verify() {
    ufw status verbose
}
