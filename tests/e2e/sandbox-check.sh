#!/bin/sh
# The sandbox script: refuses clearly without root; as root, starts a server whose
# printed profile is valid and reachable, then removes it again.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
bin=$1
if out=$(setpriv --reuid=65534 --regid=65534 --clear-groups "$top/scripts/sandbox.sh" up 2>&1); then
    echo "sandbox up succeeded without root" >&2; exit 1
fi
echo "$out" | grep -q "needs root" || { echo "no clear message without root: $out" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || { echo "sandbox: not root, only the refusal was checked"; exit 0; }
base=$(mktemp -d)
state="$base/sandbox"
export ODOO_DEPLOY_SANDBOX="$state"
trap '"$top/scripts/sandbox.sh" down >/dev/null 2>&1 || true; rm -rf "$base"' EXIT
"$top/scripts/sandbox.sh" up
"$bin" validate --profile "$state/sandbox.json"
. "$state/env"
# Each server gets its own known_hosts: the two variants are different servers with
# their own host keys, and may get the same address (it comes from a process id).
mkdir -p "$base/sysv" "$base/systemd"
HOME="$base/sysv" "$bin" exec --profile "$state/sandbox.json" --accept-host-key "$TESTHOST_FINGERPRINT" -- 'cat /etc/debian_version' | grep -q '^12\.'
"$top/scripts/sandbox.sh" down
[ ! -e "$state" ] || { echo "sandbox down left $state" >&2; exit 1; }
# The systemd variant: the server's PID 1 is systemd.
"$top/scripts/sandbox.sh" up systemd | grep -q "Sandbox server (systemd)"
. "$state/env"
HOME="$base/systemd" "$bin" exec --profile "$state/sandbox.json" --accept-host-key "$TESTHOST_FINGERPRINT" -- 'cat /proc/1/comm' | grep -qx systemd
"$top/scripts/sandbox.sh" down
[ ! -e "$state" ] || { echo "sandbox down left $state" >&2; exit 1; }
if "$top/scripts/sandbox.sh" up upstart 2>/dev/null; then echo "an unknown variant was accepted" >&2; exit 1; fi
echo "sandbox: up (SysV and systemd), valid profile, reachable, down"
