# The shared filestore mounted at Odoo's data folder DIR (attachments and sessions,
# seen alike by every app server): SOURCE of type FSTYPE with OPTIONS, in /etc/fstab
# (backed up first) so that it comes back at boot, and owned by the Odoo user, 0750.
# Files already in DIR would be hidden by the mount: then nothing is changed.
line="$SOURCE $DIR $FSTYPE $OPTIONS 0 0"
mounted_from() { findmnt -n -o SOURCE --mountpoint "$DIR" 2>/dev/null || true; }
in_fstab() { grep -qxF "$line" /etc/fstab; }
check() {
    in_fstab && [ "$(mounted_from)" = "$SOURCE" ] &&
        [ "$(stat -c '%U:%G %a' "$DIR")" = "$ODOO_USER:$ODOO_USER 750" ]
}
preview() {
    in_fstab || echo "would add to /etc/fstab: $line"
    [ "$(mounted_from)" = "$SOURCE" ] || echo "would mount $SOURCE at $DIR"
}
change() {
    current=$(mounted_from)
    if [ -n "$current" ] && [ "$current" != "$SOURCE" ]; then
        echo "$DIR is a mount of $current, not of $SOURCE; unmount it first. Nothing was changed." >&2
        return 1
    fi
    if ! in_fstab; then
        if awk -v dir="$DIR" '$1 !~ /^#/ && $2 == dir' /etc/fstab | grep -q .; then
            echo "/etc/fstab mounts something else at $DIR; remove that line first. Nothing was changed." >&2
            return 1
        fi
        if [ -z "$current" ] && [ -n "$(ls -A "$DIR" 2>/dev/null)" ]; then
            echo "$DIR holds files that the shared filestore would hide; move them into it first. Nothing was changed." >&2
            return 1
        fi
        backup_file /etc/fstab
        printf '%s\n' "$line" >>/etc/fstab
    fi
    if [ -z "$current" ]; then
        install -d "$DIR"
        mount "$DIR"
    fi
    # Every app server writes as the Odoo user: its numeric id must be the same on all.
    owner=$(stat -c %u "$DIR")
    if [ "$owner" != 0 ] && [ "$owner" != "$(id -u "$ODOO_USER")" ]; then
        echo "the shared filestore belongs to user id $owner, but $ODOO_USER is $(id -u "$ODOO_USER") here: give $ODOO_USER the same id on every app server" >&2
        return 1
    fi
    chown "$ODOO_USER:$ODOO_USER" "$DIR"
    chmod 0750 "$DIR"
}
verify() {
    as_odoo test -w "$DIR" || { echo "$ODOO_USER cannot write to $DIR" >&2; return 1; }
}
