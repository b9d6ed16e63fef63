# PostgreSQL running now and at boot.
check() {
    pg_isready -q
}
change() {
    enable_now postgresql
}
# pg_isready says 2 while the server starts: for wait_until that is "not yet" too.
accepting() { pg_isready -q || return 1; }
verify() {
    wait_until 30 accepting || { echo 'PostgreSQL does not accept connections' >&2; return 1; }
}
