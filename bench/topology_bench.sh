#!/bin/bash
# A deployment on several servers against one server: fresh test servers each round,
# `odoo-deploy deploy` timed on one server, on three (db, app1, proxy) and on four (db,
# app1, app2, proxy). The app servers deploy at the same time: the second one should
# cost far less than a second deployment. Needs root (test servers) and a built tree;
# uses bc. Results: bench/README.md.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
bin="$top/build/odoo-deploy"
work=$(mktemp -d)
export TESTHOST_CACHE="$top/build/testhost-cache"
export ODOO_DEPLOY_DATABASE_PASSWORD=bench-database-password-0123456789
cleanup() {
    "$top/tests/e2e/testhost.sh" down "$work/one" >/dev/null 2>&1 || true
    "$top/tests/e2e/testbed.sh" down "$work/bed" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

# shellcheck source=bench/testhost-profile.sh
. "$top/bench/testhost-profile.sh"
seconds() {
    local s e
    s=$(date +%s.%N)
    "$@" >>"$work/log" 2>&1 || { tail -30 "$work/log" >&2; echo "bench: failed: $*" >&2; return 1; }
    e=$(date +%s.%N)
    echo "$e - $s" | bc
}

# The bed's servers as a profile: the first is the database server (and the files'),
# the last the proxy, those between the app servers. Prints its path.
bed_profile() { # state, names...
    local state=$1 name roles hosts="" accept=""
    shift
    for name in "$@"; do
        # shellcheck source=/dev/null
        . "$state/$name/env"
        case "$name" in db) roles='"database", "files"' ;; proxy) roles='"proxy"'; proxy_ip=$TESTHOST_IP ;; *) roles='"app"' ;; esac
        hosts="$hosts${hosts:+,}
  {\"name\": \"$name\", \"roles\": [$roles], \"privateAddress\": \"$TESTHOST_IP\",
   \"server\": {\"host\": \"$TESTHOST_IP\", \"user\": \"root\", \"auth\": \"key\", \"keyFile\": \"$TESTHOST_KEY\"}}"
        accept="$accept --accept-host-key $TESTHOST_FINGERPRINT"
    done
    cat >"$state.json" <<JSON
{"schema": 2, "name": "bench-servers", "server": {"host": "unused.invalid"},
 "odoo": {"version": "17.0", "gitUrl": "$TESTHOST_GIT_URL", "database": "bench",
          "masterPassword": {"mode": "disabled", "hash": "\$pbkdf2-sha512\$1000\$AAECAwQFBgcICQoLDA0ODw\$A6AmFIti7CKlYdoPiV9jf1d9llp37o27Wms8Zx8fwMJGCOigJzAthOW3Pg.XF5PnNiYnsQsIz1N5NtynrEm78w"}},
 "performance": {"workers": 2, "limitMemorySoft": 671088640, "limitMemoryHard": 838860800},
 "web": {"domain": "$proxy_ip", "certificate": "self-signed"}, "service": {"initSystem": "sysvinit"},
 "topology": {"hosts": [$hosts]}}
JSON
    echo "$state.json$accept"
}

deploy_one() {
    "$top/tests/e2e/testhost.sh" up "$work/one" >/dev/null
    local p
    p=$(bench_profile "$work/one")
    # shellcheck source=/dev/null
    . "$work/one/env"
    seconds env HOME="$work" "$bin" deploy --profile "$p" --yes --accept-host-key "$TESTHOST_FINGERPRINT"
    "$top/tests/e2e/testhost.sh" down "$work/one" >/dev/null
}

deploy_bed() { # names...
    "$top/tests/e2e/testbed.sh" up "$work/bed" "$@" >/dev/null
    local args
    args=$(bed_profile "$work/bed" "$@")
    # shellcheck disable=SC2086 # the profile's path and --accept-host-key pairs: no spaces
    seconds env HOME="$work" "$bin" deploy --profile $args --yes
    "$top/tests/e2e/testbed.sh" down "$work/bed" >/dev/null
}

# Warm the apt cache once, so that no round downloads.
deploy_one >/dev/null || exit 1

rounds=${ROUNDS:-3}
for round in $(seq 1 "$rounds"); do
    one=$(deploy_one) || exit 1
    three=$(deploy_bed db app1 proxy) || exit 1
    four=$(deploy_bed db app1 app2 proxy) || exit 1
    printf 'round %d: one server %.1f s, three servers (1 app) %.1f s, four servers (2 apps) %.1f s\n' "$round" "$one" "$three" "$four"
    echo "$one" >>"$work/one.t"; echo "$three" >>"$work/three.t"; echo "$four" >>"$work/four.t"
done
median() { sort -n "$1" | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
one=$(median "$work/one.t"); three=$(median "$work/three.t"); four=$(median "$work/four.t")
echo "medians of $rounds rounds:"
printf 'one server %.1f s; three servers %.1f s (%.0f %% of one); four servers %.1f s (%.0f %% of three: the second app server)\n' \
    "$one" "$three" "$(echo "100 * $three / $one" | bc -l)" "$four" "$(echo "100 * $four / $three" | bc -l)"
