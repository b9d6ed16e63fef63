# Debian's package manager is there.
command -v apt-get && command -v dpkg
