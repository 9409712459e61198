#!/bin/bash
# End-to-end network commands, release builds of two trees interleaved: CPU milliseconds per run
# (perf stat's task-clock: GNU time's 10 ms steps are too coarse for 50 ms commands) and the
# 1-minute load. Issue 15's target: every figure within 1.2× of the code before it.
#
# usage: BEFORE=/path/to/old/entente AFTER=/path/to/new/entente scripts/bench/network-before-after.sh [ROUNDS]
set -u
before=${BEFORE:?entente binary built from the code before the change}
after=${AFTER:?entente binary built from this tree}
rounds=${1:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
peer_graph=${PEER_GRAPH:-$(cd "$(dirname "$0")/../.." && pwd)/../shared/peers/graph_n2000_m10000.csv}
"$before" data rebuild --store "$work/before.sqlite" > /dev/null
"$after" data rebuild --store "$work/after.sqlite" > /dev/null
commands=(
  "network measures --edges $peer_graph"
  "network measures --year 2010"
  "network profile IDN --from 2000 --to 2010"
  "network index --year 2010 --region asia --samples 200"
  "network blocs --year 1985"
)
for i in $(seq 1 "$rounds"); do
  for c in "${commands[@]}"; do
    for who in before after; do
      bin=$before; [ $who = after ] && bin=$after
      # shellcheck disable=SC2086
      perf stat -x, -e task-clock -o "$work/t" "$bin" $c --store "$work/$who.sqlite" > /dev/null 2> "$work/err" \
        || { echo "$who FAILED: $c: $(tail -2 "$work/err")"; continue; }
      echo "$who|$c|$(grep task-clock "$work/t" | cut -d, -f1)|$(cut -d' ' -f1 /proc/loadavg)"
    done
  done
done
