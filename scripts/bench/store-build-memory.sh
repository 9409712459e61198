#!/bin/bash
# Store build: wall, CPU and peak memory of `entente data rebuild` (a binary built from the code
# before a change, and this tree's release build) interleaved with the sqlite3 shell's `.import` of
# the same files (as scripts/bench/sqlite3-shell-import.sh does it), N rounds.
# Each line: who, wall s, user s, sys s, peak RSS KiB (GNU time's %M), 1-minute load average.
#
# usage: BEFORE=/path/to/old/entente scripts/bench/store-build-memory.sh [ROUNDS]
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
runs=${1:-5}
wt=$(cd "$(dirname "$0")/../.." && pwd)
before=${BEFORE:?path of an entente binary built from the code before the change}
after=$wt/.build/release/entente
# Build the shell's import script once, from an Entente-built store (same DDL and indexes).
$after data rebuild --store $work/ref.sqlite > /dev/null
sql=$work/import.sql
data="$wt/Sources/EntenteData/Resources"
mirrors=$(perl -0ne 'while (/MirrorTable\(\s*"([a-z_]+)",\s*"([^"]+)"/g) { print "$1|$2\n" }' "$wt/Sources/EntenteStore/Build/MirrorTable.swift")
: > $work/tables.sql; : > $work/indexes.sql
for pair in $mirrors; do
  t=${pair%%|*}
  sqlite3 $work/ref.sqlite "SELECT sql || ';' FROM sqlite_master WHERE type = 'table' AND name = '$t'" >> $work/tables.sql
  sqlite3 $work/ref.sqlite "SELECT sql || ';' FROM sqlite_master WHERE type = 'index' AND tbl_name = '$t' AND sql IS NOT NULL" >> $work/indexes.sql
done
{ echo "PRAGMA journal_mode = OFF;"; echo "PRAGMA synchronous = OFF;"; echo ".read $work/tables.sql"; echo "BEGIN;"
  for pair in $mirrors; do echo ".import --csv --skip 1 $data/${pair#*|} ${pair%%|*}"; done
  echo ".read $work/indexes.sql"; echo "COMMIT;"; } > $sql
measure() { # label stdin command...
  local label=$1 input=$2; shift 2
  /usr/bin/time -o $work/t.txt -f "%e %U %S %M" "$@" < "$input" > /dev/null 2>$work/err.txt || echo "$label FAILED: $(cat $work/err.txt)"
  echo "$label $(tail -n 1 $work/t.txt) load=$(cut -d' ' -f1 /proc/loadavg)"
}
for i in $(seq 1 "$runs"); do
  measure before /dev/null $before data rebuild --store $work/before.sqlite
  measure after /dev/null $after data rebuild --store $work/after.sqlite
  rm -f $work/shell.sqlite
  measure shell $sql sqlite3 $work/shell.sqlite
done
# The same store either way: every table's rows, in order.
echo "dump sha256 before: $(sqlite3 $work/before.sqlite .dump | sha256sum | cut -c1-16)  after: $(sqlite3 $work/after.sqlite .dump | sha256sum | cut -c1-16)"
