# Upgrades what is installed (an option of the profile). A failed simulation is not
# "nothing to upgrade".
check() {
    simulated=$(apt-get -s -o Debug::NoLocking=1 upgrade) || return 1
    ! printf '%s\n' "$simulated" | grep -q '^Inst '
}
change() {
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 upgrade -y -q
}
