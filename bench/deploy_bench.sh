#!/bin/bash
# Full deploy and re-run on fresh test hosts: odoo-deploy's engine against the same
# steps as one plain script piped through `ssh host bash -s`, in the same run.
# Needs root (test hosts) and a built tree. Results: bench/README.md.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
bin="$top/build/odoo-deploy"
work=$(mktemp -d)
export TESTHOST_CACHE="$top/build/testhost-cache"
trap '"$top/tests/e2e/testhost.sh" down "$work/a" >/dev/null 2>&1 || true; "$top/tests/e2e/testhost.sh" down "$work/b" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

# shellcheck source=bench/testhost-profile.sh
. "$top/bench/testhost-profile.sh"
profile_for() { bench_profile "$1"; }
seconds() { local s e; s=$(date +%s.%N); "$@" >>"$work/log" 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc; }

# Warm the apt cache once, so that both sides download nothing.
"$top/tests/e2e/testhost.sh" up "$work/warm" >/dev/null
p=$(profile_for "$work/warm"); . "$work/warm/env"
HOME=$work "$bin" deploy --profile "$p" --yes --accept-host-key "$TESTHOST_FINGERPRINT" >>"$work/log" 2>&1
"$top/tests/e2e/testhost.sh" down "$work/warm"

rounds=${ROUNDS:-3}
for round in $(seq 1 "$rounds"); do
    # Engine on host A.
    "$top/tests/e2e/testhost.sh" up "$work/a" >/dev/null
    p=$(profile_for "$work/a"); . "$work/a/env"
    ef=$(seconds env HOME="$work" "$bin" deploy --profile "$p" --yes --accept-host-key "$TESTHOST_FINGERPRINT")
    ea=$(seconds env HOME="$work" "$bin" deploy --profile "$p" --yes --accept-host-key "$TESTHOST_FINGERPRINT")
    "$top/tests/e2e/testhost.sh" down "$work/a"

    # Plain script on host B.
    "$top/tests/e2e/testhost.sh" up "$work/b" >/dev/null
    p=$(profile_for "$work/b"); . "$work/b/env"
    rm -rf "$work/rendered"
    "$bin" render --profile "$p" --out "$work/rendered" >/dev/null
    ssh_b=(ssh -i "$TESTHOST_KEY" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR "root@$TESTHOST_IP")
    plain() {
        tar -C "$work/rendered" -c . | "${ssh_b[@]}" 'rm -rf /tmp/rendered && mkdir /tmp/rendered && tar -C /tmp/rendered -x' &&
            "${ssh_b[@]}" bash -s -- "$TESTHOST_GIT_URL" 17.0 bench <"$top/bench/plain-deploy.sh"
    }
    pf=$(seconds plain)
    pa=$(seconds plain)
    "$top/tests/e2e/testhost.sh" down "$work/b"
    printf 'round %d: full deploy engine %.1f s, plain %.1f s; re-run engine %.2f s, plain %.2f s\n' "$round" "$ef" "$pf" "$ea" "$pa"
    echo "$ef" >>"$work/ef"; echo "$pf" >>"$work/pf"; echo "$ea" >>"$work/ea"; echo "$pa" >>"$work/pa"
done
median() { sort -n "$1" | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
engine_first=$(median "$work/ef"); plain_first=$(median "$work/pf")
engine_again=$(median "$work/ea"); plain_again=$(median "$work/pa")
echo "medians of $rounds rounds:"
printf 'full deploy:  engine %.1f s, plain script %.1f s (engine/plain %.1f %%)\n' "$engine_first" "$plain_first" "$(echo "100 * $engine_first / $plain_first" | bc -l)"
printf 're-run:       engine %.2f s, plain script %.2f s (engine/plain %.1f %%)\n' "$engine_again" "$plain_again" "$(echo "100 * $engine_again / $plain_again" | bc -l)"
