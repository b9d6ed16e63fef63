# The GlusterFS volume VOLUME that the app servers mount as Odoo's data folder: one
# brick, BRICK, on this server's private ADDRESS, started, and mountable only from the
# app servers' addresses (ALLOW, comma-separated). A volume of that name that exists
# already keeps its bricks; only its allow list is set.
info() { gluster --mode=script volume info "$VOLUME" 2>/dev/null; }
started() { info | grep -qx 'Status: Started'; }
allows() { info | grep -qxF "auth.allow: $ALLOW"; }
check() {
    started && allows
}
preview() {
    if ! info >/dev/null; then
        echo "would create the volume $VOLUME on $ADDRESS:$BRICK"
    fi
    allows || echo "would let only $ALLOW mount it"
    started || echo "would start it"
}
change() {
    if ! info >/dev/null; then
        install -d -m 0755 "$BRICK"
        # force: the brick is a folder on the server's root file system, which GlusterFS
        # warns about (it would rather have a partition of its own); one brick, no replica.
        gluster --mode=script volume create "$VOLUME" "$ADDRESS:$BRICK" force
    fi
    allows || gluster --mode=script volume set "$VOLUME" auth.allow "$ALLOW"
    started || gluster --mode=script volume start "$VOLUME"
}
verify() {
    gluster --mode=script volume status "$VOLUME"
}
