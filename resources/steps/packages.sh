# PACKAGES: the package names, separated by spaces (odoo-deploy's own list, split
# into words on purpose). ${db:Status-Status} is dpkg-query's format, not the shell's.
# shellcheck disable=SC2086,SC2016
check() {
    [ "$(dpkg-query -W -f='${db:Status-Status}\n' $PACKAGES 2>/dev/null | grep -cx installed)" -eq "$(echo $PACKAGES | wc -w)" ]
}
# shellcheck disable=SC2086
change() {
    export DEBIAN_FRONTEND=noninteractive
    # An earlier run cut off mid-way (a dropped connection) may have left dpkg
    # half-done or apt still holding its lock: finish and wait, then install.
    waited=0
    until out=$(dpkg --configure -a 2>&1); do
        case "$out" in
            *lock*)
                [ "$waited" -gt 0 ] || echo 'waiting for another package run to finish...'
                waited=$((waited + 1))
                [ "$waited" -le 300 ] || { echo "$out" >&2; exit 1; }
                sleep 1 ;;
            *) echo "$out" >&2; exit 1 ;;
        esac
    done
    [ -z "$out" ] || echo "$out"
    apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends $PACKAGES
}
