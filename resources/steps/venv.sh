# The virtual environment VENV (PYTHON is its interpreter) with SRC's requirements;
# --system-site-packages so that Debian's compiled modules can be used.
check() {
    [ -x "$PYTHON" ] && requirements_current "$VENV" "$SRC"
}
change() {
    as_odoo python3 -m venv --system-site-packages "$VENV"
    install_requirements "$VENV" "$SRC"
    mark_restart
}
verify() {
    "$PYTHON" -c 'import sys; print(sys.version)'
}
