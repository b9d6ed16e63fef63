#!/bin/sh
# Installs what odoo-deploy needs from Debian 12's packages.
#   scripts/install-deps.sh          build and run the wizard
#   scripts/install-deps.sh --test   also what the tests use (nginx, shellcheck, ...)
set -eu
SUDO=
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Run as root, or install sudo." >&2; exit 1; }
    SUDO=sudo
fi

BUILD="cmake ninja-build g++ pkg-config
       qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
       qtkeychain-qt6-dev libssh-dev libcurl4-openssl-dev libgl-dev librsvg2-bin"
# Real tools the tests run against what we generate; clang and its runtime for the
# sanitizer and fuzzing build (scripts/sanitize.sh).
TEST="nginx-light openssl shellcheck python3 systemd lsb-base openssh-server openssh-client util-linux
      gnome-keyring dbus sudo passwd curl logrotate
      debootstrap apt-cacher-ng git iproute2 systemd-container pebble
      dpkg-dev lintian desktop-file-utils appstream testssl.sh
      clang libclang-rt-14-dev"

packages=$BUILD
[ "${1:-}" = "--test" ] && packages="$BUILD $TEST"

export DEBIAN_FRONTEND=noninteractive
# Packages such as nginx and openssh-server would start their services on this
# machine; the tests start their own instances, so keep apt from starting any.
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" >/dev/null
    $SUDO chmod 755 "$policy"
    trap '$SUDO rm -f "$policy"' EXIT
fi
$SUDO apt-get update -q
# shellcheck disable=SC2086 # word splitting of the package list is wanted
$SUDO apt-get install -y -q --no-install-recommends $packages
