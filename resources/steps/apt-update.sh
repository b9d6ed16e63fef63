# The package lists, refreshed when older than a day.
check() {
    [ -n "$(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages' -newermt '-1 day' 2>/dev/null | head -n 1)" ]
}
change() {
    apt-get -o DPkg::Lock::Timeout=300 update -q
}
