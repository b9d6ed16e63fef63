# ufw lets in only SSH, the ports of OPEN (from anywhere: HTTP and HTTPS where nginx
# runs) and each PORT@ADDRESS of FROM (on several servers: PostgreSQL only from the
# app servers, Odoo only from the proxy). The SSH port this very connection uses is
# allowed first, so that enabling the firewall can never lock the deployment out
# (sudo drops SSH_CONNECTION: then SSH_PORT, the profile's). Rules of other programs
# stay; our own, once allowed from anywhere, are narrowed to FROM. The rules of FROM
# carry the comment odoo-deploy: one of ours that FROM no longer names (an app server
# taken out of the deployment) is deleted. Rules an odoo-deploy before the comment added
# get it on the next run.
ssh_port() {
    port=${SSH_CONNECTION##* }
    echo "${port:-$SSH_PORT}"
}
allowed() { # port, from: "Anywhere" or an address
    ufw status | awk -v p="$1/tcp" -v a="$2" '$1 == p && $2 == "ALLOW" && $3 == a {found = 1} END {exit !found}'
}
ours() { # port, address: allowed, with our comment
    ufw status | awk -v p="$1/tcp" -v a="$2" '$1 == p && $2 == "ALLOW" && $3 == a && $4 == "#" && $5 == "odoo-deploy" {found = 1} END {exit !found}'
}
# The numbers of our rules that FROM does not name, highest first (each deletion
# renumbers the rules after it). "[ 2] 5432/tcp ALLOW IN 10.0.0.21 # odoo-deploy"
stale_rules() {
    ufw status numbered | sed -n 's/^\[ *\([0-9][0-9]*\)\]/\1/p' |
        awk -v wanted=" $FROM " '$NF == "odoo-deploy" && $(NF - 1) == "#" {
            split($2, port, "/")
            if (index(wanted, " " port[1] "@" $(NF - 2) " ") == 0) print $1
        }' | sort -rn
}
check() {
    ufw status | grep -qx 'Status: active' || return 1
    allowed "$(ssh_port)" Anywhere || return 1
    for port in $OPEN; do allowed "$port" Anywhere || return 1; done
    for rule in $FROM; do
        ours "${rule%%@*}" "${rule#*@}" || return 1
        ! allowed "${rule%%@*}" Anywhere || return 1
    done
    [ -z "$(stale_rules)" ]
}
change() {
    ufw allow "$(ssh_port)/tcp"
    for port in $OPEN; do ufw allow "$port/tcp"; done
    for rule in $FROM; do
        port=${rule%%@*} address=${rule#*@}
        # One from before the comment: replaced by the same rule with it.
        if allowed "$port" "$address" && ! ours "$port" "$address"; then
            ufw delete allow proto tcp from "$address" to any port "$port"
        fi
        ufw allow proto tcp from "$address" to any port "$port" comment odoo-deploy
        if allowed "$port" Anywhere; then ufw delete allow "$port/tcp"; fi
    done
    for number in $(stale_rules); do
        echo "deleting rule $number, no longer wanted: $(ufw status numbered | grep "^\[ *$number\]")"
        ufw --force delete "$number"
    done
    ufw default deny incoming
    ufw default allow outgoing
    ufw --force enable
}
verify() {
    ufw status verbose
}
