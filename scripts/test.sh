#!/bin/sh
# From a fresh Debian 12 machine: install what the tests need, build, run every test.
# Extra arguments go to ctest, e.g. `scripts/test.sh -L unit`.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
scripts/build.sh
cd build
# No display needed: GUI tests use Qt's offscreen platform.
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 600 "$@"
