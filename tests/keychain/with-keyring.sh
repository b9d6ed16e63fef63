#!/bin/sh
# Runs a test under a private D-Bus session with an unlocked gnome-keyring (the
# Secret Service), both started here and gone when the session ends.
set -eu
exec dbus-run-session -- sh -c 'printf %s throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' sh "$@"
