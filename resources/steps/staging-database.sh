# The staging copy's database DATABASE: production's SOURCE_DB copied and neutralised
# (scheduled actions, outgoing and incoming mail servers off; Odoo's "neutralized"
# marker, which 16.0 and later show as a banner; a database.uuid of its own; the copy's
# URL BASE_URL). COPY=live: pg_dump | pg_restore while production keeps running.
# COPY=template: createdb --template, which PostgreSQL allows only while nobody is
# connected, so production's service PRODUCTION_SERVICE is stopped for the copy and
# started again whatever happens (answering on PRODUCTION_PORT; PRODUCTION_LOGFILE and
# PRODUCTION_CONSOLE_LOG say why not). Without PRODUCTION_SERVICE (the database server
# of several: Odoo runs on the app servers) the database is closed to connections for
# the copy instead, production's are ended (Odoo's pool connects again), and it is
# opened again whatever happens. The copy is made under a temporary name and
# renamed once complete and neutralised: a database called DATABASE is always a whole,
# neutralised copy. Prints staging=<database> and url=<address> for the journal.
# Refuses (exit 3), changing nothing, when there is too little room.

db_sql() { # database, SQL on standard input; -v values after
    db=$1
    shift
    as_postgres psql -X -q -tA -v ON_ERROR_STOP=1 -d "$db" "$@"
}
db_exists() {
    echo "SELECT 1 FROM pg_database WHERE datname = :'name'" | db_sql postgres -v name="$1" | grep -qx 1
}
has_table() { # database, table
    [ "$(echo "SELECT to_regclass(:'t') IS NOT NULL" | db_sql "$1" -v t="public.$2")" = t ]
}
active_crons() {
    if has_table "$DATABASE" ir_cron; then echo 'SELECT count(*) FROM ir_cron WHERE active' | db_sql "$DATABASE"; else echo 0; fi
}
refuse() {
    echo "$1 Nothing was changed." >&2
    exit 3
}
preflight() {
    need_kb=$(echo "SELECT pg_database_size(:'name') / 1024 + 65536" | db_sql postgres -v name="$SOURCE_DB")
    free_kb=$(df -Pk /var/lib/postgresql | awk 'NR == 2 {print $4}')
    if [ "$need_kb" -gt "$free_kb" ]; then
        refuse "The copy of $SOURCE_DB needs about $((need_kb / 1024)) MiB; only $((free_kb / 1024)) MiB are free."
    fi
}

copy_live() { # into $1
    as_postgres createdb --owner "$ODOO_USER" --encoding UTF8 --template template0 "$1"
    failed=$(mktemp)
    { as_postgres pg_dump -Fc "$SOURCE_DB" || echo "pg_dump of $SOURCE_DB failed" > "$failed"; } |
        as_postgres pg_restore --no-owner --role="$ODOO_USER" --exit-on-error -d "$1" ||
        echo "pg_restore into $1 failed" >> "$failed"
    if [ -s "$failed" ]; then
        cat "$failed" >&2
        rm -f "$failed"
        as_postgres dropdb --if-exists "$1"
        exit 1
    fi
    rm -f "$failed"
}

copy_template() { # into $1
    echo "stopping $PRODUCTION_SERVICE for the copy"
    service_do stop "$PRODUCTION_SERVICE" || echo "stopping $PRODUCTION_SERVICE reported an error; going on" >&2
    copied=yes
    as_postgres createdb --owner "$ODOO_USER" --template "$SOURCE_DB" "$1" || copied=no
    echo "starting $PRODUCTION_SERVICE again"
    service_do start "$PRODUCTION_SERVICE"
    wait_serving "$PRODUCTION_PORT" 60 "$PRODUCTION_LOGFILE" "$PRODUCTION_CONSOLE_LOG"
    if [ "$copied" != yes ]; then
        echo "createdb --template $SOURCE_DB failed (is another program connected to it?); production runs as before." >&2
        exit 1
    fi
}

allow_connections() { # true or false
    echo "ALTER DATABASE :\"name\" WITH ALLOW_CONNECTIONS $1" | db_sql postgres -v name="$SOURCE_DB"
}
copy_template_closed() { # into $1
    echo "closing $SOURCE_DB to connections for the copy: production cannot reach it meanwhile"
    trap 'allow_connections true' EXIT
    allow_connections false
    copied=no
    # A backend ends a moment after it is asked to: createdb may still see it.
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
        echo "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :'name' AND pid <> pg_backend_pid()" |
            db_sql postgres -v name="$SOURCE_DB" >/dev/null
        if as_postgres createdb --owner "$ODOO_USER" --template "$SOURCE_DB" "$1" 2>/dev/null; then
            copied=yes
            break
        fi
        echo "attempt $attempt: $SOURCE_DB still has connections"
        sleep 1
    done
    allow_connections true
    trap - EXIT
    echo "$SOURCE_DB open to connections again"
    if [ "$copied" != yes ]; then
        echo "createdb --template $SOURCE_DB failed: something kept connecting to it; production runs as before." >&2
        exit 1
    fi
}

neutralise() { # database
    for table in ir_cron ir_mail_server fetchmail_server; do
        if has_table "$1" "$table"; then
            echo "UPDATE $table SET active = false WHERE active" | db_sql "$1"
            echo "staging: every $table switched off"
        fi
    done
    if has_table "$1" ir_config_parameter; then
        db_sql "$1" -v uuid="$(cat /proc/sys/kernel/random/uuid)" -v url="$BASE_URL" <<'SQL'
DELETE FROM ir_config_parameter WHERE key IN ('database.uuid', 'database.is_neutralized', 'web.base.url');
INSERT INTO ir_config_parameter (key, value)
    VALUES ('database.uuid', :'uuid'), ('database.is_neutralized', 'true'), ('web.base.url', :'url');
SQL
        echo "staging: marked neutralized, a database.uuid of its own, web.base.url $BASE_URL"
    fi
}

check() {
    db_exists "$DATABASE"
}
change() {
    preflight
    partial="$DATABASE-copying"
    as_postgres dropdb --if-exists "$partial" # a copy that an earlier run did not finish
    if [ "$COPY" != template ]; then
        copy_live "$partial"
    elif [ -n "$PRODUCTION_SERVICE" ]; then
        copy_template "$partial"
    else
        copy_template_closed "$partial"
    fi
    neutralise "$partial"
    echo "ALTER DATABASE :\"partial\" RENAME TO :\"name\"" | db_sql postgres -v partial="$partial" -v name="$DATABASE"
    echo "database $DATABASE copied from $SOURCE_DB ($COPY)"
    echo "staging=$DATABASE"
    echo "url=$BASE_URL"
}
verify() {
    db_exists "$DATABASE"
    [ "$(active_crons)" = 0 ] || { echo "$DATABASE still has active scheduled actions" >&2; exit 1; }
}
preview() {
    preflight
    if [ "$COPY" = template ] && [ -z "$PRODUCTION_SERVICE" ]; then
        echo "would close $SOURCE_DB to connections for a few seconds (production cannot reach it), copy it into $DATABASE with createdb --template, open it again"
    elif [ "$COPY" = template ]; then
        echo "would stop $PRODUCTION_SERVICE for a few seconds, copy $SOURCE_DB into $DATABASE with createdb --template, start it again"
    else
        echo "would copy $SOURCE_DB into $DATABASE with pg_dump | pg_restore while production keeps running"
    fi
    echo "would switch off its scheduled actions and mail servers and mark it neutralized"
}
