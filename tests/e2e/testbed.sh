#!/bin/bash
# Several fresh Debian 12 test servers on one bridge, for the deployment on several
# servers: each is a testhost.sh server (its own tree, network namespace and sshd)
# whose veth ends on the bridge, so that they reach each other at their addresses; this
# machine is on the bridge too (the apt cache, the stand-in's git daemon, the tests).
#
#   testbed.sh up STATE_DIR NAME...   the servers, in order at .11, .12, ... of the bed's /24;
#                                     writes STATE_DIR/env (TESTBED_SERVERS, TESTBED_BRIDGE_IP,
#                                     the stand-in) and STATE_DIR/NAME/env for each
#   testbed.sh down STATE_DIR         stops every server, the git daemon and the bridge
#
# Needs root; `down` is idempotent and safe after a failed `up`.
set -eu

die() { echo "testbed: $*" >&2; exit 1; }
if [ "$(id -u)" -ne 0 ]; then
    echo "testbed: skipped, needs root (network namespaces, mounts, chroot)" >&2
    exit 0
fi
[ $# -ge 2 ] || die "usage: testbed.sh up STATE_DIR NAME... | down STATE_DIR"
action=$1
state=$(realpath -m "$2")
shift 2
here=$(cd "$(dirname "$0")" && pwd)
host_script=$here/testhost.sh
export TESTHOST_CACHE=${TESTHOST_CACHE:-$(dirname "$state")/testhost-cache}

down() {
    local ns server bridge
    for ns in "$state"/*/ns; do
        [ -f "$ns" ] || continue
        server=$(dirname "$ns")
        "$host_script" down "$server" || echo "testbed: $server did not come down cleanly" >&2
    done
    if [ -f "$state/gitd.pid" ]; then kill "$(cat "$state/gitd.pid")" 2>/dev/null || true; fi
    bridge=$(cat "$state/bridge" 2>/dev/null || true)
    [ -z "$bridge" ] || ip link del "$bridge" 2>/dev/null || true
    rm -rf "$state"
}

up() {
    [ $# -ge 1 ] || die "up needs the servers' names"
    [ ! -e "$state" ] || down
    mkdir -p "$state"
    # A subnet of its own beside testhost.sh's 10.213.x.0/30 ones.
    local n bridge bridge_ip i=11 name
    n=$(($$ % 200 + 20))
    bridge="odb$$"
    bridge_ip="10.214.$n.1"
    echo "$bridge" >"$state/bridge"
    ip link add "$bridge" type bridge
    ip addr add "$bridge_ip/24" dev "$bridge"
    ip link set "$bridge" up

    "$host_script" serve-git "$state" "$bridge_ip" >"$state/git.env"
    # shellcheck disable=SC1091 # written just above
    . "$state/git.env"
    for name in "$@"; do
        case "$name" in *[!a-z0-9]* | '') die "a server's name is lowercase letters and digits: $name" ;; esac
        TESTHOST_BRIDGE=$bridge TESTHOST_BRIDGE_IP=$bridge_ip TESTHOST_ADDRESS="10.214.$n.$i" \
            TESTHOST_GIT_URL=$TESTHOST_GIT_URL TESTHOST_FIXTURE_MARKER=$TESTHOST_FIXTURE_MARKER \
            "$host_script" up "$state/$name" >/dev/null
        i=$((i + 1))
    done
    {
        echo "TESTBED_SERVERS=$*"
        echo "TESTBED_BRIDGE_IP=$bridge_ip"
        cat "$state/git.env"
    } >"$state/env"
    cat "$state/env"
}

case "$action" in
    up) up "$@" ;;
    down) down ;;
    *) die "usage: testbed.sh up STATE_DIR NAME... | down STATE_DIR" ;;
esac
