#!/usr/bin/env bash
# Installs what is missing, builds Duplex (Release) and launches it; arguments go to duplex.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh" run
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build "$root/build" --target duplex
exec "$root/build/app/duplex" "$@"
