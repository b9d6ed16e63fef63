#!/bin/bash
# The test host must not be fooled: with a decoy git daemon already listening on
# 0.0.0.0:9418 (serving another repository), `testhost.sh up` fails and names the
# port, instead of letting the host clone from the decoy.
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
if (exec 3<>/dev/tcp/127.0.0.1/9418) 2>/dev/null; then
    echo "fixture-check: something already listens on port 9418; it would be the decoy" >&2
    exit 1
fi
mkdir -p "$base/decoy"
git init -q --bare "$base/decoy/odoo.git"
# The port may still be held in TIME_WAIT by an earlier run's connections (up to a
# minute): try again until the decoy listens.
for _ in $(seq 90); do
    git daemon --reuseaddr --export-all --base-path="$base/decoy" --listen=0.0.0.0 --port=9418 "$base/decoy" 2>/dev/null &
    decoy=$!
    for _ in $(seq 10); do (exec 3<>/dev/tcp/127.0.0.1/9418) 2>/dev/null && break 2; sleep 0.1; done
    kill "$decoy" 2>/dev/null || true
    decoy=
done
[ -n "$decoy" ] || { echo "fixture-check: the decoy did not start (port 9418 stayed busy)" >&2; exit 1; }
if out=$("$here/testhost.sh" up "$base/host" 2>&1); then
    echo "fixture-check: testhost.sh up succeeded with a decoy git daemon on 0.0.0.0:9418" >&2
    exit 1
fi
echo "$out" | grep -q "port 9418" || { echo "fixture-check: no clear message:" >&2; echo "$out" | tail -5 >&2; exit 1; }
echo "fixture-check: refused, saying: $(echo "$out" | grep 'port 9418' | head -1)"
