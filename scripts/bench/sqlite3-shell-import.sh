#!/usr/bin/env bash
# The peer for the store-build benchmark: the sqlite3 shell's own C importer (.import) loading the
# same bundled CSV files into the same tables (DDL taken from a store Entente built), with the same
# pragmas, then creating the same indexes. The shell does less than Entente: it checks no types or
# dates and derives nothing (states, memberships, activities), so the ratio favours the shell.
#
# usage: scripts/bench/sqlite3-shell-import.sh ENTENTE_STORE.sqlite [RUNS]
set -euo pipefail
reference=${1:?path of a store built by entente data rebuild}
runs=${2:-5}
root=$(cd "$(dirname "$0")/../.." && pwd)
data="$root/Sources/EntenteData/Resources"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# table|file pairs: every table Entente mirrors from a bundled file (Sources/EntenteStore/Build/MirrorTable.swift).
mirrors=$(perl -0ne 'while (/MirrorTable\(\s*"([a-z_]+)",\s*"([^"]+)"/g) { print "$1|$2\n" }' \
  "$root/Sources/EntenteStore/Build/MirrorTable.swift")
[ "$(echo "$mirrors" | wc -l)" -ge 30 ] || { echo "could not read the mirror tables from MirrorTable.swift" >&2; exit 1; }

tables_sql="$work/tables.sql"; indexes_sql="$work/indexes.sql"; import_sql="$work/import.sql"
: > "$tables_sql"; : > "$indexes_sql"
for pair in $mirrors; do
  table=${pair%%|*}
  sqlite3 "$reference" "SELECT sql || ';' FROM sqlite_master WHERE type = 'table' AND name = '$table'" >> "$tables_sql"
  sqlite3 "$reference" "SELECT sql || ';' FROM sqlite_master WHERE type = 'index' AND tbl_name = '$table' AND sql IS NOT NULL" >> "$indexes_sql"
done
{
  echo "PRAGMA journal_mode = OFF;"
  echo "PRAGMA synchronous = OFF;"
  echo ".read $tables_sql"
  echo "BEGIN;"
  for pair in $mirrors; do
    echo ".import --csv --skip 1 $data/${pair#*|} ${pair%%|*}"
  done
  echo ".read $indexes_sql"
  echo "COMMIT;"
} > "$import_sql"

for run in $(seq 1 "$runs"); do
  rm -f "$work/shell.sqlite"
  times=$( { /usr/bin/time -f "%e %U %S" sqlite3 "$work/shell.sqlite" < "$import_sql" > /dev/null; } 2>&1 | tail -n 1)
  rows=$(for pair in $mirrors; do sqlite3 "$work/shell.sqlite" "SELECT COUNT(*) FROM ${pair%%|*}"; done | paste -sd+ | bc)
  read -r wall user sys <<< "$times"
  printf 'sqlite3 .import run %d: wall %s s, cpu %s+%s s (%d rows)\n' "$run" "$wall" "$user" "$sys" "$rows"
done
