#!/usr/bin/env bash
# Every measure for every year FROM–TO on the exercise and alliance layers: Entente vs networkx.
#
#   scripts/peers/network/compare_years.sh [FROM] [TO] [--store PATH]
#
# Exports each year's layers as edge lists with a release build (`entente network export --format
# csv`), times networkx on them (networkx_years.py, process CPU seconds), then times Entente on the
# same files with the NetworkBenchmarks target of the side package Benchmarks/
# (ENTENTE_NETWORK_YEARS=DIR adds the "all measures, N year-layer graphs" benchmark). Both sides
# read the files undirected, summing the two directions of an alliance tie; a layer without ties
# in a year is left out of both.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
FROM="${1:-1980}"
TO="${2:-2010}"
shift $(( $# > 2 ? 2 : $# ))
OUT="$(mktemp -d)"
mkdir -p "$OUT/years"
echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
(cd "$ROOT" && swift build -c release --product entente >/dev/null)
ENTENTE="$ROOT/.build/release/entente"
for year in $(seq "$FROM" "$TO"); do
    for layer in exercise alliance; do
        file="$OUT/years/${layer}_${year}.csv"
        "$ENTENTE" network export --year "$year" --layer "$layer" --format csv -o "$file" "$@"
        # A header alone: no ties that year.
        if [ "$(wc -l < "$file")" -le 1 ]; then rm "$file"; fi
    done
done
python3 "$ROOT/scripts/peers/network/networkx_years.py" "$OUT/years" > "$OUT/nx_years.json"
echo "networkx CPU seconds, every measure on every file: $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["cpu_seconds"]["all_measures"])' "$OUT/nx_years.json")"
(cd "$ROOT/Benchmarks" && ENTENTE_ROOT="$ROOT" ENTENTE_NETWORK_YEARS="$OUT/years" \
    swift package benchmark --target NetworkBenchmarks --filter "all measures, .* year-layer graphs.*")
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
