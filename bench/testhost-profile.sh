# Sourced by the bench scripts: bench_profile STATE writes a profile for the test host
# that `tests/e2e/testhost.sh up STATE` started (SysV, self-signed, the stand-in Odoo
# 17.0 from its git daemon) to STATE.json and prints that path.
bench_profile() {
    # shellcheck source=/dev/null
    . "$1/env"
    cat >"$1.json" <<JSON
{"schema": 1, "name": "bench", "server": {"host": "$TESTHOST_IP", "user": "root", "auth": "key", "keyFile": "$TESTHOST_KEY"},
 "odoo": {"version": "17.0", "gitUrl": "$TESTHOST_GIT_URL", "database": "bench",
          "masterPassword": {"mode": "disabled", "hash": "\$pbkdf2-sha512\$1000\$AAECAwQFBgcICQoLDA0ODw\$A6AmFIti7CKlYdoPiV9jf1d9llp37o27Wms8Zx8fwMJGCOigJzAthOW3Pg.XF5PnNiYnsQsIz1N5NtynrEm78w"}},
 "performance": {"workers": 2, "limitMemorySoft": 671088640, "limitMemoryHard": 838860800},
 "web": {"domain": "$TESTHOST_IP", "certificate": "self-signed"}, "service": {"initSystem": "sysvinit"}}
JSON
    echo "$1.json"
}
