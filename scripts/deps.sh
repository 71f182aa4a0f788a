#!/usr/bin/env bash
# Installs the Debian packages Duplex needs that are missing (sudo when not root), on Debian 12
# (bookworm, Qt 6.4.2; Ubuntu 24.04 has the same Qt) or Debian 13 (trixie, Qt 6.8.2): the
# package names are the same on both.
#   scripts/deps.sh build   compiler, CMake and Qt 6 development packages
#   scripts/deps.sh run     build + what the window needs at run time
#   scripts/deps.sh test    run + the real peers the tests use (Python client, Tornado,
#                           Node.js ws, Chromium, nginx...)
#   scripts/deps.sh package build + what makes and checks the .deb (dpkg-shlibdeps, lintian...)
#   scripts/deps.sh release what scripts/test-release.sh needs (debootstrap)
set -euo pipefail

build=(cmake ninja-build g++ pkg-config libssl-dev
       qt6-base-dev qt6-base-private-dev qt6-base-dev-tools qt6-websockets-dev
       qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev)
run=(qt6-qpa-plugins libqt6svg6 qt6-translations-l10n fonts-dejavu-core)
# Wanted where the release has them: Debian 13 moved Qt's SVG icon engine and image plugin
# (the window's icons) out of libqt6svg6 into qt6-svg-plugins; Debian 12 has no such package.
run_where_known=(qt6-svg-plugins)
# nodejs and node-ws: tests/interop/ws_server.js, a Node.js peer on Debian's `ws` module. Where
# a nodejs package is already installed (NodeSource's, as on the project's machines), it is kept:
# node-ws depends on nodejs:any, which that one satisfies, and the script finds ws by its path.
test=(python3 python3-websocket python3-tornado nodejs node-ws chromium nginx-light curl openssl
      xvfb xauth x11-utils imagemagick desktop-file-utils appstream)
# dpkg-dev (dpkg-shlibdeps, dpkg-buildflags) and file are what CPack's DEB generator runs.
package=(dpkg-dev file lintian desktop-file-utils appstream)
# What scripts/test-release.sh needs to make and enter another release's system.
release=(debootstrap git util-linux)

where_known=()
case "${1:-build}" in
    build) wanted=("${build[@]}") ;;
    run) wanted=("${build[@]}" "${run[@]}"); where_known=("${run_where_known[@]}") ;;
    test) wanted=("${build[@]}" "${run[@]}" "${test[@]}"); where_known=("${run_where_known[@]}") ;;
    package) wanted=("${build[@]}" "${package[@]}") ;;
    release) wanted=("${release[@]}") ;;
    *) echo "usage: $0 build|run|test|package|release" >&2; exit 2 ;;
esac

installed() {
    [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]
}
# The packages of $where_known that the package lists know and that are not installed.
missing_where_known() {
    local package
    for package in ${where_known[@]+"${where_known[@]}"}; do
        installed "$package" || ! apt-cache show "$package" >/dev/null 2>&1 || echo "$package"
    done
}
missing=()
for package in "${wanted[@]}"; do
    installed "$package" || missing+=("$package")
done
for package in $(missing_where_known); do
    missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if ! command -v apt-get >/dev/null; then
    echo "deps.sh: apt-get not found; Duplex's scripts expect Debian 12 or 13. Missing: ${missing[*]}" >&2
    exit 1
fi
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "deps.sh: run as root or install sudo" >&2; exit 1; }
    sudo=(sudo)
fi
"${sudo[@]}" apt-get update
# Fresh package lists may know more of them (a system whose lists were empty).
for package in $(missing_where_known); do
    [[ " ${missing[*]} " == *" $package "* ]] || missing+=("$package")
done
echo "Installing: ${missing[*]}"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}"
