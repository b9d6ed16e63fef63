# The staging copy's filestore TARGET: production's SOURCE as hard links (cp -al), which
# take no room and are safe because Odoo never changes an attachment file in place (a new
# content is a new file; the old one is unlinked). Across file systems (production's
# filestore shared from another server), where hard links cannot be, a real copy, after
# checking there is room for it: else it refuses (exit 3), changing nothing. Written as
# TARGET.partial and renamed when complete.
nearest_folder() { # the target's nearest folder that exists already
    dir=$(dirname "$TARGET")
    while [ ! -d "$dir" ]; do dir=$(dirname "$dir"); done
    echo "$dir"
}
links_possible() {
    [ ! -d "$SOURCE" ] || [ "$(stat -c %d "$SOURCE")" = "$(stat -c %d "$(nearest_folder)")" ]
}
room_for_a_copy() {
    need_kb=$(du -sk "$SOURCE" | cut -f 1)
    free_kb=$(df -Pk "$(nearest_folder)" | awk 'NR == 2 {print $4}')
    if [ "$need_kb" -gt "$free_kb" ]; then
        echo "A copy of the filestore $SOURCE needs about $((need_kb / 1024)) MiB; only $((free_kb / 1024)) MiB are free on $(nearest_folder). Nothing was changed." >&2
        exit 3
    fi
}
check() {
    [ -d "$TARGET" ]
}
change() {
    links_possible || room_for_a_copy
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
    if links_possible; then
        echo "would link production's filestore $SOURCE into $TARGET (cp -al)"
    else
        room_for_a_copy
        echo "would copy production's filestore $SOURCE into $TARGET ($(du -sh "$SOURCE" | cut -f 1); hard links are not possible across file systems)"
    fi
}
