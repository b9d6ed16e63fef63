# DEB_URL: the upstream wkhtmltox .deb the profile names. ${db:Status-Status} is
# dpkg-query's format, not the shell's.
# shellcheck disable=SC2016
check() {
    dpkg-query -W -f='${db:Status-Status}' wkhtmltox 2>/dev/null | grep -qx installed
}
change() {
    deb=$(mktemp --suffix=.deb)
    trap 'rm -f "$deb"' EXIT
    curl -fsSL --retry 3 -o "$deb" -- "$DEB_URL"
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -q "$deb"
}
