#!/usr/bin/env bash
# Installs what is missing, builds Duplex and its tests, and runs the whole suite with ctest.
#   scripts/test.sh              the suite (build/, Release)
#   scripts/test.sh --sanitize   the same suite built with ASan and UBSan (build-sanitize/)
# Further arguments go to ctest, e.g. scripts/test.sh -R tst_limits
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build"
options=(-DCMAKE_BUILD_TYPE=Release)
if [[ "${1:-}" == "--sanitize" ]]; then
    shift
    build="$root/build-sanitize"
    options=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DDUPLEX_SANITIZE=ON)
    # Any report fails the test that caused it; leaks inside system libraries are not ours.
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    export LSAN_OPTIONS="suppressions=$root/scripts/lsan.supp:print_suppressions=0"
fi
"$root/scripts/deps.sh" test
cmake -S "$root" -B "$build" -G Ninja "${options[@]}"
cmake --build "$build"
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" "$@"
