# TARGET gets the content on standard input ($INPUT), owned OWNER:GROUP with MODE
# (octal, as stat prints it). The old file is backed up first; the new one is written
# beside it and renamed, so that a full disk never leaves half a file in place.
# AFTER: restart (Odoo) or reload (nginx) later, or nothing. SHOW_DIFF: no for secrets.
# BACKUP_TO: empty (the copy goes beside the file) or a folder for it, where a copy
# beside it would be read as another file of its kind.
check() {
    [ -f "$TARGET" ] && cmp -s "$INPUT" "$TARGET" && [ "$(stat -c '%U:%G %a' "$TARGET")" = "$OWNER:$GROUP $MODE" ]
}
change() {
    mkdir -p "$(dirname "$TARGET")"
    backup_file "$TARGET" "$BACKUP_TO"
    if ! install -o "$OWNER" -g "$GROUP" -m "$MODE" "$INPUT" "$TARGET.odoo-deploy-new"; then
        rm -f "$TARGET.odoo-deploy-new" ${backed_up_to:+"$backed_up_to"}
        echo "could not write $TARGET; it is unchanged" >&2
        return 1
    fi
    mv -f "$TARGET.odoo-deploy-new" "$TARGET"
    echo "wrote $TARGET"
    if [ "$AFTER" = reload ]; then
        if [ -n "$backed_up_to" ]; then remember_for_nginx file "$TARGET" "$backed_up_to"; else remember_for_nginx new "$TARGET"; fi
    fi
    case "$AFTER" in
        restart) mark_restart ;;
        reload) mark_reload ;;
    esac
}
preview() {
    if [ "$SHOW_DIFF" != yes ]; then
        echo "$TARGET differs (not shown: it is secret)"
    elif [ -e "$TARGET" ]; then
        # The master password hash and the database password are masked all the same.
        diff -u --label "$TARGET (on the server)" --label "$TARGET (after the deployment)" "$TARGET" "$INPUT" |
            sed 's/^\([-+ ]admin_passwd = \).*/\1******/; s/^\([-+ ]db_password = \).*/\1******/'
    else
        echo "new file $TARGET"
    fi
    true
}
