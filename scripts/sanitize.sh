#!/bin/sh
# The sanitizer and fuzzing run: a second build, with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer (and libFuzzer's coverage) in ./build-sanitize. Under it run
# the unit, tools, cli, ssh and gui groups and the fuzz targets (label fuzz). Any
# sanitizer report fails the run, also one from a child process such as the odoo-deploy
# binary that tst_cli starts: reports go to build-sanitize/sanitizer-reports/.
#   scripts/sanitize.sh [ctest arguments]     e.g. scripts/sanitize.sh -R tst_health
# Suppressions (other people's code only, each with its reason): tests/sanitizers/.
set -eu
cd "$(dirname "$0")/.."
[ "${ODOO_DEPLOY_DEPS_DONE:-}" = 1 ] || scripts/install-deps.sh --test
build="build-sanitize"
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DODOO_DEPLOY_SANITIZE=ON -DODOO_DEPLOY_FUZZ=ON >/dev/null
cmake --build "$build" --parallel

reports=$PWD/$build/sanitizer-reports
suppressions=$PWD/tests/sanitizers
rm -rf "$reports"
mkdir -p "$reports"
export ASAN_OPTIONS="detect_leaks=1:log_path=$reports/asan:print_suppressions=0"
export LSAN_OPTIONS="suppressions=$suppressions/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="suppressions=$suppressions/ubsan.supp:print_stacktrace=1:halt_on_error=1:log_path=$reports/ubsan"
# package_check packages the normal build. The three script tests spend their minutes
# running the linter and sh, not our code (which the other tests run): not worth it twice.
skip='^(package_check|tst_shell_scripts|tst_step_values|tst_injection)$'
status=0
(cd "$build" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 1800 \
    -L '^(unit|tools|cli|ssh|gui|fuzz)$' -E "$skip" "$@") || status=$?
if [ -n "$(ls -A "$reports")" ]; then
    for report in "$reports"/*; do
        echo "=== sanitizer report $report"
        cat "$report"
    done
    echo "sanitize: $(ls "$reports" | wc -l) sanitizer report(s); see above" >&2
    status=1
fi
[ "$status" -eq 0 ] && echo "sanitize: no sanitizer report"
exit "$status"
