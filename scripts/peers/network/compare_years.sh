#!/usr/bin/env bash
# Every measure for every year FROM–TO on the exercise and alliance layers: Entente vs networkx.
#
#   scripts/peers/network/compare_years.sh [FROM] [TO] [--store PATH]
#
# Exports each year's layers as edge lists from a release build (`entente network bench
# --edges-out`), times networkx on them (networkx_years.py, process CPU seconds), then times
# Entente on the same graphs and prints the CPU-time ratio.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
FROM="${1:-1980}"
TO="${2:-2010}"
shift $(( $# > 2 ? 2 : $# ))
OUT="$(mktemp -d)"
echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
(cd "$ROOT" && swift build -c release --product entente >/dev/null)
ENTENTE="$ROOT/.build/release/entente"
"$ENTENTE" network bench --from "$FROM" --to "$TO" --edges-out "$OUT/years" --repeat 1 "$@" >/dev/null
python3 "$ROOT/scripts/peers/network/networkx_years.py" "$OUT/years" > "$OUT/nx_years.json"
"$ENTENTE" network bench --from "$FROM" --to "$TO" --years-peer "$OUT/nx_years.json" --repeat 5 "$@"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
