# A real run: the check first; the change and its verification only when needed.
# Exit 100 tells odoo-deploy "already so, nothing changed".
if (check) >/dev/null 2>&1; then
    echo 'already so: nothing to change'
    exit 100
fi
change
verify
