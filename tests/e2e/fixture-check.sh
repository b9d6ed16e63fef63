#!/bin/bash
# The test host must not be fooled: with a decoy already listening where one of its
# servers should answer, `testhost.sh up` fails and names the port, instead of letting
# the host use the decoy. Two decoys, one at a time:
#   - a git daemon on 0.0.0.0:9418 serving another repository (the host would clone it);
#   - a web server on 0.0.0.0:3142, where apt-cacher-ng belongs (apt would go through it).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
base=$(mktemp -d)
decoy=
cleanup() {
    [ -z "$decoy" ] || kill "$decoy" 2>/dev/null || true
    "$here/testhost.sh" down "$base/host" >/dev/null 2>&1 || true
    rm -rf "$base"
}
trap cleanup EXIT
fail() { echo "fixture-check: $*" >&2; exit 1; }

# Starts "$@" in the background as the decoy for port $1 (shifted off), trying again
# while the port is still held in TIME_WAIT by an earlier run's connections (up to a
# minute), until the decoy listens.
start_decoy() {
    local port=$1
    shift
    local i=0
    # (what the last round's host started may take a moment to end)
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        i=$((i + 1))
        [ $i -lt 50 ] || fail "something already listens on port $port; it would be the decoy"
        sleep 0.1
    done
    for _ in $(seq 90); do
        "$@" >/dev/null 2>&1 &
        decoy=$!
        for _ in $(seq 10); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0; sleep 0.1; done
        kill "$decoy" 2>/dev/null || true
        decoy=
    done
    fail "the decoy on port $port did not start (the port stayed busy)"
}
stop_decoy() {
    kill "$decoy" 2>/dev/null || true
    wait "$decoy" 2>/dev/null || true
    decoy=
}

# `up` fails with a message that names port $1.
refused() {
    local out
    if out=$("$here/testhost.sh" up "$base/host" 2>&1); then
        fail "testhost.sh up succeeded with a decoy on port $1"
    fi
    echo "$out" | grep -q "port $1" || { echo "$out" | tail -5 >&2; fail "no clear message about port $1"; }
    echo "fixture-check: refused, saying: $(echo "$out" | grep "port $1" | head -1)"
    "$here/testhost.sh" down "$base/host"
}

mkdir -p "$base/decoy"
git init -q --bare "$base/decoy/odoo.git"
start_decoy 9418 git daemon --reuseaddr --export-all --base-path="$base/decoy" --listen=0.0.0.0 --port=9418 "$base/decoy"
refused 9418
stop_decoy

echo 'not an apt cache' >"$base/decoy/index.html"
start_decoy 3142 python3 -m http.server --bind 0.0.0.0 --directory "$base/decoy" 3142
refused 3142
stop_decoy
