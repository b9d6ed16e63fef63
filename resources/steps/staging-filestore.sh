# The staging copy's filestore TARGET: production's SOURCE as hard links (cp -al), which
# take no room and are safe because Odoo never changes an attachment file in place (a new
# content is a new file; the old one is unlinked). Across file systems, where hard links
# cannot be, a real copy. Written as TARGET.partial and renamed when complete.
check() {
    [ -d "$TARGET" ]
}
change() {
    install -d -o "$ODOO_USER" -g "$ODOO_USER" -m 0750 "$(dirname "$TARGET")"
    partial="$TARGET.partial"
    rm -rf "$partial"
    if [ ! -d "$SOURCE" ]; then
        install -d -o "$ODOO_USER" -g "$ODOO_USER" -m 0750 "$partial"
        echo "production has no filestore yet ($SOURCE): the copy starts with an empty one"
    elif cp -al "$SOURCE" "$partial" 2>/dev/null; then
        echo "filestore $SOURCE linked into $TARGET (hard links: no room taken)"
    else
        rm -rf "$partial"
        cp -a "$SOURCE" "$partial"
        echo "filestore $SOURCE copied into $TARGET (hard links are not possible here)"
    fi
    mv "$partial" "$TARGET"
}
preview() {
    echo "would link production's filestore $SOURCE into $TARGET (cp -al)"
}
