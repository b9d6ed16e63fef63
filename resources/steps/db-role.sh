# A PostgreSQL role for the Odoo user, not a superuser. The name reaches SQL as a
# psql variable (:'name' quotes it), never pasted into the statement.
check() {
    echo "SELECT 1 FROM pg_roles WHERE rolname = :'name'" | as_postgres psql -X -tA -v name="$ODOO_USER" | grep -qx 1
}
change() {
    as_postgres createuser --no-superuser --no-createdb --no-createrole "$ODOO_USER"
}
