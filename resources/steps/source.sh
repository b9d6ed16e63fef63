# The git checkout SRC of BRANCH (a branch or tag) from GIT_URL, in INSTALL_DIR. An
# update tags the old HEAD odoo-deploy-previous, then checks out what was fetched.
check() {
    [ -d "$SRC/.git" ] &&
        [ "$(as_odoo git -C "$SRC" rev-parse HEAD)" = \
          "$(as_odoo git ls-remote -- "$GIT_URL" "refs/heads/$BRANCH" "refs/tags/$BRANCH" | head -n 1 | cut -f 1)" ]
}
change() {
    install -d -o "$ODOO_USER" -g "$ODOO_USER" "$INSTALL_DIR"
    if [ -d "$SRC/.git" ]; then
        as_odoo git -C "$SRC" tag -f odoo-deploy-previous HEAD
        as_odoo git -C "$SRC" fetch -q --depth 1 origin "$BRANCH"
        as_odoo git -C "$SRC" checkout -q --force FETCH_HEAD
    else
        as_odoo git clone -q --depth 1 --branch "$BRANCH" -- "$GIT_URL" "$SRC"
    fi
    as_odoo git -C "$SRC" log -1 --format='now at %h %s'
    mark_restart
}
