#!/usr/bin/env bash
# Installs what is missing, builds Duplex and its tests, and runs the whole suite with ctest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh" test
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build "$root/build"
ctest --test-dir "$root/build" --output-on-failure --parallel "$(nproc)" "$@"
