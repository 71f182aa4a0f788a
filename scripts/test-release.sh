#!/usr/bin/env bash
# Runs Duplex's own commands in a fresh clone of this repository's HEAD inside a minimal Debian
# system of another release, as a new user of that release would: CI runs the test suite on
# Debian 13 this way while the machine itself is Debian 12.
#   scripts/test-release.sh trixie            scripts/test.sh in the clone (what CI runs)
#   scripts/test-release.sh trixie package    scripts/package.sh in the clone, then the .deb
#                                             installed in a fresh system of the same release
#                                             and asked `duplex --version`; the .deb is copied
#                                             to build-package-trixie/
#   scripts/test-release.sh trixie -- CMD...  any command in the clone, e.g.
#                                             -- bench/run.sh, or -- xvfb-run -a scripts/run.sh
#   scripts/test-release.sh trixie shell      an interactive shell there
#
# Needs root (or sudo). The release's system is made once with `debootstrap --variant=minbase`
# (git added, nothing else) and kept under $DUPLEX_RELEASE_CACHE
# (/var/cache/duplex/releases): base/ as debootstrap left it, system/ a copy where the scripts
# install what they need, so later runs only build and test. Delete the folder to start over.
# Everything runs in a mount and PID namespace of its own: the system's mounts go away and
# every process left inside is killed when the command ends, however it ends.
# Only committed work is tested (the clone is of HEAD). DUPLEX_MIRROR picks the Debian mirror.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
arguments=("$@")

usage() {
    echo "usage: $0 RELEASE [test | package | shell | -- COMMAND...]   (RELEASE: bookworm, trixie...)" >&2
    exit 2
}
[[ $# -ge 1 && "$1" =~ ^[a-z]+$ ]] || usage
release=$1
shift
mode=test
if [[ $# -gt 0 ]]; then
    case "$1" in
        test | package | shell) mode=$1; shift; [[ $# -eq 0 ]] || usage ;;
        --) mode=command; shift; [[ $# -gt 0 ]] || usage ;;
        *) usage ;;
    esac
fi

if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "test-release.sh: run as root or install sudo" >&2; exit 1; }
    exec sudo --preserve-env=CI,DUPLEX_RELEASE_CACHE,DUPLEX_MIRROR "$0" "${arguments[@]}"
fi

"$root/scripts/deps.sh" release
cache=${DUPLEX_RELEASE_CACHE:-/var/cache/duplex/releases}/$release
mkdir -p "$cache"
say() { echo "== test-release.sh $release: $*"; }
# One run per release at a time: they share the system and its clone.
exec 9>"$cache/.lock"
flock -n 9 || { echo "test-release.sh: another run for $release is under way" >&2; exit 1; }
# Deletes a system folder, never one with anything mounted below it (a bound /dev...).
remove_system() {
    if [[ -e "$1" ]] && findmnt -rn -o TARGET | grep -q "^$(realpath "$1")/"; then
        echo "test-release.sh: something is mounted under $1; not deleting it" >&2
        exit 1
    fi
    rm -rf "$1"
}

# base/: debootstrap's system, made in a scratch folder so that an interrupted run leaves no
# half-made one behind.
if [[ ! -e "$cache/base/.duplex-complete" ]]; then
    say "making a minimal Debian system (debootstrap) in $cache/base"
    remove_system "$cache/base"
    remove_system "$cache/base.new"
    debootstrap --variant=minbase --include=git "$release" "$cache/base.new" \
        ${DUPLEX_MIRROR:+"$DUPLEX_MIRROR"}
    rm -f "$cache/base.new"/var/cache/apt/archives/*.deb
    touch "$cache/base.new/.duplex-complete"
    mv "$cache/base.new" "$cache/base"
    remove_system "$cache/system"
fi
# Makes $1 a copy of base/.
fresh_system() {
    remove_system "$1"
    cp -a "$cache/base" "$1"
    rm -f "$1/.duplex-complete"
}
if [[ ! -e "$cache/system/.duplex-complete" ]]; then
    say "copying the base system to $cache/system"
    fresh_system "$cache/system.new"
    touch "$cache/system.new/.duplex-complete"
    mv "$cache/system.new" "$cache/system"
fi

# Runs "$2..." as root inside the system at $1, in a clean environment, with /proc, /sys, /dev
# and a fresh /dev/shm mounted; in namespaces of its own (see above), so nothing outlives it.
in_system() {
    local system=$1
    shift
    cp -L /etc/resolv.conf "$system/etc/resolv.conf"
    [[ -s "$system/etc/hosts" ]] || cp /etc/hosts "$system/etc/hosts"
    unshare --mount --pid --fork --kill-child --propagation private -- bash -euo pipefail -c '
        system=$1
        shift
        mount -t proc proc "$system/proc"
        mount -t sysfs sysfs "$system/sys"
        mount --bind /dev "$system/dev"
        mount --bind /dev/pts "$system/dev/pts"
        mount -t tmpfs -o mode=1777 shm "$system/dev/shm"
        # On the way out, even when the command failed: whatever it left running (an X server,
        # a server under test...) is killed, then the system unmounted. This shell is the PID
        # namespace'"'"'s first process, so -1 reaches only the processes inside it.
        cleanup() {
            if [[ $$ -eq 1 ]]; then kill -KILL -1 2>/dev/null || true; fi
            local mount tries
            for mount in dev/shm dev/pts dev sys proc; do
                for tries in {1..50}; do # the killed may take a moment to let go of /dev
                    umount "$system/$mount" 2>/dev/null && break
                    sleep 0.1
                done
            done
        }
        trap cleanup EXIT
        chroot "$system" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" \
            PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
            CI="${CI:-}" DEBIAN_FRONTEND=noninteractive "$@"
    ' bash "$system" "$@"
}

# The clone: HEAD, as a new user would have it. Anything uncommitted is not part of it.
if [[ -n "$(git -C "$root" status --porcelain --untracked-files=no)" ]]; then
    say "note: uncommitted changes in $root are not tested (the clone is of HEAD)"
fi
clone=/build/duplex
rm -rf "$cache/system$clone"
mkdir -p "$cache/system/build"
git clone --quiet --no-local "$root" "$cache/system$clone"
say "$(git -C "$cache/system$clone" log -1 --format='%h %s') in $(sed -n 's/^PRETTY_NAME=//p' "$cache/system/etc/os-release")"

case "$mode" in
    test) in_system "$cache/system" bash -c "cd $clone && scripts/test.sh" ;;
    shell) in_system "$cache/system" bash -c "cd $clone && exec bash -i" ;;
    command) in_system "$cache/system" bash -c "cd $clone && exec \"\$@\"" bash "$@" ;;
    package)
        in_system "$cache/system" bash -c "cd $clone && scripts/package.sh"
        debs=("$cache/system$clone"/build-package/duplex_*.deb)
        [[ -f "${debs[0]}" ]] || { echo "test-release.sh: no .deb was made" >&2; exit 1; }
        out="$root/build-package-$release"
        mkdir -p "$out"
        cp "${debs[0]}" "$out/"
        say "installing $(basename "${debs[0]}") in a fresh $release system"
        installed="$cache/install-check"
        fresh_system "$installed"
        trap 'remove_system "$installed"' EXIT
        cp "${debs[0]}" "$installed/tmp/"
        in_system "$installed" bash -c '
            apt-get update -qq
            apt-get install -y -qq --no-install-recommends "/tmp/$1" >/dev/null
            echo "\$ duplex --version"
            duplex --version
            # What Qt loads at run time, which dpkg-shlibdeps cannot see: the window'"'"'s icons.
            ls /usr/lib/*/qt6/plugins/iconengines/libqsvgicon.so' bash "$(basename "${debs[0]}")"
        say "package: $out/$(basename "${debs[0]}")"
        ;;
esac
