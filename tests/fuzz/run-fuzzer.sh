#!/bin/sh
# Runs one libFuzzer target for a fixed number of executions from its seed corpus.
#   run-fuzzer.sh TARGET SEED_CORPUS WORK_DIR RUNS
# New inputs go into WORK_DIR/corpus (the seeds stay as committed); a crash is saved as
# WORK_DIR/crash-* and fails the test, to become a regression seed. Prints libFuzzer's
# executions and coverage figures for docs/reliability.md. The seed is fixed (FUZZ_SEED, 1)
# so that a test run is the same run each time; long runs by hand take a random one.
set -eu
target=$1 seeds=$2 work=$3 runs=$4
[ -d "$seeds" ] || { echo "no seed corpus at $seeds" >&2; exit 1; }
rm -rf "$work/corpus" "$work/valid"
mkdir -p "$work/corpus" "$work/valid"
dict=
[ -f "$seeds.dict" ] && dict="-dict=$seeds.dict"
# shellcheck disable=SC2086 # $dict is one option or nothing
"$target" -seed="${FUZZ_SEED:-1}" -runs="$runs" -max_len=16384 -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$work/" $dict "$work/corpus" "$seeds" 2>"$work/log" || {
    tail -n 60 "$work/log" >&2
    echo "$target failed; the input is in $work/" >&2
    exit 1
}
grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE)' "$work/log" || true
echo "corpus: $(find "$work/corpus" -type f | wc -l) new inputs; valid profiles kept: $(find "$work/valid" -type f | wc -l)"
