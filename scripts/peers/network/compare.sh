#!/usr/bin/env bash
# Side-by-side timing of Entente and networkx on the same edge list, same machine, same session.
#
#   scripts/peers/network/compare.sh [GRAPH.csv] [PEERS_DIR]
#
# Runs the peer script (networkx_metrics.py --full, so every node's value can be checked) and
# networkx_cpu_time.py (the same computations, timed in process CPU seconds), then
# `entente network bench --peer` from a release build, which checks betweenness and eigenvector
# against networkx to 1e-9, reports Louvain modularity of both, and prints the time ratios.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
PEERS="${2:-/work/shared/peers}"
GRAPH="${1:-$PEERS/graph_n2000_m10000.csv}"
OUT="$(mktemp -d)"
echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$PEERS/networkx_metrics.py" "$GRAPH" --full > "$OUT/networkx.json"
python3 "$ROOT/scripts/peers/network/networkx_cpu_time.py" "$GRAPH" > "$OUT/networkx_cpu.json"
(cd "$ROOT" && swift build -c release --product entente >/dev/null)
"$ROOT/.build/release/entente" network bench --edges "$GRAPH" --peer "$OUT/networkx.json" --cpu-peer "$OUT/networkx_cpu.json" --repeat 7
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
