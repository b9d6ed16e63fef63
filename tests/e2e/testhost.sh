#!/bin/bash
# A fresh Debian 12 test server for the end-to-end tests (and `odoo-deploy sandbox`):
# a debootstrap root file system with sshd, started inside a network namespace of its
# own, reached over a veth pair. Its apt goes through apt-cacher-ng on this machine;
# the stand-in Odoo is served by `git daemon` on the host side of the veth pair.
#
#   testhost.sh up STATE_DIR [systemd]   build (cached) and start; writes STATE_DIR/env
#   testhost.sh down STATE_DIR            stop everything it started, unmount, remove the tree
#   testhost.sh reboot STATE_DIR          systemd variant: power off and boot again (same tree)
#
# By default the server has no init system: sshd runs in a chroot inside the namespace,
# and services are started by their SysV scripts (the sysvinit path). With `systemd`,
# the tree also has systemd and boots it as PID 1 under systemd-nspawn (in the same kind
# of namespace): the systemd path, for real, on a host whose own PID 1 is not systemd.
#
# On a bridge (testbed.sh: several servers that reach each other): TESTHOST_BRIDGE names
# it, TESTHOST_BRIDGE_IP is this machine's address on it, TESTHOST_ADDRESS the server's
# (a /24), and TESTHOST_GIT_URL and TESTHOST_FIXTURE_MARKER the bed's shared stand-in.
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
[ $# -ge 2 ] || die "usage: testhost.sh up|down STATE_DIR [systemd]"
action=$1
variant=${3:-sysvinit}
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

# Every process of the test host: in its network namespace, or with its root in the
# tree. Again and again until none is left: a process may fork (an nginx master starting
# a worker) between one listing and its kill, and once the namespace is deleted such a
# straggler could no longer be found by it.
guest_pids() {
    [ -n "$1" ] && ip netns list | grep -qw "$1" && ip netns pids "$1"
    for p in /proc/[0-9]*; do
        case "$(readlink "$p/root" 2>/dev/null)" in "$root" | "$root"/*) echo "${p#/proc/}" ;; esac
    done
}

kill_guests() {
    local i pids
    for i in $(seq 50); do
        pids=$(guest_pids "$1" | sort -u)
        [ -n "$pids" ] || return 0
        # shellcheck disable=SC2086 # a list of numbers
        kill -9 $pids 2>/dev/null || true
        sleep 0.1
    done
    echo "testhost: processes remain: $(guest_pids "$1" | tr '\n' ' ')" >&2
}

down() {
    [ -f "$state/env" ] && . "$state/env"
    ns=${TESTHOST_NS:-$(cat "$state/ns" 2>/dev/null || true)}
    kill_guests "$ns"
    # systemd-nspawn itself stays outside the namespace; its container died with the
    # namespace's processes above.
    if [ -f "$state/nspawn.pid" ]; then
        kill -9 "$(cat "$state/nspawn.pid")" 2>/dev/null || true
        rm -rf "/run/systemd/nspawn/propagate/$(cat "$state/ns" 2>/dev/null)"
    fi
    for pidfile in "$state/gitd.pid" "$state/acng.pid" "$state/nspawn.pid"; do
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
    local include=openssh-server,sudo,ca-certificates,procps,python3,adduser,iproute2
    tarball="$cache/bookworm-minbase.tar"
    if [ "$variant" = systemd ]; then
        include="$include,systemd,systemd-sysv,dbus"
        tarball="$cache/bookworm-systemd.tar"
    fi
    if [ ! -f "$tarball" ]; then
        mkdir -p "$cache"
        tmp="$cache/rootfs.tmp"
        rm -rf "$tmp"
        echo "testhost: debootstrap bookworm (once, cached in $cache)" >&2
        debootstrap --variant=minbase --include="$include" \
            bookworm "$tmp" "$(mirror)" >"$cache/debootstrap.log" 2>&1 ||
            { tail -20 "$cache/debootstrap.log" >&2; die "debootstrap failed"; }
        tar -C "$tmp" -cf "$tarball.part" .
        mv "$tarball.part" "$tarball"
        rm -rf "$tmp"
    fi
    echo "$tarball"
}

# The programs that listen on TCP port $1 on this machine, space-separated ("" when
# none; "unknown" for a socket whose owner is not ours to see).
port_holders() {
    ss -ltnpH "sport = :$1" 2>/dev/null | while read -r line; do
        case "$line" in
            *'users:(("'*) line=${line#*users:((\"}; echo "${line%%\"*}" ;;
            *) echo unknown ;;
        esac
    done | sort -u | tr '\n' ' ' | sed 's/ $//'
}

# apt-cacher-ng on port 3142 forwards to this machine's own mirror and keeps what it
# fetched. The test hosts share it: one already running is used, but only if it is
# apt-cacher-ng alone on the port and answers as itself where the hosts reach it.
start_apt_cache() {
    printf '%s/\n' "$(mirror)" >/etc/apt-cacher-ng/backends_debian
    local holders
    holders=$(port_holders 3142)
    case "$holders" in
        '')
            mkdir -p /var/cache/apt-cacher-ng /var/log/apt-cacher-ng /run/apt-cacher-ng
            chown apt-cacher-ng: /var/cache/apt-cacher-ng /var/log/apt-cacher-ng /run/apt-cacher-ng 2>/dev/null || true
            /usr/sbin/apt-cacher-ng -c /etc/apt-cacher-ng ForeGround=0 \
                PidFile="$state/acng.pid" SocketPath="$state/acng.socket" >/dev/null 2>&1 ||
                die "apt-cacher-ng did not start"
            ;;
        apt-cacher-ng) ;;
        *) die "port 3142 is taken by another program ($holders), not apt-cacher-ng: the test hosts' apt would go through it" ;;
    esac
    check_apt_cache
}
check_apt_cache() {
    local i=0
    until curl -sS -m 5 "http://$host_ip:3142/acng-report.html" 2>/dev/null | grep -q 'Apt-Cacher NG'; do
        i=$((i + 1))
        [ $i -lt 50 ] || die "apt-cacher-ng does not answer at http://$host_ip:3142 (port 3142: $(port_holders 3142))"
        sleep 0.1
    done
    [ "$(port_holders 3142)" = apt-cacher-ng ] ||
        die "port 3142 is held by apt-cacher-ng and another program ($(port_holders 3142)): apt might reach the other"
}

# Our git daemon, and nobody else's, answers for the stand-in: it runs, and what
# git://$host_ip serves is our repository (a daemon on 0.0.0.0:9418 would otherwise
# answer in its place, or ours would fail to bind after --detach returned).
check_git_daemon() {
    local i=0 served
    until served=$(timeout 5 git ls-remote "git://$host_ip/odoo.git" 17.0 2>/dev/null | cut -f1) && [ -n "$served" ] || [ $i -ge 50 ]; do
        i=$((i + 1)); sleep 0.1
    done
    kill -0 "$(cat "$state/gitd.pid" 2>/dev/null)" 2>/dev/null ||
        die "our git daemon is not running: is port 9418 on $host_ip taken? (held by: $(port_holders 9418))"
    [ "$served" = "$(git -C "$state/git/odoo.git" rev-parse 17.0)" ] ||
        die "git://$host_ip/odoo.git is not served by our git daemon (another one listens on port 9418: $(port_holders 9418))"
}

# The stand-in Odoo's repository with a random marker, served by our git daemon on
# $host_ip; sets git_url and marker.
serve_git() {
    git_url="git://$host_ip/odoo.git"
    mkdir -p "$state/git"
    marker=$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')
    "$here/make-fake-odoo-repo.sh" "$state/git/odoo.git" "$marker" >/dev/null
    git daemon --reuseaddr --export-all --base-path="$state/git" --listen="$host_ip" \
        --detach --pid-file="$state/gitd.pid" "$state/git"
    check_git_daemon
}

boot_container() {
    # systemd as PID 1 in its own PID and mount namespaces, in our network namespace.
    # --register=no --keep-unit: no systemd (machined, scopes) needed on this side.
    setsid systemd-nspawn --quiet --directory="$root" --machine="$1" --boot --register=no --keep-unit \
        --network-namespace-path="/run/netns/$1" </dev/null >>"$state/console.log" 2>&1 &
    echo $! >"$state/nspawn.pid"
}

# Ready when sshd answers and, with systemd, the boot has finished (degraded is fine).
wait_until_ready() {
    local i=0
    until ip netns exec "$1" bash -c "exec 3<>/dev/tcp/$2/22" 2>/dev/null || [ $i -ge 300 ]; do
        i=$((i + 1)); sleep 0.1
    done
    [ $i -lt 300 ] || { tail -20 "$state/console.log" >&2 2>/dev/null; die "sshd did not come up"; }
    if [ -f "$state/nspawn.pid" ]; then
        guest 'systemctl is-system-running --wait' >/dev/null 2>&1 || true
    fi
}

# A command on the test host ($guest_ip), as root.
guest() {
    ssh -i "$state/client_key" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR \
        -o BatchMode=yes -o ConnectTimeout=10 "root@$guest_ip" "$@"
}

reboot() {
    [ -f "$state/nspawn.pid" ] || die "reboot needs a running systemd test host (up STATE systemd)"
    . "$state/env"
    guest_ip=$TESTHOST_IP
    pid=$(cat "$state/nspawn.pid")
    guest 'systemctl poweroff' >/dev/null 2>&1 || true
    i=0
    while kill -0 "$pid" 2>/dev/null && [ $i -lt 300 ]; do i=$((i + 1)); sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && die "the test host did not power off"
    boot_container "$TESTHOST_NS"
    wait_until_ready "$TESTHOST_NS" "$TESTHOST_IP"
}

up() {
    [ ! -e "$state/env" ] || down
    mkdir -p "$state"
    tarball=$(rootfs_tarball)
    # A short, unique name: interface names have at most 15 characters.
    n=$(( $$ % 200 + 20 ))
    ns="odt$$"
    echo "$ns" >"$state/ns"
    ip netns add "$ns"
    ip link add "${ns}h" type veth peer name "${ns}g"
    ip link set "${ns}g" netns "$ns"
    if [ -n "${TESTHOST_BRIDGE:-}" ]; then
        host_ip=$TESTHOST_BRIDGE_IP
        guest_ip=$TESTHOST_ADDRESS
        ip link set "${ns}h" master "$TESTHOST_BRIDGE"
        ip netns exec "$ns" ip addr add "$guest_ip/24" dev "${ns}g"
    else
        host_ip="10.213.$n.1"
        guest_ip="10.213.$n.2"
        ip addr add "$host_ip/30" dev "${ns}h"
        ip netns exec "$ns" ip addr add "$guest_ip/30" dev "${ns}g"
    fi
    ip link set "${ns}h" up
    ip netns exec "$ns" ip link set "${ns}g" up
    ip netns exec "$ns" ip link set lo up

    mkdir -p "$root"
    tar -C "$root" -xf "$tarball"

    echo testhost >"$root/etc/hostname"
    printf '127.0.0.1 localhost\n127.0.1.1 testhost\n' >"$root/etc/hosts"
    printf 'deb %s bookworm main\n' "$(mirror)" >"$root/etc/apt/sources.list"
    printf 'Acquire::http::Proxy "http://%s:3142";\n' "$host_ip" >"$root/etc/apt/apt.conf.d/01proxy"
    : >"$root/etc/resolv.conf"

    ssh-keygen -q -t ed25519 -N '' -C odoo-deploy-testhost -f "$state/client_key"
    mkdir -p "$root/root/.ssh"
    chmod 700 "$root/root/.ssh"
    cp "$state/client_key.pub" "$root/root/.ssh/authorized_keys"
    rm -f "$root"/etc/ssh/ssh_host_*  # the cached tree's keys: every host gets its own
    chroot "$root" ssh-keygen -A >/dev/null
    if [ "$variant" = systemd ]; then
        boot_container "$ns"
    else
        mount -t proc proc "$root/proc"
        mount -t sysfs sysfs "$root/sys"
        mount --rbind /dev "$root/dev"
        mount --make-rslave "$root/dev"
        mount -t tmpfs tmpfs "$root/run"
        mkdir -p "$root/run/sshd" "$root/run/lock"
        ip netns exec "$ns" chroot "$root" /usr/sbin/sshd
    fi
    fingerprint=$(ssh-keygen -l -E sha256 -f "$root/etc/ssh/ssh_host_ed25519_key.pub" | awk '{print $2}')

    start_apt_cache
    if [ -n "${TESTHOST_GIT_URL:-}" ]; then
        # The bed's: served once for all its servers.
        git_url=$TESTHOST_GIT_URL
        marker=$TESTHOST_FIXTURE_MARKER
    else
        serve_git
    fi

    cat >"$state/env" <<ENV
TESTHOST_NS=$ns
TESTHOST_HOST_IP=$host_ip
TESTHOST_IP=$guest_ip
TESTHOST_KEY=$state/client_key
TESTHOST_FINGERPRINT=$fingerprint
TESTHOST_ROOT=$root
TESTHOST_GIT_URL=$git_url
TESTHOST_INIT=$variant
TESTHOST_FIXTURE_MARKER=$marker
ENV
    wait_until_ready "$ns" "$guest_ip"
    cat "$state/env"
}

case "$action" in
    up)
        case "$variant" in sysvinit | systemd) ;; *) die "unknown variant $variant (sysvinit or systemd)" ;; esac
        up ;;
    down) down ;;
    reboot) reboot ;;
    serve-git)
        # testbed.sh: one stand-in for every server of the bed, on its bridge address $3.
        host_ip=$3
        serve_git
        printf 'TESTHOST_GIT_URL=%s\nTESTHOST_FIXTURE_MARKER=%s\n' "$git_url" "$marker" ;;
    *) die "usage: testhost.sh up|down|reboot|serve-git STATE_DIR [systemd|ADDRESS]" ;;
esac
