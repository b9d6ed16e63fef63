# PostgreSQL running now and at boot.
check() {
    pg_isready -q
}
change() {
    enable_now postgresql
}
verify() {
    waited=0
    until pg_isready -q; do
        waited=$((waited + 1))
        [ "$waited" -le 60 ] || { echo 'PostgreSQL does not accept connections' >&2; return 1; }
        sleep 0.5
    done
}
