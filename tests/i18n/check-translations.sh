#!/bin/sh
# The zh_CN translation must be complete and up to date: lupdate over the sources,
# into a copy of the .ts, may neither add a string nor leave one unfinished.
set -eu
lupdate=$1
src=$2
ts="$src/translations/odoo-deploy_zh_CN.ts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$ts" "$work/check.ts"
"$lupdate" -silent -no-obsolete -locations none "$src/app" "$src/wizard-pages" -ts "$work/check.ts"
if ! cmp -s "$ts" "$work/check.ts"; then
    echo "translations/odoo-deploy_zh_CN.ts is out of date with the sources:" >&2
    diff -u "$ts" "$work/check.ts" | head -60 >&2
    echo "Run: cmake --build build --target update_translations, then translate what is new." >&2
    exit 1
fi
unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
empty=$(grep -c '<translation></translation>' "$ts" || true)
if [ "$unfinished" -ne 0 ] || [ "$empty" -ne 0 ]; then
    echo "$unfinished unfinished and $empty empty translations in $ts" >&2
    grep -B3 'type="unfinished"' "$ts" | grep '<source>' | head -40 >&2
    exit 1
fi
total=$(grep -c '<source>' "$ts")
echo "zh_CN: $total of $total strings translated"
