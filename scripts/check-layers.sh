#!/bin/sh
# Layers only point down: a file under app/<layer>/ includes its own folder or a
# lower layer, never a higher one; app/ never includes the wizard. The order is the
# one docs/architecture.md describes:
#   profile < base, secrets, i18n < render < plan < remote < health < ops < cli < wizard-pages < main.cpp
# (main.cpp starts either the command line or the wizard.)
# Prints each wrong include and exits 1 when there is one.
set -eu
cd "${1:-$(dirname "$0")/..}"

rank() {
    case "$1" in
        profile) echo 0 ;;
        base | secrets | i18n) echo 1 ;;
        render) echo 2 ;;
        plan) echo 3 ;;
        remote) echo 4 ;;
        health) echo 5 ;;
        ops) echo 6 ;;
        cli) echo 7 ;;
        wizard-pages) echo 8 ;;
        main.cpp) echo 9 ;;
        *) echo unknown ;;
    esac
}

bad=0
for file in $(find app wizard-pages -name '*.h' -o -name '*.cpp' | sort); do
    case "$file" in
        app/main.cpp) layer=main.cpp ;;
        app/*) layer=$(echo "$file" | cut -d/ -f2) ;;
        *) layer=wizard-pages ;;
    esac
    own=$(rank "$layer")
    if [ "$own" = unknown ]; then
        echo "$file: folder $layer has no place in the layer order (add it here and to docs/architecture.md)"
        bad=1
        continue
    fi
    dir=$(dirname "$file")
    for target in $(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$file"); do
        case "$target" in
            */*)
                folder=${target%%/*}
                other=$(rank "$folder")
                if [ "$other" = unknown ] || [ "$other" -gt "$own" ] || { [ "$other" -eq "$own" ] && [ "$folder" != "$layer" ]; }; then
                    echo "$file: includes $target, from layer $folder, not below $layer"
                    bad=1
                fi ;;
            *)
                # A plain name is a file of the same folder (parts/ may name their parent's).
                if [ ! -e "$dir/$target" ] && ! { [ "$layer" = main.cpp ] && [ -e "wizard-pages/$target" ]; }; then
                    echo "$file: includes $target, which is not in $dir"
                    bad=1
                fi ;;
        esac
    done
done
exit "$bad"
