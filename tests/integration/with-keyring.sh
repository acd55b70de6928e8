#!/bin/sh
# Runs a command with its own session bus and a private, unlocked GNOME keyring:
#   sh with-keyring.sh COMMAND [ARG...]
set -eu
K=$(mktemp -d "${TMPDIR:-/tmp}/gatehouse-keyring.XXXXXX")
trap 'rm -rf "$K"' EXIT
trap 'exit 130' INT TERM
mkdir -p "$K/.local/share" "$K/run" "$K/.cache" "$K/.config"
chmod 700 "$K/run"
export HOME="$K" XDG_DATA_HOME="$K/.local/share" XDG_RUNTIME_DIR="$K/run" \
       XDG_CACHE_HOME="$K/.cache" XDG_CONFIG_HOME="$K/.config"
# The newline is the (empty) password that creates and unlocks the "login" keyring.
# The daemon ends with the session bus, before the folder is removed.
dbus-run-session -- sh -c '
    eval "$(printf "\n" | gnome-keyring-daemon --unlock --components=secrets)"
    GATEHOUSE_TEST_KEYRING=1 exec "$@"' sh "$@"
