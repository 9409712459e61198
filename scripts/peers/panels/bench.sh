#!/bin/sh
# Times `entente data panel` (release) and the pandas peer on the same panel, then checks values on
# sampled rows. Run from the package root after `swift build -c release --product entente`.
#   scripts/peers/panels/bench.sh [FROM] [TO]
set -eu
FROM=${1:-1816}
TO=${2:-2024}
OUT=${TMPDIR:-/tmp}/entente-panels-bench
mkdir -p "$OUT"
ENTENTE=.build/release/entente
COLS=alliances,disputes,contiguity,distance,capabilities,majors,democracy,rivalries,peace-years
ALL=$COLS,wars,igos,exercises,agreements,affinity,rival-exercises,security-orgs,obligations,regimes,treaty-days
# Build the store first so the timings below do not include it.
"$ENTENTE" data panel --from 2000 --with majors -o "$OUT/warm.csv" >/dev/null 2>&1
echo "== entente, every column"
/usr/bin/time -v "$ENTENTE" data panel --unit dyad-year --from "$FROM" --to "$TO" --with "$ALL" \
  -o "$OUT/entente-all.csv" --codebook "$OUT/codebook.md" 2>&1 | grep -E "Wrote|Elapsed|Maximum resident|note:"
echo "== entente, the peer's columns"
/usr/bin/time -v "$ENTENTE" data panel --unit dyad-year --from "$FROM" --to "$TO" --with "$COLS" \
  -o "$OUT/entente.csv" 2>&1 | grep -E "Wrote|Elapsed|Maximum resident"
echo "== pandas peer"
/usr/bin/time -v python3 scripts/peers/panels/panel_pandas.py --from "$FROM" --to "$TO" --out "$OUT/peer.csv" 2>&1 |
  grep -E "rows=|Elapsed|Maximum resident"
echo "== identity on sampled rows"
python3 scripts/peers/panels/compare.py "$OUT/entente.csv" "$OUT/peer.csv" --sample 100000
