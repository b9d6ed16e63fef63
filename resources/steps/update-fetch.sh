# The first half of an update: what TARGET (a branch, tag or commit of GIT_URL) is,
# fetched into the checkout SRC without touching its working tree, and kept as
# refs/odoo-deploy/update-target for update-apply. Refuses (exit 3), changing nothing,
# a checkout with local changes. Exit 100: already at TARGET, nothing to update.
# CHECK_ONLY=yes: resolves TARGET with ls-remote and fetches nothing. Prints from= and
# to= for the journal. Runs after lib.sh.
refuse() {
    echo "$1 Nothing was changed." >&2
    exit 3
}

[ -d "$SRC/.git" ] || refuse "There is no checkout at $SRC: deploy first."
changes=$(as_odoo git -C "$SRC" status --porcelain --untracked-files=no)
if [ -n "$changes" ]; then
    echo "The checkout $SRC has local changes:" >&2
    printf '%s\n' "$changes" | head -n 20 >&2
    refuse "Commit them elsewhere or discard them (git -C $SRC stash) first."
fi
from=$(as_odoo git -C "$SRC" rev-parse HEAD)
if [ "$CHECK_ONLY" = yes ]; then
    # An annotated tag's commit is on its peeled (^{}) line: that one first.
    to=$(as_odoo git ls-remote -- "$GIT_URL" "refs/heads/$TARGET" "refs/tags/$TARGET" "refs/tags/$TARGET^{}" |
        awk '{print ($2 ~ /\^\{\}$/ ? 0 : 1), $1}' | sort | head -n 1 | cut -d ' ' -f 2)
    if [ -z "$to" ] && printf '%s' "$TARGET" | grep -Eqx '[0-9a-f]{7,40}'; then to=$TARGET; fi
    [ -n "$to" ] || refuse "$GIT_URL has no branch or tag $TARGET."
elif printf '%s' "$TARGET" | grep -Eqx '[0-9a-f]{40}' && as_odoo git -C "$SRC" cat-file -e "$TARGET^{commit}" 2>/dev/null; then
    # A whole commit the checkout has (a rollback's): no server needs to hand it out again.
    to=$TARGET
else
    as_odoo git -C "$SRC" fetch -q --depth 1 -- "$GIT_URL" "$TARGET" ||
        refuse "$TARGET could not be fetched from $GIT_URL."
    to=$(as_odoo git -C "$SRC" rev-parse 'FETCH_HEAD^{commit}')
fi
echo "from=$from"
echo "to=$to"
case "$from" in
"$to"*)
    echo "already at $TARGET ($from): nothing to update"
    exit 100
    ;;
esac
if [ "$CHECK_ONLY" = yes ]; then
    echo "would update $SRC from $from to $to ($TARGET)"
    exit 0
fi
as_odoo git -C "$SRC" update-ref refs/odoo-deploy/update-target "$to"
as_odoo git -C "$SRC" log -1 --format="fetched $TARGET: %h %s" "$to"
