# PostgreSQL's settings for the app servers of a deployment on several servers: INPUT
# as NAME in the conf.d folder of the running cluster (Debian's postgresql.conf reads
# it: include_dir), listening on ADDRESS and the loopback, TLS on. listen_addresses
# takes a restart; the old file is put back when PostgreSQL does not come up with the new.
pg_show() { as_postgres psql -X -tA -c "SHOW $1"; }
conf_file() { echo "$(dirname "$(pg_show config_file)")/conf.d/$NAME"; }
taken() { [ "$(pg_show listen_addresses)" = "localhost,$ADDRESS" ] && [ "$(pg_show ssl)" = on ]; }
check() {
    target=$(conf_file) && [ -f "$target" ] && cmp -s "$INPUT" "$target" && taken
}
# pg_isready: 0 accepting; 1 rejecting (starting), 2 no answer yet: not yet, both.
answers_on() { pg_isready -q -h "$1" -t 2 || [ $? -eq 3 ]; }
change() {
    target=$(conf_file)
    mkdir -p "$(dirname "$target")"
    backup_file "$target"
    install -o postgres -g postgres -m 0644 "$INPUT" "$target.odoo-deploy-new"
    mv -f "$target.odoo-deploy-new" "$target"
    echo "wrote $target"
    service_do restart postgresql
    if ! wait_until 30 answers_on "$ADDRESS"; then
        echo "PostgreSQL does not answer on $ADDRESS with the new settings; putting the old ones back" >&2
        if [ -n "$backed_up_to" ]; then cp -a "$backed_up_to" "$target"; else rm -f "$target"; fi
        service_do restart postgresql
        return 1
    fi
}
verify() {
    if ! taken; then
        echo "PostgreSQL did not take the settings of $(conf_file): does postgresql.conf include conf.d (include_dir)?" >&2
        return 1
    fi
}
preview() {
    target=$(conf_file)
    if [ -e "$target" ]; then diff -u "$target" "$INPUT"; else echo "new file $target"; fi
    true
}
