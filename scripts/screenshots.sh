#!/bin/sh
# Pictures of every wizard page, in English and in Chinese, for the README and
# docs/user-guide.md: starts the sandbox server, walks the wizard through a whole
# deployment onto it under Xvfb (docs/tour/screenshot_tour.cpp) and saves
# docs/images/<language>/NN-page.png. Needs root (the sandbox) and a build with tests.
#
#   sudo scripts/screenshots.sh
set -eu
cd "$(dirname "$0")/.."
if [ "$(id -u)" -ne 0 ]; then
    echo "screenshots: needs root for the sandbox server; run it with sudo." >&2
    exit 1
fi
scripts/install-deps.sh --test
# A display without a screen, and a font with Chinese characters.
DEBIAN_FRONTEND=noninteractive apt-get install -y -q xvfb xauth fonts-wqy-microhei >/dev/null
scripts/build.sh

work=$(mktemp -d)
export ODOO_DEPLOY_SANDBOX="$work/sandbox"
cleanup() {
    scripts/sandbox.sh down >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM
scripts/sandbox.sh up >/dev/null
# shellcheck source=/dev/null
. "$ODOO_DEPLOY_SANDBOX/env"

for language in en zh_CN; do
    # Its own home: the sandbox's host key and the recent profiles stay out of yours.
    mkdir -p "$work/home-$language"
    HOME="$work/home-$language" XDG_CONFIG_HOME="$work/home-$language/.config" \
        xvfb-run -a -s "-screen 0 1280x800x24" \
        build/docs/tour/screenshot_tour --profile "$ODOO_DEPLOY_SANDBOX/sandbox.json" \
        --fingerprint "$TESTHOST_FINGERPRINT" --out "docs/images/$language" --language "$language"
done
echo "screenshots: docs/images/en and docs/images/zh_CN"
