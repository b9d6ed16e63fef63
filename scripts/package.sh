#!/bin/sh
# Builds the Debian package from this tree in a build folder of its own (no tests, Release),
# and prints the .deb's path. Needs what `scripts/install-deps.sh` installs, and dpkg-dev.
#   scripts/package.sh [BUILD_DIR]    default: build-package
set -eu
cd "$(dirname "$0")/.."
dir=${1:-build-package}
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DODOO_DEPLOY_BUILD_TESTS=OFF >/dev/null
cmake --build "$dir" --parallel
(cd "$dir" && cpack -G DEB >/dev/null)
ls "$dir"/odoo-deploy_*.deb
