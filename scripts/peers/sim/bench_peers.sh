#!/usr/bin/env bash
# Side-by-side benchmark of Entente's simulation engine and its peers, on the same machine, in the same
# session so that background load hits both alike. Writes one JSON line per peer measurement to OUT and
# the ordo-one suite's table for Entente's side (Benchmarks/, target SimBenchmarks, the "Peer:"
# workloads) to OUT with the suffix .entente.txt.
#
#   PEERS=../shared/peers PY=/path/to/venv/bin/python scripts/peers/sim/bench_peers.sh [OUT] [ROUNDS]
#
# Needs: gcc; the Benchmarks side package (jemalloc for its malloc counters); a Python 3.12 venv with
# `mesa` and `axelrod` (pip install mesa axelrod; neither is an Entente dependency).
set -euo pipefail
PEERS=${PEERS:-../shared/peers}
PY=${PY:-python3}
OUT=${1:-/tmp/entente-sim-bench.jsonl}
ROUNDS=${2:-5}
ENTENTE_OUT="$OUT.entente.txt"
# Entente's workloads, run by the benchmark suite (they left the shipped CLI with `entente sim bench`).
entente_suite() {
  # --filter is a regular expression matched against the whole benchmark name.
  (cd Benchmarks && swift package benchmark --target SimBenchmarks --filter "$1") >> "$ENTENTE_OUT"
}
TMP=$(mktemp -d)
gcc -O2 "$PEERS/norms_reference.c" -lm -o "$TMP/norms"
gcc -O2 "$PEERS/ipd_reference.c" -o "$TMP/ipd"
: > "$OUT"
: > "$ENTENTE_OUT"
echo "machine: $(nproc) cores, $(uname -srm), load $(cut -d' ' -f1-3 /proc/loadavg)" >&2

# Norms and metanorms: 20 agents, 10,000 generations, seeds 1..5; Entente and the C loop interleaved by round.
for round in $(seq 1 "$ROUNDS"); do
  for game in norms metanorms; do
    for seed in 1 2 3 4 5; do
      c=$("$TMP/norms" 10000 "$seed" "$([ $game = metanorms ] && echo meta || echo no)")
      echo "{\"tool\":\"c\",\"round\":$round,\"seed\":$seed,\"result\":$c}" >> "$OUT"
    done
  done
  entente_suite "Peer: (Norms|Metanorms) game, 20 agents.*"
done

# Mesa: fewer runs (seconds each).
for game in norms metanorms; do
  for seed in 1 2 3; do
    m=$("$PY" "$PEERS/mesa_norms.py" --generations 10000 --seed "$seed" $([ $game = metanorms ] && echo --metanorms) --no-series | tr -d '\n ')
    echo "{\"tool\":\"mesa\",\"game\":\"$game\",\"seed\":$seed,\"result\":$m}" >> "$OUT"
  done
done

# IPD: 8 deterministic strategies, 200 turns, 500 repetitions, every match played.
for round in $(seq 1 "$ROUNDS"); do
  c=$("$TMP/ipd" 200 500 | tail -1 | awk '{print $2}')
  echo "{\"tool\":\"c-ipd\",\"round\":$round,\"seconds\":$c}" >> "$OUT"
done
entente_suite "Peer: IPD round robin.*"
for round in 1 2; do
  a=$("$PY" "$PEERS/axelrod_tournament.py" --turns 200 --repetitions 500 | tr -d '\n ')
  echo "{\"tool\":\"axelrod\",\"round\":$round,\"result\":$a}" >> "$OUT"
done

# Replicate scaling (8 norms replicates of 10,000 generations on 1 and 2 threads) and a 10,000-agent
# norms game (time per generation and peak memory): Entente only, plus the C loop at 10,000 agents.
entente_suite "Peer: (Ensemble|Norms game, 10,000 agents).*"
c=$("$TMP/norms" 3 1 no 10000)
echo "{\"tool\":\"c-10k\",\"result\":$c}" >> "$OUT"
echo "done" >&2
