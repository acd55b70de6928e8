#!/usr/bin/env bash
# Installs the Debian packages of installer/packages.txt that are missing.
# As root it uses apt-get, otherwise sudo when it needs no password; when neither
# works it prints the exact command to run and exits 2.
#
# Usage: installer/install-deps.sh [--check]   (--check: only report, exit 2 if any is missing)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
list="$here/packages.txt"

packages=()
while read -r name _; do
    packages+=("$name")
done < <(sed -e 's/#.*//' "$list" | awk 'NF')

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [[ "$status" == installed ]] || missing+=("$p")
done
# The simulator's fidelity tests are judged by kubectl. Any kubectl on PATH will do
# (a newer one from the Kubernetes project is preferred); Debian's is the fallback.
if ! command -v kubectl >/dev/null 2>&1; then
    missing+=(kubernetes-client)
fi

if ((${#missing[@]} == 0)); then
    exit 0
fi

echo "Missing Debian packages: ${missing[*]}" >&2
if [[ "${1:-}" == --check ]]; then
    exit 2
fi

apt_install() {
    "$@" apt-get update -q
    "$@" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
}

if [[ $(id -u) -eq 0 ]]; then
    apt_install
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    apt_install sudo -n
else
    echo "Cannot install them without a password. Run this, then try again:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 2
fi
