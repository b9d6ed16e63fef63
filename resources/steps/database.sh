# DATABASE, owned by the Odoo user.
check() {
    echo "SELECT 1 FROM pg_database WHERE datname = :'name'" | as_postgres psql -X -tA -v name="$DATABASE" | grep -qx 1
}
change() {
    as_postgres createdb --owner "$ODOO_USER" --encoding UTF8 --template template0 "$DATABASE"
}
