#!/bin/bash
# The site's downtime during `update` and during `upgrade` on a fresh test host: a
# bounded request loop through nginx (HTTPS, every 20 ms, 2 s timeout each) runs on
# this machine while the action runs; reported are the longest gap between two
# answered requests, the requests that failed, and how often Odoo's process changed
# (its pid file sampled on the host every 100 ms). Needs root (test host) and a built
# tree. Results: bench/README.md.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
bin="$top/build/odoo-deploy"
work=$(mktemp -d)
export TESTHOST_CACHE="$top/build/testhost-cache"
trap '"$top/tests/e2e/testhost.sh" down "$work/host" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

"$top/tests/e2e/testhost.sh" up "$work/host" >/dev/null
# shellcheck source=bench/testhost-profile.sh
. "$top/bench/testhost-profile.sh"
profile=$(bench_profile "$work/host")
# shellcheck source=/dev/null
. "$work/host/env"
odoo() { HOME=$work "$bin" "$1" --profile "$profile" --accept-host-key "$TESTHOST_FINGERPRINT" "${@:2}" >>"$work/log" 2>&1; }
odoo deploy --yes
ssh_host=(ssh -i "$TESTHOST_KEY" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR "root@$TESTHOST_IP")

# Requests until the stop file appears; prints "<longest gap ms> <failed> <answered>".
probe() {
    python3 - "https://$TESTHOST_IP/web/login" "$work/stop" <<'PY'
import os, ssl, sys, time, urllib.request
url, stop = sys.argv[1], sys.argv[2]
ctx = ssl.create_default_context(); ctx.check_hostname = False; ctx.verify_mode = ssl.CERT_NONE
last_ok = time.monotonic(); gap = failed = answered = 0
while not os.path.exists(stop):
    try:
        urllib.request.urlopen(url, timeout=2, context=ctx).read()
        now = time.monotonic(); gap = max(gap, now - last_ok); last_ok = now; answered += 1
    except Exception:
        failed += 1
    time.sleep(0.02)
print("%d %d %d" % (gap * 1000, failed, answered))
PY
}
measure() { # label, action...
    local label=$1; shift
    rm -f "$work/stop"
    probe >"$work/probe" &
    local probe_pid=$!
    "${ssh_host[@]}" 'while :; do cat /run/odoo.pid 2>/dev/null; sleep 0.1; done' >"$work/pids" &
    local pids_pid=$!
    sleep 1
    local start end
    start=$(date +%s.%N)
    "$@"
    end=$(date +%s.%N)
    sleep 1
    touch "$work/stop"; wait "$probe_pid"; kill "$pids_pid" 2>/dev/null || true; wait "$pids_pid" 2>/dev/null || true
    read -r gap failed answered <"$work/probe"
    restarts=$(($(uniq "$work/pids" | grep -c .) - 1))
    printf '%-8s action %5.1f s, longest gap %5d ms, %3d requests failed of %4d, Odoo restarted %d time(s)\n' \
        "$label" "$(echo "$end - $start" | bc)" "$gap" "$failed" "$((failed + answered))" "$restarts"
}
measure update odoo update --to 17.0-next --yes
measure upgrade odoo upgrade --modules base,web --yes
