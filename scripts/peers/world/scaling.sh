#!/bin/bash
# The world model's scaling table (docs/model.md §10, docs/benchmarks/sim.md): builds the release
# EntenteSim module and a small driver over it, then runs the synthetic world at several sizes under
# /usr/bin/time -v (CPU time and peak memory). Usage: scripts/peers/world/scaling.sh [OUT.txt]
set -euo pipefail
cd "$(dirname "$0")/../../.."
OUT=${1:-/tmp/world-scaling.txt}
swift build -c release --target EntenteSim >/dev/null
B=.build/x86_64-unknown-linux-gnu/release
# Object files of the modules the driver needs (some names contain spaces).
mapfile -d '' OBJECTS < <(find "$B/EntenteSim.build" "$B/EntenteLaw.build" "$B/EntenteCore.build" "$B/Yams.build" \
    "$B/CYaml.build" "$B/HeapModule.build" "$B/DequeModule.build" "$B/InternalCollectionsUtilities.build" \
    "$B/RealModule.build" -name '*.o' -print0)
swiftc -O -I "$B/Modules" \
    -Xcc -fmodule-map-file=.build/checkouts/Yams/Sources/CYaml/include/module.modulemap \
    -Xcc -fmodule-map-file=.build/checkouts/swift-numerics/Sources/_NumericsShims/include/module.modulemap \
    scripts/peers/world/sim_scaling_driver.swift "${OBJECTS[@]}" -o "$B/sim_scaling_driver"
: >"$OUT"
run() { # states replicates [months threads]
    /usr/bin/time -v "$B/sim_scaling_driver" "$@" 2>/tmp/world-scaling-time.txt >>"$OUT"
    grep -E "User time|System time|Elapsed|Maximum resident" /tmp/world-scaling-time.txt | tr '\n' ' ' >>"$OUT"
    echo >>"$OUT"
}
for states in 50 100 200 400; do run "$states" 20; done
for replicates in 100 250 1000; do run 200 "$replicates"; done
run 200 20 600 1
cat "$OUT"
