# A PostgreSQL role for the Odoo user, not a superuser. The name reaches SQL as a
# psql variable (:"name" and :'name' quote it), never pasted into the statement.
# STEP_INPUT=yes (the database server of several): INPUT is the role's password, which
# it logs in with over TLS; it reaches psql on its standard input, never a command line.
role_exists() {
    echo "SELECT 1 FROM pg_roles WHERE rolname = :'name'" | as_postgres psql -X -tA -v name="$ODOO_USER" | grep -qx 1
}
password_works() {
    PGPASSWORD=$(cat "$INPUT") PGSSLMODE=require PGCONNECT_TIMEOUT=10 \
        psql -X -tA -h 127.0.0.1 -U "$ODOO_USER" -d postgres -c 'SELECT 1' 2>/dev/null | grep -qx 1
}
check() {
    role_exists && { [ "$STEP_INPUT" != yes ] || password_works; }
}
change() {
    role_exists || as_postgres createuser --no-superuser --no-createdb --no-createrole "$ODOO_USER"
    if [ "$STEP_INPUT" = yes ]; then
        { printf '\\set password %s\n' "$(cat "$INPUT")"; echo "ALTER ROLE :\"name\" WITH LOGIN PASSWORD :'password'"; } |
            as_postgres psql -X -q -v ON_ERROR_STOP=1 -v name="$ODOO_USER"
        echo "set the password of the role $ODOO_USER"
    fi
}
verify() {
    [ "$STEP_INPUT" != yes ] || password_works || { echo "$ODOO_USER cannot log in with its password over TLS" >&2; return 1; }
}
