#!/bin/bash
# A fresh Debian 12 test server for the end-to-end tests (and `odoo-deploy sandbox`):
# a debootstrap root file system with sshd, started inside a network namespace of its
# own, reached over a veth pair. Its apt goes through apt-cacher-ng on this machine;
# the stand-in Odoo is served by `git daemon` on the host side of the veth pair.
#
#   testhost.sh up STATE_DIR      build (cached) and start; writes STATE_DIR/env
#   testhost.sh down STATE_DIR    stop everything it started, unmount, remove the tree
#
# Needs root. The root file system is cached as a tarball in $TESTHOST_CACHE
# (default: STATE_DIR/../testhost-cache). `down` is idempotent and safe to run after a
# failed `up`.
set -eu

die() { echo "testhost: $*" >&2; exit 1; }
if [ "$(id -u)" -ne 0 ]; then
    # Without root there is no test host; the end-to-end tests then skip themselves.
    echo "testhost: skipped, needs root (network namespaces, mounts, chroot)" >&2
    exit 0
fi
[ $# -eq 2 ] || die "usage: testhost.sh up|down STATE_DIR"
action=$1
state=$(realpath -m "$2")
root="$state/root"
cache=${TESTHOST_CACHE:-$(dirname "$state")/testhost-cache}
here=$(cd "$(dirname "$0")" && pwd)

mirror() {
    sed -n 's/^URIs:[[:space:]]*//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1 |
        awk '{print $1}' | grep . || echo "http://deb.debian.org/debian"
}

unmount_all() {
    # Deepest first; lazily, so that a busy mount cannot keep the tree alive.
    awk -v r="$root" '$2 == r || index($2, r "/") == 1 {print $2}' /proc/mounts | sort -r |
        while read -r m; do umount -l "$m" 2>/dev/null || true; done
}

down() {
    [ -f "$state/env" ] && . "$state/env"
    ns=${TESTHOST_NS:-$(cat "$state/ns" 2>/dev/null || true)}
    if [ -n "$ns" ] && ip netns list | grep -qw "$ns"; then
        for pid in $(ip netns pids "$ns"); do kill -9 "$pid" 2>/dev/null || true; done
        sleep 0.2
    fi
    for pidfile in "$state/gitd.pid" "$state/acng.pid"; do
        [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null || true
        rm -f "$pidfile"
    done
    unmount_all
    if [ -n "$ns" ]; then
        ip netns del "$ns" 2>/dev/null || true
        ip link del "${ns}h" 2>/dev/null || true
    fi
    if awk -v r="$root" 'index($2, r "/") == 1 || $2 == r {found=1} END {exit !found}' /proc/mounts; then
        die "mounts remain under $root; not removing it"
    fi
    rm -rf "$state"
}

rootfs_tarball() {
    tarball="$cache/bookworm-minbase.tar"
    if [ ! -f "$tarball" ]; then
        mkdir -p "$cache"
        tmp="$cache/rootfs.tmp"
        rm -rf "$tmp"
        echo "testhost: debootstrap bookworm (once, cached in $cache)" >&2
        debootstrap --variant=minbase \
            --include=openssh-server,sudo,ca-certificates,procps,python3,adduser,iproute2 \
            bookworm "$tmp" "$(mirror)" >"$cache/debootstrap.log" 2>&1 ||
            { tail -20 "$cache/debootstrap.log" >&2; die "debootstrap failed"; }
        tar -C "$tmp" -cf "$tarball.part" .
        mv "$tarball.part" "$tarball"
        rm -rf "$tmp"
    fi
    echo "$tarball"
}

start_apt_cache() {
    # apt-cacher-ng forwards to this machine's own mirror and keeps what it fetched.
    printf '%s/\n' "$(mirror)" >/etc/apt-cacher-ng/backends_debian
    if ! (exec 3<>/dev/tcp/127.0.0.1/3142) 2>/dev/null; then
        mkdir -p /var/cache/apt-cacher-ng /var/log/apt-cacher-ng /run/apt-cacher-ng
        chown apt-cacher-ng: /var/cache/apt-cacher-ng /var/log/apt-cacher-ng /run/apt-cacher-ng 2>/dev/null || true
        /usr/sbin/apt-cacher-ng -c /etc/apt-cacher-ng ForeGround=0 \
            PidFile="$state/acng.pid" SocketPath="$state/acng.socket" >/dev/null 2>&1 ||
            die "apt-cacher-ng did not start"
    fi
}

up() {
    [ ! -e "$state/env" ] || down
    mkdir -p "$state"
    tarball=$(rootfs_tarball)
    # A short, unique name: interface names have at most 15 characters.
    n=$(( $$ % 200 + 20 ))
    ns="odt$$"
    echo "$ns" >"$state/ns"
    host_ip="10.213.$n.1"
    guest_ip="10.213.$n.2"

    ip netns add "$ns"
    ip link add "${ns}h" type veth peer name "${ns}g"
    ip link set "${ns}g" netns "$ns"
    ip addr add "$host_ip/30" dev "${ns}h"
    ip link set "${ns}h" up
    ip netns exec "$ns" ip addr add "$guest_ip/30" dev "${ns}g"
    ip netns exec "$ns" ip link set "${ns}g" up
    ip netns exec "$ns" ip link set lo up

    mkdir -p "$root"
    tar -C "$root" -xf "$tarball"
    mount -t proc proc "$root/proc"
    mount -t sysfs sysfs "$root/sys"
    mount --rbind /dev "$root/dev"
    mount --make-rslave "$root/dev"
    mount -t tmpfs tmpfs "$root/run"
    mkdir -p "$root/run/sshd" "$root/run/lock"

    echo testhost >"$root/etc/hostname"
    printf '127.0.0.1 localhost\n127.0.1.1 testhost\n' >"$root/etc/hosts"
    printf 'deb %s bookworm main\n' "$(mirror)" >"$root/etc/apt/sources.list"
    printf 'Acquire::http::Proxy "http://%s:3142";\n' "$host_ip" >"$root/etc/apt/apt.conf.d/01proxy"
    : >"$root/etc/resolv.conf"

    ssh-keygen -q -t ed25519 -N '' -C odoo-deploy-testhost -f "$state/client_key"
    mkdir -p "$root/root/.ssh"
    chmod 700 "$root/root/.ssh"
    cp "$state/client_key.pub" "$root/root/.ssh/authorized_keys"
    chroot "$root" ssh-keygen -A >/dev/null
    ip netns exec "$ns" chroot "$root" /usr/sbin/sshd
    fingerprint=$(ssh-keygen -l -E sha256 -f "$root/etc/ssh/ssh_host_ed25519_key.pub" | awk '{print $2}')

    start_apt_cache
    mkdir -p "$state/git"
    "$here/make-fake-odoo-repo.sh" "$state/git/odoo.git" >/dev/null
    git daemon --reuseaddr --export-all --base-path="$state/git" --listen="$host_ip" \
        --detach --pid-file="$state/gitd.pid" "$state/git"

    cat >"$state/env" <<ENV
TESTHOST_NS=$ns
TESTHOST_HOST_IP=$host_ip
TESTHOST_IP=$guest_ip
TESTHOST_KEY=$state/client_key
TESTHOST_FINGERPRINT=$fingerprint
TESTHOST_ROOT=$root
TESTHOST_GIT_URL=git://$host_ip/odoo.git
ENV
    # Ready when sshd answers.
    i=0
    until ip netns exec "$ns" bash -c "exec 3<>/dev/tcp/$guest_ip/22" 2>/dev/null || [ $i -ge 50 ]; do
        i=$((i + 1)); sleep 0.1
    done
    cat "$state/env"
}

case "$action" in
    up) up ;;
    down) down ;;
    *) die "usage: testhost.sh up|down STATE_DIR" ;;
esac
