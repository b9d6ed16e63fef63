# Run as root (through sudo for another login): proves the login can act as root.
test "$(id -u)" = 0 && echo "root access: yes"
