#!/bin/sh
# Installs the package built by check-package.sh into a clean Debian 12 root file system
# (a fresh test host: the debootstrap tree, in a network namespace, apt through the
# host's cache) with apt, as a user would, and runs it there: --version, --help, render of
# an example, the desktop entry and metainfo checks, and the wizard's first page under
# the offscreen platform. Removes the test host afterwards, also on failure.
#   install-check.sh DEB_DIR STATE_DIR TESTHOST_SH
set -eu
debs=$(realpath "$1")
state=$(realpath -m "$2")
testhost=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || { echo "SKIP: needs root (a test host)"; exit 0; }
deb=
for f in "$debs"/odoo-deploy_*.deb; do [ -e "$f" ] && deb=$f; done
[ -n "$deb" ] || fail "no package in $debs: package_check makes it"

trap '"$testhost" down "$state" >/dev/null 2>&1 || true' EXIT INT TERM
"$testhost" up "$state" >"$state.log" 2>&1 || { cat "$state.log" >&2; fail "the test host did not start"; }
# shellcheck disable=SC1091 # written by testhost.sh up
. "$state/env"
root=$TESTHOST_ROOT
on_host() {
    ip netns exec "$TESTHOST_NS" chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive sh -c "$1"
}

# A clean tree: nothing of ours, and no Qt yet.
[ ! -e "$root/usr/bin/odoo-deploy" ] || fail "the fresh tree already has odoo-deploy"
if on_host 'dpkg -s libqt6core6' >/dev/null 2>&1; then fail "the fresh tree already has Qt"; fi
cp "$deb" "$root/tmp/"
on_host "dpkg-query -W -f '\${Package}\n' | sort" >"$state.before"
on_host "apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends /tmp/$(basename "$deb")" >"$state.apt" 2>&1 ||
    { tail -30 "$state.apt" >&2; fail "apt-get install ./$(basename "$deb")"; }
on_host "dpkg-query -W -f '\${Package}\n' | sort" >"$state.after"
added=$(comm -13 "$state.before" "$state.after")
echo "apt added $(echo "$added" | wc -l) packages"
for wanted in odoo-deploy libqt6widgets6 libqt6network6 libqt6keychain1 libssh-4 libcurl4 qt6-qpa-plugins; do
    echo "$added" | grep -qx "$wanted" || fail "apt did not install $wanted"
done
# Nothing a desktop tool should drag in: no compilers, headers, servers or test libraries.
if echo "$added" | grep -E -- '-dev$|^(gcc|g\+\+|cmake|nginx|postgresql|libqt6test6)'; then fail "apt installed the packages above"; fi

version=$(sed -n 's/^project(OdooDeploy VERSION \([0-9.]*\).*/\1/p' "$(dirname "$0")/../../CMakeLists.txt")
on_host 'odoo-deploy --version' | grep -q "^odoo-deploy $version (commit " || fail "odoo-deploy --version"
on_host 'odoo-deploy --help' | grep -q '^Commands:' || fail "odoo-deploy --help"
on_host 'odoo-deploy render --profile /usr/share/odoo-deploy/examples/production.json --out /tmp/rendered' >/dev/null ||
    fail "odoo-deploy render of an example"
grep -q '^proxy_mode = True' "$root/tmp/rendered/etc/odoo/odoo.conf" || fail "render wrote no odoo.conf"
desktop-file-validate "$root/usr/share/applications/org.odoodeploy.OdooDeploy.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.odoodeploy.OdooDeploy.metainfo.xml" >/dev/null || fail "appstreamcli validate"
[ -s "$root/usr/share/man/man1/odoo-deploy.1.gz" ] || fail "no man page"

# The wizard starts there and shows its first page.
on_host 'QT_QPA_PLATFORM=offscreen timeout 60 odoo-deploy --screenshot /tmp/first-page.png' >"$state.wizard" 2>&1 ||
    { cat "$state.wizard" >&2; fail "the wizard did not show its first page"; }
grep -q 'saved "Welcome' "$state.wizard" || { cat "$state.wizard" >&2; fail "the first page is not the welcome page"; }
size=$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); assert d[:8]==b"\x89PNG\r\n\x1a\n"; print("%dx%d" % struct.unpack(">II", d[16:24]))' \
    "$root/tmp/first-page.png") || fail "the screenshot is no PNG"
echo "the wizard's first page: $size"
echo "installed and started on a clean Debian 12: $(basename "$deb")"
