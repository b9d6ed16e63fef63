# Read-only: what the server is, as key=value lines (HostProbe parses them). Only
# POSIX sh, awk and /proc: it must work on a minimal server before anything is
# installed; ports come from /proc/net/tcp*, so neither ss nor netstat is needed.
# ODOO_BIN: where an existing Odoo of this profile would be.
PATH="$PATH:/usr/sbin:/sbin"
# shellcheck disable=SC1091 # the server's own file
if [ -r /etc/os-release ]; then . /etc/os-release; fi
echo "os.id=${ID:-}"
echo "os.version=${VERSION_ID:-}"
echo "os.name=${PRETTY_NAME:-}"
if [ -d /run/systemd/system ]; then echo init=systemd; else echo init=sysvinit; fi
echo "cpus=$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN)"
echo "mem.kb=$(awk '/^MemTotal:/ {print $2}' /proc/meminfo)"
echo "disk.free.kb=$(df -Pk / | awk 'NR == 2 {print $4}')"
echo "python=$(python3 -c 'import platform; print(platform.python_version())' 2>/dev/null)"
versions=
for dir in /usr/lib/postgresql/*; do
    if [ -d "$dir" ]; then versions="$versions${dir##*/} "; fi
done
echo "postgresql=$versions"
echo "nginx=$(nginx -v 2>&1 | sed -n 's|.*nginx/\([0-9.]*\).*|\1|p')"
if [ -e "$ODOO_BIN" ]; then echo odoo=yes; else echo odoo=no; fi
ports=$(awk 'NR > 1 && $4 == "0A" {split($2, a, ":"); print a[2]}' /proc/net/tcp /proc/net/tcp6 2>/dev/null | sort -u |
    while read -r hex; do printf ' %d' "0x$hex"; done)
echo "listening=$ports"
