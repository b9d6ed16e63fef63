#!/bin/sh
# From a fresh Debian 12 machine: install what the tests need, build, run every test.
# Extra arguments go to ctest, e.g. `scripts/test.sh -L unit` (then without the
# sanitizer run, which scripts/sanitize.sh starts on its own).
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
scripts/build.sh
# Each end-to-end fixture removes its test host itself; this also covers an
# interrupted run (namespaces, mounts, processes) of any of them.
down_all() {
    for state in build/e2e-state build/e2e-systemd-state build/e2e-acme-state build/e2e-package-state; do
        tests/e2e/testhost.sh down "$state" >/dev/null 2>&1 || true
    done
    tests/e2e/testbed.sh down build/e2e-testbed >/dev/null 2>&1 || true
}
trap down_all EXIT INT TERM
# No display needed: GUI tests use Qt's offscreen platform.
status=0
if [ $# -eq 0 ]; then
    # Two passes: the tests on this machine alone two at a time (2 cores; each starts
    # its own servers on free loopback ports), then the end-to-end tests one at a time
    # (they share the apt cache and the git daemon).
    (cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 1800 -j2 -LE e2e) || status=$?
    # The package the first pass made and checked is the one package_install installs.
    (cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 1800 -L e2e -FS '^package$') || status=$?
else
    (cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 1800 "$@") || status=$?
fi
# The whole suite (no arguments) also runs the sanitizer and fuzzing build.
if [ $# -eq 0 ]; then
    ODOO_DEPLOY_DEPS_DONE=1 scripts/sanitize.sh || status=1
fi
exit "$status"
