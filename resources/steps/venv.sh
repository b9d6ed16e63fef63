# The virtual environment VENV (PYTHON is its interpreter) with SRC's requirements;
# --system-site-packages so that Debian's compiled modules can be used.
stamp="$VENV/.odoo-deploy-requirements"
check() {
    [ -x "$PYTHON" ] && cmp -s "$stamp" "$SRC/requirements.txt"
}
change() {
    as_odoo python3 -m venv --system-site-packages "$VENV"
    as_odoo "$VENV/bin/pip" install -q -r "$SRC/requirements.txt"
    cp "$SRC/requirements.txt" "$stamp"
    mark_restart
}
verify() {
    "$PYTHON" -c 'import sys; print(sys.version)'
}
