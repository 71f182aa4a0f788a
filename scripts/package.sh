#!/usr/bin/env bash
# Builds Duplex's Debian package and checks it; prints the .deb's path on the last line.
#   scripts/package.sh
# Installs what is missing (the build packages of scripts/deps.sh, CPack's helpers and the
# checkers: lintian, desktop-file-validate, appstreamcli), builds a Release in build-package/
# with Debian's hardening flags, runs cpack -G DEB, then validates the desktop entry and the
# AppStream metadata and runs lintian on the .deb: errors fail, warnings are printed.
# Install it with: sudo apt install ./build-package/duplex_<version>_<arch>.deb
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-package"

"$root/scripts/deps.sh" package

# Debian's compiler and linker flags (stack protector, _FORTIFY_SOURCE, relro, bindnow, PIE),
# on top of the project's own Release flags.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
# (From the source directory: -ffile-prefix-map maps it to ".".)
cxxflags=$(cd "$root" && echo "$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)")
ldflags=$(dpkg-buildflags --get LDFLAGS)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags"
# What the package holds: the program and the compressed manual page and changelog (not the
# tests and the benchmark).
cmake --build "$build" --target duplex duplex_packaging_files

rm -f "$build"/duplex_*.deb
(cd "$build" && cpack -G DEB)
debs=("$build"/duplex_*.deb)
deb=${debs[0]}
[[ -f "$deb" ]] || { echo "package.sh: cpack made no .deb in $build" >&2; exit 1; }

echo
echo "== Package"
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb"

# Built on Qt's private buffers (see server/socketbuffers.h), the program needs exactly the Qt
# it was built with: the package must say so.
version=$("$build/app/duplex" --version)
if grep -q '^Socket buffers: released while idle' <<<"$version"; then
    qt=$(sed -n 's/^Qt \([^ ]*\) .*/\1/p' <<<"$version")
    depends=$(dpkg-deb --field "$deb" Depends)
    if ! grep -Eq "qt6-base(-private)?-abi \(= ${qt//./\\.}\)" <<<"$depends"; then
        echo "package.sh: the .deb does not pin Qt $qt (qt6-base-abi): $depends" >&2
        exit 1
    fi
fi

# The checks read the files as the package has them.
contents="$build/package-contents"
rm -rf "$contents"
dpkg-deb --extract "$deb" "$contents"
echo
echo "== desktop-file-validate"
desktop-file-validate "$contents/usr/share/applications/duplex.desktop"
echo "ok"
echo
echo "== appstreamcli validate"
appstreamcli validate --no-net "$contents"/usr/share/metainfo/*.metainfo.xml
appstreamcli validate-tree --no-net "$contents"
echo
echo "== lintian"
# Exit status 1 on errors (E:); warnings (W:) and notes (I:) are printed only.
lintian --info --display-info --fail-on error "$deb"
echo "ok"
echo
echo "$deb"
