#!/bin/sh
# Makes a bare git repository of the stand-in Odoo with a branch per version
# (12.0 ... 18.0), each with odoo-bin reporting that version. For the maintenance
# tests, two tags on top of 17.0: 17.0-next (a later commit whose requirements.txt
# changed) and 17.0-broken (after it: odoo-bin cannot start, as after a bad update).
# MARKER (optional) goes into FIXTURE_MARKER on every branch: a test reads it back from
# the deployed checkout to prove the host cloned this repository and no other.
set -eu
target=$1
marker=${2:-}
src=$(cd "$(dirname "$0")/fake-odoo" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -rf "$target"
git init -q --bare "$target"
git -C "$work" init -q
cp -a "$src/." "$work/"
[ -z "$marker" ] || echo "$marker" >"$work/FIXTURE_MARKER"
git -C "$work" add -A
commit() { git -C "$work" -c user.name=test -c user.email=test@invalid commit -q -m "$1"; }
for v in 12.0 13.0 14.0 15.0 16.0 17.0 18.0; do
    git -C "$work" checkout -q -B "$v"
    echo "$v" >"$work/VERSION"
    git -C "$work" add VERSION
    commit "stand-in Odoo $v"
    git -C "$work" push -q "$target" "$v"
done

git -C "$work" checkout -q 17.0
echo "# stand-in 17.0-next: still nothing to install" >>"$work/requirements.txt"
echo "17.0-next" >"$work/RELEASE"
git -C "$work" add requirements.txt RELEASE
commit "stand-in Odoo 17.0, a later commit"
git -C "$work" tag 17.0-next
sed -i '1a import odoo_missing_dependency  # the broken commit: odoo-bin cannot start' "$work/odoo-bin"
git -C "$work" add odoo-bin
commit "stand-in Odoo 17.0, a commit that cannot start"
git -C "$work" tag 17.0-broken
git -C "$work" push -q "$target" 17.0-next 17.0-broken
echo "$target"
