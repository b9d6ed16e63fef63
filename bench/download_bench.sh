#!/bin/bash
# A backup's download to this computer (`odoo-deploy download`: SFTP, pipelined reads,
# checksums verified afterwards) against `scp` of the same file over the same link, on
# a fresh test host (veth into its network namespace). The backup folder is made on the
# host with a database.dump of SIZE_MIB random MiB (default 512), nothing else deployed.
# Each tool runs three times into an empty folder, the best time counts; reported are
# MiB/s for the whole command (connection, transfer and, for odoo-deploy, the SHA-256 of
# every file) and the ratio. Needs root (test host) and a built tree. Results: bench/README.md.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
bin="$top/build/odoo-deploy"
size_mib=${SIZE_MIB:-512}
work=$(mktemp -d)
export TESTHOST_CACHE="$top/build/testhost-cache"
trap '"$top/tests/e2e/testhost.sh" down "$work/host" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

"$top/tests/e2e/testhost.sh" up "$work/host" >/dev/null
# shellcheck source=bench/testhost-profile.sh
. "$top/bench/testhost-profile.sh"
profile=$(bench_profile "$work/host")
# shellcheck source=/dev/null
. "$work/host/env"
ssh_opts=(-i "$TESTHOST_KEY" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR)
name=20261127T120000Z-0123456789ab
folder=/var/backups/odoo-deploy/odoo/$name
# shellcheck disable=SC2029 # the folder is ours, expanded here on purpose
ssh "${ssh_opts[@]}" "root@$TESTHOST_IP" "mkdir -p $folder && cd $folder &&
    head -c ${size_mib}M /dev/urandom > database.dump && head -c 1M /dev/urandom > filestore.tar.gz &&
    echo 0123456789abcdef0123456789abcdef01234567 > commit && echo bench > database-name &&
    sha256sum database.dump filestore.tar.gz commit database-name > SHA256SUMS"

best() { # command...: the best of three wall times in seconds
    local best_s=999999 start end s
    for _ in 1 2 3; do
        rm -rf "$work/into"; mkdir "$work/into"
        start=$(date +%s.%N); "$@" >"$work/log" 2>&1; end=$(date +%s.%N)
        s=$(echo "$end - $start" | bc)
        if [ "$(echo "$s < $best_s" | bc)" = 1 ]; then best_s=$s; fi
    done
    echo "$best_s"
}
ours=$(best env HOME="$work" "$bin" download --profile "$profile" --accept-host-key "$TESTHOST_FINGERPRINT" --backup "$name" --to "$work/into")
grep -q 'checksums verified' "$work/log" || { cat "$work/log"; exit 1; }
# Into the folder the last run filled: nothing to fetch, only the connection and the SHA-256.
start=$(date +%s.%N)
HOME="$work" "$bin" download --profile "$profile" --accept-host-key "$TESTHOST_FINGERPRINT" --backup "$name" --to "$work/into" >"$work/log" 2>&1
verify_only=$(echo "$(date +%s.%N) - $start" | bc)
grep -q 'there already' "$work/log" || { cat "$work/log"; exit 1; }
theirs=$(best scp -q "${ssh_opts[@]}" "root@$TESTHOST_IP:$folder/database.dump" "$work/into/")
total_mib=$((size_mib + 1))
printf 'odoo-deploy download  %6.2f s  %6.1f MiB/s  (%d MiB: the backup folder, SHA-256 verified)\n' "$ours" "$(echo "$total_mib / $ours" | bc -l)" "$total_mib"
printf 'scp                   %6.2f s  %6.1f MiB/s  (%d MiB: database.dump alone)\n' "$theirs" "$(echo "$size_mib / $theirs" | bc -l)" "$size_mib"
printf 'odoo-deploy, all there already: %.2f s (connection and SHA-256 of every file)\n' "$verify_only"
printf 'ratio (throughput, ours / scp): %.2f\n' "$(echo "($total_mib / $ours) / ($size_mib / $theirs)" | bc -l)"
