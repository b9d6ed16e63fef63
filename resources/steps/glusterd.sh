# glusterd (GlusterFS's management daemon, the shared filestore's server) running now
# and at boot. Without systemd it runs from the init script an earlier step wrote.
check() {
    service_active glusterd && gluster --mode=script volume list >/dev/null 2>&1
}
change() {
    enable_now glusterd
}
answering() { gluster --mode=script volume list >/dev/null 2>&1; }
verify() {
    wait_until 30 answering || { echo 'glusterd does not answer' >&2; return 1; }
}
