#!/usr/bin/env bash
# Generate Tests/EntenteSimTests/Fixtures/norms_reference.csv from the C reference loop
# (peers/norms_reference.c, outside this repository: pass its folder as PEERS, default ../shared/peers).
# Each row: game, agents, generations, seed, final mean boldness and vengefulness as printed by the C program.
# Entente's NormsGame consumes random numbers in the same order, so its trajectory must match exactly.
set -euo pipefail
PEERS=${PEERS:-../shared/peers}
OUT=${1:-Tests/EntenteSimTests/Fixtures/norms_reference.csv}
BIN=$(mktemp -d)/norms
gcc -O2 "$PEERS/norms_reference.c" -lm -o "$BIN"
echo "game,agents,generations,seed,mean_boldness,mean_vengefulness" > "$OUT"
for game in norms meta; do
  for gens in 1 10 100 1000; do
    for seed in 1 2 3 7 42; do
      json=$("$BIN" "$gens" "$seed" "$([ $game = meta ] && echo meta || echo no)" 20)
      b=$(echo "$json" | sed -E 's/.*"mean_boldness":([0-9.]+).*/\1/')
      v=$(echo "$json" | sed -E 's/.*"mean_vengefulness":([0-9.]+).*/\1/')
      echo "$([ $game = meta ] && echo metanorms || echo norms),20,$gens,$seed,$b,$v" >> "$OUT"
    done
  done
done
