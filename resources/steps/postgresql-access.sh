# The app servers' entries in the running cluster's pg_hba.conf: INPUT, a block from
# BEGIN_LINE to END_LINE, at the top of the file (PostgreSQL takes the first entry that
# matches, so no entry below can let the Odoo role in without TLS). The rest of the
# file stays as it is. PostgreSQL reloads it only once it reads the new file without
# an error; else the old one is put back.
hba_file() { as_postgres psql -X -tA -c 'SHOW hba_file'; }
our_block() { awk -v b="$BEGIN_LINE" -v e="$END_LINE" '$0 == b {on = 1} on {print} $0 == e {on = 0}' "$1"; }
hba_errors() { as_postgres psql -X -tA -c 'SELECT count(*) FROM pg_hba_file_rules WHERE error IS NOT NULL'; }
check() {
    hba=$(hba_file) && [ -n "$hba" ] && our_block "$hba" | cmp -s - "$INPUT" && [ "$(head -n 1 "$hba")" = "$BEGIN_LINE" ]
}
change() {
    hba=$(hba_file)
    backup_file "$hba"
    { cat "$INPUT"; awk -v b="$BEGIN_LINE" -v e="$END_LINE" '$0 == b {skip = 1} !skip {print} $0 == e {skip = 0}' "$hba"; } \
        >"$hba.odoo-deploy-new"
    chown --reference="$hba" "$hba.odoo-deploy-new"
    chmod --reference="$hba" "$hba.odoo-deploy-new"
    mv -f "$hba.odoo-deploy-new" "$hba"
    echo "wrote the entries of $SERVICE at the top of $hba"
    if [ "$(hba_errors)" != 0 ]; then
        as_postgres psql -X -tA -c 'SELECT line_number, error FROM pg_hba_file_rules WHERE error IS NOT NULL' >&2
        cp -a "$backed_up_to" "$hba"
        echo "PostgreSQL cannot read the new $hba; the old one is back" >&2
        return 1
    fi
    as_postgres psql -X -tA -c 'SELECT pg_reload_conf()' >/dev/null
}
preview() {
    hba=$(hba_file)
    our_block "$hba" | diff -u --label "$hba (its odoo-deploy entries now)" --label "$hba (after the deployment)" - "$INPUT"
    true
}
