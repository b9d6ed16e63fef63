# The ports a new service needs (PORTS, space-separated) are free on this server, before
# anything of it is made; once MARKER (a file of that service) exists the ports are its
# own and nothing is checked. Refuses (exit 3), changing nothing, when one is taken.
taken() {
    for port in $PORTS; do
        if listening "$port"; then
            echo "$port"
            return
        fi
    done
}
check() {
    [ -e "$MARKER" ] || [ -z "$(taken)" ]
}
refuse_taken() {
    echo "Port $(taken), which $WHAT needs, is already in use on the server; choose other ports for it. Nothing was changed." >&2
    exit 3
}
change() {
    refuse_taken
}
preview() {
    refuse_taken
}
