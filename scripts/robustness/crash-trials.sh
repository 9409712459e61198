#!/usr/bin/env bash
# Crash trials (issue 14): kill `entente data import` and `entente data rebuild` with SIGKILL at
# random moments and check that the store survives every kill whole.
#
# For each trial the script copies a freshly built store into a scratch folder, starts the command
# on it, waits a random delay drawn from a seeded generator between 0 and the measured length of
# one complete run, and kills the process with SIGKILL (if it has not finished). It then checks
# that
#   1. the store's content — the reference file and the user file beside it, each with its
#      write-ahead log, as SQLite recovers them — is exactly the content before the command or
#      exactly the content after a complete run (a hash of `PRAGMA quick_check` and a canonical
#      content hash of each database: the sqlite3 shell's `.sha3sum --schema`, or, without the
#      shell, every table read in rowid order by Python's sqlite3 module), and
#   2. `entente data sources` opens the store cleanly (exit 0, and no rebuild of the reference data).
# A trial failing either check counts as half-written. Kills that land after the process has
# finished count as trials too (they check a complete run); the summary says how many landed
# mid-run.
#
# It prints `crash trials: N run, M half-written` and exits 1 when M > 0 (2 on a usage or set-up
# error). It is bounded: a fixed number of trials, every command under a timeout, and an overall
# time limit (--max-seconds) after which it stops and reports what it ran.
#
# Every store lives in a temporary folder (removed at the end); the person's own store is never
# opened: `--store` is always given, and XDG_DATA_HOME and HOME point into the scratch folder.
#
# Needs Linux (GNU coreutils), bash 4 or later, and the sqlite3 shell or python3.
#
# Usage: scripts/robustness/crash-trials.sh [options]
#   --binary PATH      the entente executable (default: $ENTENTE_BIN, else .build/release/entente,
#                      else .build/debug/entente)
#   --trials N         trials per command (default 100)
#   --import-trials N  trials of `data import` (default: --trials)
#   --rebuild-trials N trials of `data rebuild` (default: --trials)
#   --rows N           rows of the imported activities file (default 20000)
#   --seed N           seed of the delay generator (default 14)
#   --max-seconds N    stop starting trials after this long (default 3600)
#   --work DIR         scratch folder (default: a new mktemp -d folder, removed at the end)
#   --keep             keep the scratch folder, with every half-written store, for inspection
#   --verbose          one line per trial
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
binary="${ENTENTE_BIN:-}"
trials=100
import_trials=""
rebuild_trials=""
rows=20000
seed=14
max_seconds=3600
work=""
keep=0
verbose=0

fail_usage() {
    echo "crash-trials: $1" >&2
    exit 2
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --binary) binary="${2:?}"; shift 2 ;;
        --trials) trials="${2:?}"; shift 2 ;;
        --import-trials) import_trials="${2:?}"; shift 2 ;;
        --rebuild-trials) rebuild_trials="${2:?}"; shift 2 ;;
        --rows) rows="${2:?}"; shift 2 ;;
        --seed) seed="${2:?}"; shift 2 ;;
        --max-seconds) max_seconds="${2:?}"; shift 2 ;;
        --work) work="${2:?}"; shift 2 ;;
        --keep) keep=1; shift ;;
        --verbose) verbose=1; shift ;;
        -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) fail_usage "unknown option '$1' (see --help)" ;;
    esac
done
import_trials="${import_trials:-$trials}"
rebuild_trials="${rebuild_trials:-$trials}"
for number in "$import_trials" "$rebuild_trials" "$rows" "$seed" "$max_seconds"; do
    [[ "$number" =~ ^[0-9]+$ ]] || fail_usage "expected a whole number, found '$number'"
done
(( rows > 0 )) || fail_usage "--rows must be at least 1"

if [[ -z "$binary" ]]; then
    for candidate in "$repo/.build/release/entente" "$repo/.build/debug/entente"; do
        if [[ -x "$candidate" ]]; then binary="$candidate"; break; fi
    done
fi
[[ -n "$binary" && -x "$binary" ]] || fail_usage "no entente executable (build it, or give --binary PATH)"

# The content hash needs SQLite: the sqlite3 shell if installed, else Python's sqlite3 module.
if command -v sqlite3 >/dev/null 2>&1; then
    hasher=sqlite3
elif command -v python3 >/dev/null 2>&1 && python3 -c 'import sqlite3' 2>/dev/null; then
    hasher=python3
else
    fail_usage "neither the sqlite3 shell nor python3 with its sqlite3 module is installed"
fi

if [[ -z "$work" ]]; then
    work="$(mktemp -d "${TMPDIR:-/tmp}/entente-crash-trials.XXXXXX")"
else
    mkdir -p "$work"
fi
running_pid=""
cleanup() {
    if [[ -n "$running_pid" ]]; then kill -KILL "$running_pid" 2>/dev/null || true; fi
    if (( keep == 0 )); then rm -rf "$work"; else echo "crash-trials: scratch folder kept at $work" >&2; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Never the person's store: every command gets --store, and the defaults point into the scratch folder.
export HOME="$work/home" XDG_DATA_HOME="$work/home/data"
unset ENTENTE_STORE
mkdir -p "$HOME"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
started_ms="$(now_ms)"

# A 31-bit linear congruential generator (glibc's constants): the same seed gives the same delays on
# every machine, and bash's arithmetic never overflows (products stay below 2^62).
rng_state=$(( seed & 0x7fffffff ))
next_delay_ms() { # $1 = the upper bound in milliseconds
    rng_state=$(( (rng_state * 1103515245 + 12345) & 0x7fffffff ))
    # Scaled by the whole state, not taken modulo the bound: the low bits of this generator are weak.
    delay_ms=$(( rng_state * ($1 + 1) >> 31 ))
}

sleep_ms() { sleep "$(printf '%d.%03d' $(( $1 / 1000 )) $(( $1 % 1000 )))"; }

# The canonical content hash of one database file as SQLite recovers it: quick_check's verdict and
# every table's rows (with the schema). Prints MISSING for no file and UNREADABLE for a file SQLite
# cannot read.
database_digest() {
    local db="$1"
    if [[ ! -e "$db" ]]; then echo MISSING; return; fi
    if [[ "$hasher" == sqlite3 ]]; then
        sqlite3 -bail "$db" 'PRAGMA quick_check;' '.sha3sum --schema' 2>/dev/null || echo UNREADABLE
    else
        python3 - "$db" <<'PY' 2>/dev/null || echo UNREADABLE
import hashlib, sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
digest = hashlib.sha256()
print(connection.execute("PRAGMA quick_check").fetchone()[0])
for name, sql in connection.execute("SELECT name, sql FROM sqlite_master ORDER BY type, name"):
    digest.update(repr((name, sql)).encode())
tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
for table in tables:
    digest.update(table.encode())
    quoted = '"' + table.replace('"', '""') + '"'
    try:
        rows = connection.execute(f"SELECT * FROM {quoted} ORDER BY rowid")
    except sqlite3.OperationalError:  # a WITHOUT ROWID table: its primary key orders it
        rows = connection.execute(f"SELECT * FROM {quoted}")
    for row in rows:
        digest.update(repr(row).encode())
print(digest.hexdigest())
PY
    fi
}

# One hash over the whole store, left in $store_digest: the reference file and the user file, each
# copied with its write-ahead log (not its shared-memory index, which SQLite rebuilds from the log)
# so hashing never changes the store being checked. A database's digest depends only on the bytes
# of its file and log, so digests are kept by those bytes' SHA-256: the 60 MB reference file, which
# an import never touches, is read through SQLite once rather than at every trial.
declare -A digest_by_bytes
store_hash() { # $1 = store path
    local store="$1" snapshot="$work/snapshot" file name key summary=""
    rm -rf "$snapshot"
    mkdir -p "$snapshot"
    for file in "$store" "$store.user.sqlite"; do
        name="$(basename "$file")"
        summary+="== $name"$'\n'
        if [[ ! -e "$file" ]]; then
            summary+="MISSING"$'\n'
            continue
        fi
        cp "$file" "$snapshot/$name"
        if [[ -e "$file-wal" ]]; then cp "$file-wal" "$snapshot/$name-wal"; fi
        if [[ -e "$snapshot/$name-wal" ]]; then
            key="$(cat "$snapshot/$name" "$snapshot/$name-wal" | sha256sum | cut -c1-64)"
        else
            key="$(sha256sum <"$snapshot/$name" | cut -c1-64)"
        fi
        if [[ -z "${digest_by_bytes[$key]:-}" ]]; then
            digest_by_bytes[$key]="$(database_digest "$snapshot/$name")"
        fi
        summary+="${digest_by_bytes[$key]}"$'\n'
    done
    rm -rf "$snapshot"
    store_digest="$(printf '%s' "$summary" | sha256sum | cut -c1-64)"
}

# Whether `data sources` opens the store at $1 cleanly: exit 0 and no rebuild on opening.
opens_cleanly() {
    local store="$1" err="$work/open.err"
    if ! timeout 600 "$binary" data sources --store "$store" >/dev/null 2>"$err"; then return 1; fi
    ! grep -q "Building the knowledge base" "$err"
}

# --- Set-up: a pristine store, the import file, and one complete run of each command -------------

base="$work/base"
mkdir -p "$base"
echo "crash-trials: building a pristine store with $binary" >&2
timeout 900 "$binary" data sources --store "$base/entente.sqlite" >/dev/null 2>"$work/build.err" \
    || { cat "$work/build.err" >&2; fail_usage "could not build the pristine store"; }
# The process has exited: its shared-memory index files are stale, and SQLite rebuilds them from the
# write-ahead logs, which are copied with the store into every trial.
rm -f "$base"/*-shm

# A large activities file, so that kills land while its rows are being checked and written.
import_file="$work/many-activities.csv"
{
    echo "id,name,kind,start,end,participants,source_url,confidence"
    awk -v n="$rows" 'BEGIN {
        split("IDN;MYS IDN;USA AUS;IDN;JPN SGP;THA FRA;DEU;ITA BRA;ARG IND;JPN;USA", parties, " ")
        for (i = 1; i <= n; i++) {
            year = 2011 + i % 14; month = 1 + i % 12; day = 1 + i % 27
            printf "crash-trial-%07d,Crash trial exercise %d,exercise,%04d-%02d-%02d,%04d-%02d-%02d,%s,https://example.org/crash-trials,low\n",
                i, i, year, month, day, year, month, day + 1, parties[1 + i % 7]
        }
    }'
} >"$import_file"

trial="$work/trial"
fresh_trial_store() {
    rm -rf "$trial"
    mkdir -p "$trial"
    cp "$base"/* "$trial"/
    trial_inode="$(inode_of "$trial/entente.sqlite")"
}

# A killed rebuild's temporary file beside the store: `.writing-PID` (`.building-PID` before the
# store and panel export shared one atomic writer).
has_temporary_file() { compgen -G "$1.writing-*" >/dev/null || compgen -G "$1.building-*" >/dev/null; }

# A rebuild that completes renames a new file over the store: a new inode, even where the new
# content equals the old (the bundled data did not change), so the inode tells which one is there.
inode_of() { stat -c %i "$1" 2>/dev/null || stat -f %i "$1"; }

command_for() { # $1 = import|rebuild
    case "$1" in
        import) trial_command=("$binary" data import "$import_file" --kind activities --store "$trial/entente.sqlite") ;;
        rebuild) trial_command=("$binary" data rebuild --store "$trial/entente.sqlite") ;;
    esac
}

store_hash "$base/entente.sqlite"
before_hash="$store_digest"
declare -A after_hash duration_ms
for kind in import rebuild; do
    hashes=()
    # Two complete runs, which must end in the same content, or "as after a complete run" would
    # mean nothing. The shorter is one run's length: on a busy machine one run can take far longer,
    # and delays drawn over that would mostly land after the command had finished.
    for run in 1 2; do
        fresh_trial_store
        command_for "$kind"
        start="$(now_ms)"
        timeout 900 "${trial_command[@]}" >/dev/null 2>"$work/run.err" \
            || { cat "$work/run.err" >&2; fail_usage "a complete $kind run failed"; }
        took=$(( $(now_ms) - start ))
        if [[ -z "${duration_ms[$kind]:-}" ]] || (( took < duration_ms[$kind] )); then duration_ms[$kind]=$took; fi
        store_hash "$trial/entente.sqlite"
        hashes+=("$store_digest")
    done
    [[ "${hashes[0]}" == "${hashes[1]}" ]] \
        || fail_usage "two complete $kind runs left different content; the trials cannot tell whole from half"
    after_hash[$kind]="${hashes[0]}"
    echo "crash-trials: one complete $kind run takes ${duration_ms[$kind]} ms" >&2
done
if [[ "${after_hash[import]}" == "$before_hash" ]]; then fail_usage "the import changed nothing"; fi

# --- Trials ---------------------------------------------------------------------------------------

total=0
half_written=0
declare -A run_count mid_run as_before as_after half leftovers
for kind in import rebuild; do
    run_count[$kind]=0; mid_run[$kind]=0; as_before[$kind]=0; as_after[$kind]=0; half[$kind]=0; leftovers[$kind]=0
done
declare -A phases
stopped_early=0
sweep_checked=no

run_trials() { # $1 = kind, $2 = count
    local kind="$1" count="$2" i pid killed outcome status
    for (( i = 1; i <= count; i++ )); do
        if (( $(now_ms) - started_ms > max_seconds * 1000 )); then stopped_early=1; return; fi
        fresh_trial_store
        command_for "$kind"
        next_delay_ms "${duration_ms[$kind]}"
        "${trial_command[@]}" >/dev/null 2>&1 &
        pid=$!
        running_pid="$pid"
        sleep_ms "$delay_ms"
        kill -KILL "$pid" 2>/dev/null || true
        status=0
        wait "$pid" 2>/dev/null || status=$?
        running_pid=""
        # 137 = killed by SIGKILL; any other status means the run ended (complete, or refused) first.
        killed=0
        if (( status == 137 )); then killed=1; fi
        mid_run[$kind]=$(( mid_run[$kind] + killed ))
        store_hash "$trial/entente.sqlite"
        local renamed=no
        if [[ -e "$trial/entente.sqlite" && "$(inode_of "$trial/entente.sqlite")" != "$trial_inode" ]]; then
            renamed=yes
        fi
        if [[ "$store_digest" == "$before_hash" && ( "$kind" == import || "$renamed" == no ) ]]; then
            outcome=before
        elif [[ "$store_digest" == "${after_hash[$kind]}" && ( "$kind" == import || "$renamed" == yes ) ]]; then
            outcome=after
        else
            outcome=half-written
        fi
        if [[ "$kind" == import && "$renamed" == yes ]]; then outcome="half-written (an import replaced the reference file)"; fi
        # Where the kill landed, from what it left on disk: for an import, whether the user file's
        # log holds frames (written but not yet checkpointed); for a rebuild, whether its temporary
        # file is there and whether the rename happened.
        local phase
        if (( killed == 0 )); then
            phase="not killed: it had finished"
        elif [[ "$kind" == import ]]; then
            if [[ -s "$trial/entente.sqlite.user.sqlite-wal" ]]; then
                if [[ "$outcome" == before ]]; then phase="killed during the write, before the commit"; else phase="killed after the commit, before the checkpoint"; fi
            elif [[ "$outcome" == before ]]; then
                phase="killed before the write (opening, reading, checking)"
            else
                phase="killed after the checkpoint"
            fi
        elif [[ "$renamed" == yes ]]; then
            phase="killed after the rename"
        elif has_temporary_file "$trial/entente.sqlite"; then
            phase="killed while building the new file"
        else
            phase="killed before the build started"
        fi
        phases["$kind: $phase"]=$(( ${phases["$kind: $phase"]:-0} + 1 ))
        if [[ "$outcome" != half-written ]] && ! opens_cleanly "$trial/entente.sqlite"; then
            outcome="half-written (does not open cleanly: $(head -c 300 "$work/open.err" | tr '\n' ' '))"
        fi
        case "$outcome" in
            before) as_before[$kind]=$(( as_before[$kind] + 1 )) ;;
            after) as_after[$kind]=$(( as_after[$kind] + 1 )) ;;
            *)
                half[$kind]=$(( half[$kind] + 1 ))
                half_written=$(( half_written + 1 ))
                echo "crash-trials: $kind trial $i (killed after $delay_ms ms): $outcome" >&2
                if (( keep == 1 )); then cp -r "$trial" "$work/half-written-$kind-$i"; fi
                ;;
        esac
        # A killed rebuild may leave its temporary file; the next build must remove it (SQLiteFileReplacement).
        # The first time one is seen, a complete rebuild of that store checks that it does.
        if has_temporary_file "$trial/entente.sqlite"; then
            leftovers[$kind]=$(( leftovers[$kind] + 1 ))
            if [[ "$sweep_checked" == no ]]; then
                sweep_checked=failed
                if timeout 900 "$binary" data rebuild --store "$trial/entente.sqlite" >/dev/null 2>&1 \
                    && ! has_temporary_file "$trial/entente.sqlite"; then
                    sweep_checked=yes
                fi
            fi
        fi
        run_count[$kind]=$(( run_count[$kind] + 1 ))
        total=$(( total + 1 ))
        if (( verbose == 1 )); then
            echo "$kind trial $i: delay ${delay_ms} ms, $phase: ${outcome}"
        fi
    done
}

run_trials import "$import_trials"
run_trials rebuild "$rebuild_trials"

elapsed_s=$(( ($(now_ms) - started_ms) / 1000 ))
for kind in import rebuild; do
    echo "  $kind: ${run_count[$kind]} trials (one complete run ${duration_ms[$kind]} ms; killed while running ${mid_run[$kind]}),"\
        "as before ${as_before[$kind]}, as after ${as_after[$kind]}, half-written ${half[$kind]},"\
        "temporary build files left ${leftovers[$kind]}"
done
for key in $(printf '%s\n' "${!phases[@]}" | sort | tr ' ' '~'); do
    key="${key//\~/ }"
    echo "    $key: ${phases[$key]}"
done
echo "  seed $seed, $rows rows imported, hashes by $hasher, ${elapsed_s} s in all$( (( stopped_early == 1 )) && echo ", stopped at the --max-seconds limit")"
case "$sweep_checked" in
    yes) echo "  the next complete rebuild removed a killed rebuild's temporary file" ;;
    failed) echo "  FAILED: the next complete rebuild left a killed rebuild's temporary file in place" ;;
    no) ;;
esac
echo "crash trials: $total run, $half_written half-written"
(( half_written == 0 )) && [[ "$sweep_checked" != failed ]]
