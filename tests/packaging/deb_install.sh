#!/usr/bin/env bash
# Builds the .deb with CPack from the build tree and runs the packaged binary.
#
# As root the package is installed with dpkg (which checks its Depends against the
# system) and /usr/bin/gatehouse is run, then the package is removed again unless
# it was installed before. As an ordinary user the package is extracted with
# dpkg-deb and the extracted binary is run. Either way the binary comes from the .deb.
#
# Usage: deb_install.sh CPACK BUILD_DIR VERSION APP_ID
set -euo pipefail

cpack=$1
build_dir=$2
version=$3
app_id=$4

work=$(mktemp -d)
installed_by_us=0
cleanup() {
    if ((installed_by_us)); then
        dpkg -r gatehouse >/dev/null || echo "warning: could not remove the gatehouse package" >&2
    fi
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

"$cpack" --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; }
debs=("$work"/out/gatehouse_*.deb)
[[ -f "${debs[0]}" ]] || { cat "$work/cpack.log" >&2; fail "cpack produced no gatehouse_*.deb"; }
deb=${debs[0]}
echo "built $(basename "$deb")"

field() { dpkg-deb -f "$deb" "$1"; }
[[ "$(field Package)" == gatehouse ]] || fail "Package is '$(field Package)'"
[[ "$(field Version)" == "$version"* ]] || fail "Version '$(field Version)' does not start with $version"
depends=$(field Depends)
echo "Depends: $depends"
for needed in postgresql libqt6widgets6 libpqxx; do
    [[ "$depends" == *"$needed"* ]] || fail "Depends lacks $needed"
done

contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/gatehouse \
    "./usr/share/applications/$app_id.desktop" \
    "./usr/share/metainfo/$app_id.metainfo.xml" \
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg"; do
    grep -qF " $path" <<<"$contents" || fail "the package lacks $path"
done

if [[ $(id -u) -eq 0 ]]; then
    if dpkg-query -W -f='${db:Status-Status}' gatehouse 2>/dev/null | grep -qx installed; then
        echo "note: gatehouse was already installed; it is upgraded in place and kept"
    else
        installed_by_us=1
    fi
    dpkg -i "$deb" || fail "dpkg -i failed (are all Depends installed? see installer/packages.txt)"
    binary=/usr/bin/gatehouse
else
    dpkg-deb -x "$deb" "$work/root"
    binary="$work/root/usr/bin/gatehouse"
fi

# Headless, as in a terminal without a desktop session.
output=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$binary" --version 2>&1) || fail "$binary --version exited with $?: $output"
echo "$binary --version: $output"
grep -qF "$version" <<<"$output" || fail "'$output' does not name version $version"
