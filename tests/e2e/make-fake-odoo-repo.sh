#!/bin/sh
# Makes a bare git repository of the stand-in Odoo with a branch per version
# (12.0 ... 18.0), each with odoo-bin reporting that version.
set -eu
target=$1
src=$(cd "$(dirname "$0")/fake-odoo" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -rf "$target"
git init -q --bare "$target"
git -C "$work" init -q
cp -a "$src/." "$work/"
git -C "$work" add -A
for v in 12.0 13.0 14.0 15.0 16.0 17.0 18.0; do
    git -C "$work" checkout -q -B "$v"
    echo "$v" >"$work/VERSION"
    git -C "$work" add VERSION
    git -C "$work" -c user.name=test -c user.email=test@invalid commit -q -m "stand-in Odoo $v"
    git -C "$work" push -q "$target" "$v"
done
echo "$target"
