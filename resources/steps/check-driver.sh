# Check mode: changes nothing. Exit 100: nothing to do; 0: would change (with a preview).
if (check) >/dev/null 2>&1; then
    exit 100
fi
preview
exit 0
