#!/bin/sh
# A disposable local Debian 12 server to try a whole deployment on, without a server
# of your own: the same test host the end-to-end tests use (a debootstrap root file
# system with sshd in a network namespace), serving a stand-in Odoo from git.
#
#   sudo scripts/sandbox.sh up [systemd]   start it; prints a profile pointing at it
#   sudo scripts/sandbox.sh down           stop it and remove everything it made
#
# With `systemd`, the server boots systemd (under systemd-nspawn) and the deployment
# takes the systemd path; without, services start through their SysV scripts.
#
# Then: build/odoo-deploy deploy --profile <printed profile> --accept-host-key <printed fingerprint> --yes
# (or open the profile in the wizard). Needs root: network namespaces, mounts, chroot.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
state=${ODOO_DEPLOY_SANDBOX:-/var/tmp/odoo-deploy-sandbox}
if [ "$(id -u)" -ne 0 ]; then
    echo "sandbox: needs root (it creates a network namespace, mounts and a chroot); run it with sudo." >&2
    exit 1
fi
case "${1:-}" in
    up)
        export TESTHOST_CACHE="${TESTHOST_CACHE:-/var/tmp/odoo-deploy-sandbox-cache}"
        case "${2:-sysvinit}" in
            sysvinit | systemd) ;;
            *) echo "usage: sudo scripts/sandbox.sh up [systemd]" >&2; exit 1 ;;
        esac
        "$here/tests/e2e/testhost.sh" up "$state" "${2:-sysvinit}" >/dev/null
        . "$state/env"
        profile="$state/sandbox.json"
        cat >"$profile" <<JSON
{
    "schema": 1,
    "name": "sandbox",
    "server": { "host": "$TESTHOST_IP", "user": "root", "auth": "key", "keyFile": "$TESTHOST_KEY" },
    "odoo": { "version": "17.0", "gitUrl": "$TESTHOST_GIT_URL", "database": "sandbox" },
    "performance": { "workers": 2, "limitMemorySoft": 671088640, "limitMemoryHard": 838860800 },
    "web": { "domain": "$TESTHOST_IP", "certificate": "self-signed" },
    "service": { "initSystem": "auto" }
}
JSON
        "$here/build/odoo-deploy" master-password --profile "$profile" --disable >/dev/null 2>&1 ||
            echo "sandbox: build odoo-deploy first (scripts/build.sh) to give the profile a master password hash" >&2
        cat <<TEXT
Sandbox server ($TESTHOST_INIT) running at $TESTHOST_IP (a stand-in Odoo is served from $TESTHOST_GIT_URL).
Profile:      $profile
Host key:     $TESTHOST_FINGERPRINT
Try:          build/odoo-deploy deploy --profile $profile --accept-host-key $TESTHOST_FINGERPRINT --check
              build/odoo-deploy deploy --profile $profile --accept-host-key $TESTHOST_FINGERPRINT --yes
              curl -k https://$TESTHOST_IP/web/login
Stop it with: sudo scripts/sandbox.sh down
TEXT
        ;;
    down)
        "$here/tests/e2e/testhost.sh" down "$state"
        echo "sandbox: stopped and removed"
        ;;
    *)
        echo "usage: sudo scripts/sandbox.sh up [systemd] | down" >&2
        exit 1
        ;;
esac
