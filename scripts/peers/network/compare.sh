#!/usr/bin/env bash
# Side-by-side timing of Entente and networkx on the peer graph, same machine, same session.
#
#   scripts/peers/network/compare.sh [PEERS_DIR]
#
# Runs the peer script (networkx_metrics.py --full) and networkx_cpu_time.py (the same computations,
# timed in process CPU seconds) on graph_n2000_m10000.csv, then the NetworkBenchmarks target of the
# side package Benchmarks/ (ordo-one package-benchmark), which first checks betweenness and
# eigenvector against the committed networkx reference values (to 1e-9) and Louvain's modularity,
# then reports wall-clock and CPU time per measure. Ratios: networkx seconds / Entente p50.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
PEERS="${1:-/work/shared/peers}"
GRAPH="$ROOT/Tests/EntenteNetworkTests/Fixtures/graphs/graph_n2000_m10000.csv"
OUT="$(mktemp -d)"
echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -f "$PEERS/graph_n2000_m10000.csv" ] && ! cmp -s "$PEERS/graph_n2000_m10000.csv" "$GRAPH"; then
    echo "warning: $PEERS/graph_n2000_m10000.csv differs from the test fixture the benchmark reads" >&2
fi
python3 "$PEERS/networkx_metrics.py" "$GRAPH" --full > "$OUT/networkx.json"
python3 "$ROOT/scripts/peers/network/networkx_cpu_time.py" "$GRAPH" > "$OUT/networkx_cpu.json"
echo "networkx wall seconds: $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["wall_seconds"])' "$OUT/networkx.json")"
echo "networkx CPU seconds:  $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["cpu_seconds"])' "$OUT/networkx_cpu.json")"
(cd "$ROOT/Benchmarks" && ENTENTE_ROOT="$ROOT" swift package benchmark --target NetworkBenchmarks)
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
