#!/usr/bin/env bash
# Sweep crash trials (issue 14): kill a shard of `entente sim sweep --results postgres://…` with
# SIGKILL at random moments while it writes its design points, and check that the result set holds
# whole points only and that rerunning the shard completes it, identically.
#
# Set-up: one sweep of the norms model (a grid of --points values of mutation_rate, --replicates
# replicates, --horizon generations) run unsharded without a database gives the reference output
# (`--format json`); one complete run of a shard into the database is timed. Each trial then
#   1. empties the result set, starts shard K of --shards (K = trial mod shards) writing into it,
#      waits a delay drawn from a seeded generator (a 31-bit LCG, --seed) between 0 and the length
#      of one complete shard run (timed at set-up, then on each trial's complete run of another
#      shard, so it follows the machine's load), and kills it with SIGKILL if it is still running;
#   2. checks what the kill left: every stored point has exactly --replicates replicate rows, each
#      with one value per metric, and every stored point belongs to shard K;
#   3. reruns shard K, runs the other shards, and checks that every run exits 0, that the result
#      set then holds each point and each replicate exactly once, and that
#      `entente sim merge --results … --sweep ID --format json` prints the reference bytes.
# A trial failing any check counts as half-written. Kills landing after the shard finished count as
# trials too; the summary says how many landed before the first point was stored, while points
# were being stored, and after the last.
#
# The database: --postgres URL (a database the script may create tables in and empty: it deletes
# every sweep result stored there), else a throwaway cluster this script creates with initdb and
# pg_ctl in a temporary folder (as the `postgres` user when run as root), stopped and deleted at the
# end. The person's own store is never opened (`--store` points into the scratch folder).
#
# It prints `sweep crash trials: N run, M half-written` and exits 1 when M > 0 (2 on a usage or
# set-up error). Bounded: a fixed number of trials, every command under a timeout, --max-seconds.
#
# Needs Linux (GNU coreutils), bash 4 or later, psql (and initdb, pg_ctl without --postgres).
#
# Usage: scripts/robustness/sweep-crash-trials.sh [options]
#   --binary PATH      the entente executable (default: $ENTENTE_BIN, else .build/release/entente,
#                      else .build/debug/entente)
#   --trials N         trials (default 100)
#   --shards N         shards the sweep is split into (default 2)
#   --points N         design points (default 96)
#   --replicates N     replicates per point (default 2)
#   --horizon N        generations per replicate (default 60)
#   --postgres URL     a database to use (default: a throwaway cluster)
#   --seed N           seed of the delay generator (default 14)
#   --max-seconds N    stop starting trials after this long (default 3600)
#   --verbose          one line per trial
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
binary="${ENTENTE_BIN:-}"
trials=100
shards=2
points=96
replicates=2
horizon=60
postgres=""
seed=14
max_seconds=3600
verbose=0

fail_usage() {
    echo "sweep-crash-trials: $1" >&2
    exit 2
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --binary) binary="${2:?}"; shift 2 ;;
        --trials) trials="${2:?}"; shift 2 ;;
        --shards) shards="${2:?}"; shift 2 ;;
        --points) points="${2:?}"; shift 2 ;;
        --replicates) replicates="${2:?}"; shift 2 ;;
        --horizon) horizon="${2:?}"; shift 2 ;;
        --postgres) postgres="${2:?}"; shift 2 ;;
        --seed) seed="${2:?}"; shift 2 ;;
        --max-seconds) max_seconds="${2:?}"; shift 2 ;;
        --verbose) verbose=1; shift ;;
        -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) fail_usage "unknown option '$1' (see --help)" ;;
    esac
done
for number in "$trials" "$shards" "$points" "$replicates" "$horizon" "$seed" "$max_seconds"; do
    [[ "$number" =~ ^[0-9]+$ ]] || fail_usage "expected a whole number, found '$number'"
done
(( shards >= 1 && points >= shards && replicates >= 1 )) \
    || fail_usage "need --shards ≥ 1, --points ≥ --shards and --replicates ≥ 1"

if [[ -z "$binary" ]]; then
    for candidate in "$repo/.build/release/entente" "$repo/.build/debug/entente"; do
        if [[ -x "$candidate" ]]; then binary="$candidate"; break; fi
    done
fi
[[ -n "$binary" && -x "$binary" ]] || fail_usage "no entente executable (build it, or give --binary PATH)"
command -v psql >/dev/null 2>&1 || fail_usage "psql is not installed"

work="$(mktemp -d "${TMPDIR:-/tmp}/entente-sweep-trials.XXXXXX")"
running_pid=""
cluster=""
pg_bin=""
as_postgres=()
cleanup() {
    if [[ -n "$running_pid" ]]; then kill -KILL "$running_pid" 2>/dev/null || true; fi
    if [[ -n "$cluster" ]]; then
        "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null 2>&1 || true
        rm -rf "$cluster"
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export HOME="$work/home" XDG_DATA_HOME="$work/home/data"
unset ENTENTE_STORE
mkdir -p "$HOME"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
started_ms="$(now_ms)"

# --- The database ---------------------------------------------------------------------------------

if [[ -z "$postgres" ]]; then
    for folder in $(echo "$PATH" | tr ':' ' ') $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
        if [[ -x "$folder/initdb" && -x "$folder/pg_ctl" ]]; then pg_bin="$folder"; break; fi
    done
    [[ -n "$pg_bin" ]] || fail_usage "no initdb/pg_ctl found; give --postgres URL"
    cluster="$(mktemp -d "${TMPDIR:-/tmp}/entente-sweep-pg.XXXXXX")"
    if (( $(id -u) == 0 )); then
        # initdb refuses to run as root: run the server as Debian's postgres user, in a folder it owns.
        id postgres >/dev/null 2>&1 || fail_usage "running as root and there is no postgres user"
        chown postgres "$cluster"
        as_postgres=(runuser -u postgres --)
    fi
    "${as_postgres[@]}" "$pg_bin/initdb" -D "$cluster/data" -U postgres -A trust -E UTF8 --locale=C --no-sync \
        >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log" >&2; fail_usage "initdb failed"; }
    port=$(( 20000 + RANDOM % 40000 ))
    "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w \
        -o "-p $port -k $cluster -c listen_addresses=127.0.0.1 -c fsync=off" start >"$work/pg_ctl.log" 2>&1 \
        || { cat "$work/pg_ctl.log" >&2; fail_usage "the throwaway cluster did not start"; }
    postgres="postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
fi
sql() { psql "$postgres" -X -q -t -A -v ON_ERROR_STOP=1 -c "$1"; }
sql "SELECT 1" >/dev/null 2>"$work/psql.err" || { cat "$work/psql.err" >&2; fail_usage "cannot connect to the database"; }

# --- The sweep ------------------------------------------------------------------------------------

scenario="$work/trial.yaml"
cat >"$scenario" <<EOF
name: sweep crash trial
model: norms
seed: 1986
replicates: $replicates
horizon: $horizon
EOF
sweep_command=("$binary" sim sweep "$scenario" --grid "mutation_rate=0.001:0.05:$points" --threads 1 --quiet
    --store "$work/entente.sqlite")

timeout 900 "${sweep_command[@]}" --format json >"$work/reference.json" 2>"$work/run.err" \
    || { cat "$work/run.err" >&2; fail_usage "the reference sweep failed"; }
sweep_id="$(sed -n 's/^ *"fingerprint" *: *"\([0-9a-f]*\)".*/\1/p' "$work/reference.json" | head -1)"
[[ -n "$sweep_id" ]] || fail_usage "the reference sweep printed no fingerprint"

empty_results() {
    sql "DO \$\$ BEGIN IF to_regclass('sim_sweep') IS NOT NULL THEN
           TRUNCATE sim_sweep_replicate, sim_sweep_point, sim_sweep_shard, sim_sweep; END IF; END \$\$" >/dev/null
}
run_shard() { # $1 = shard index; exits non-zero when the run fails
    timeout 900 "${sweep_command[@]}" --shard "$1/$shards" --results "$postgres" >/dev/null 2>>"$work/run.err"
}
merge_matches() {
    timeout 900 "$binary" sim merge --results "$postgres" --sweep "$sweep_id" --format json \
        >"$work/merged.json" 2>>"$work/run.err" && cmp -s "$work/merged.json" "$work/reference.json"
}
# The first and last point of shard $1 (as Shard.range: index·P/N ..< (index+1)·P/N).
shard_first() { echo $(( $1 * points / shards )); }
shard_end() { echo $(( ($1 + 1) * points / shards )); }

# One complete shard run's length (the shorter of two), and a check that the whole path works.
duration_ms=""
for run in 1 2; do
    empty_results
    start="$(now_ms)"
    run_shard 0 || { cat "$work/run.err" >&2; fail_usage "a complete shard run failed"; }
    took=$(( $(now_ms) - start ))
    if [[ -z "$duration_ms" ]] || (( took < duration_ms )); then duration_ms=$took; fi
done
for (( k = 1; k < shards; k++ )); do run_shard "$k" || fail_usage "shard $k failed"; done
merge_matches || fail_usage "the merge of complete shards differs from the unsharded sweep"
echo "sweep-crash-trials: sweep $sweep_id, $points points × $replicates replicates in $shards shards;" \
    "one complete shard run takes $duration_ms ms" >&2

# --- Trials ---------------------------------------------------------------------------------------

rng_state=$(( seed & 0x7fffffff ))
next_delay_ms() { # $1 = the upper bound in milliseconds
    rng_state=$(( (rng_state * 1103515245 + 12345) & 0x7fffffff ))
    delay_ms=$(( rng_state * ($1 + 1) >> 31 ))
}
sleep_ms() { sleep "$(printf '%d.%03d' $(( $1 / 1000 )) $(( $1 % 1000 )))"; }

total=0
half_written=0
killed_running=0
landed_before=0
landed_during=0
landed_after=0
stopped_early=0
for (( t = 1; t <= trials; t++ )); do
    if (( $(now_ms) - started_ms > max_seconds * 1000 )); then stopped_early=1; break; fi
    k=$(( (t - 1) % shards ))
    first="$(shard_first "$k")"
    end="$(shard_end "$k")"
    empty_results
    : >"$work/run.err"
    next_delay_ms "$duration_ms"
    "${sweep_command[@]}" --shard "$k/$shards" --results "$postgres" >/dev/null 2>&1 &
    pid=$!
    running_pid="$pid"
    sleep_ms "$delay_ms"
    kill -KILL "$pid" 2>/dev/null || true
    status=0
    wait "$pid" 2>/dev/null || status=$?
    running_pid=""
    (( status == 137 )) && killed_running=$(( killed_running + 1 ))

    problems=()
    stored=0
    if [[ -n "$(sql "SELECT to_regclass('sim_sweep_point')")" ]]; then
        stored="$(sql "SELECT count(*) FROM sim_sweep_point WHERE sweep_id = '$sweep_id'")"
        partial="$(sql "SELECT count(*) FROM sim_sweep_point p WHERE p.sweep_id = '$sweep_id' AND $replicates <>
                        (SELECT count(*) FROM sim_sweep_replicate r WHERE r.sweep_id = p.sweep_id AND r.point = p.point)")"
        misshapen="$(sql "SELECT count(*) FROM sim_sweep_replicate WHERE sweep_id = '$sweep_id'
                          AND coalesce(array_length(summaries, 1), 0) <> (SELECT coalesce(array_length(summary_names, 1), 0)
                          FROM sim_sweep WHERE id = '$sweep_id')")"
        outside="$(sql "SELECT count(*) FROM sim_sweep_point WHERE sweep_id = '$sweep_id'
                        AND (point < $first OR point >= $end)")"
        (( partial == 0 )) || problems+=("$partial point(s) without all $replicates replicates")
        (( misshapen == 0 )) || problems+=("$misshapen replicate row(s) with the wrong number of metrics")
        (( outside == 0 )) || problems+=("$outside point(s) outside shard $k")
    fi
    if (( status != 137 )); then
        landed_after=$(( landed_after + 1 ))
    elif (( stored == 0 )); then
        landed_before=$(( landed_before + 1 ))
    elif (( stored < end - first )); then
        landed_during=$(( landed_during + 1 ))
    else
        landed_after=$(( landed_after + 1 ))
    fi

    run_shard "$k" || problems+=("the rerun of shard $k failed: $(tail -c 300 "$work/run.err" | tr '\n' ' ')")
    # The other shards run complete from an empty start: the first of them re-times one shard run,
    # so the next trial's delays follow the machine's load as it changes.
    timed=0
    for (( other = 0; other < shards; other++ )); do
        if (( other == k )); then continue; fi
        start="$(now_ms)"
        run_shard "$other" || problems+=("shard $other failed")
        if (( timed == 0 )); then duration_ms=$(( $(now_ms) - start )); timed=1; fi
    done
    counts="$(sql "SELECT (SELECT count(*) FROM sim_sweep_point WHERE sweep_id = '$sweep_id') || ' ' ||
                          (SELECT count(*) FROM sim_sweep_replicate WHERE sweep_id = '$sweep_id')")"
    [[ "$counts" == "$points $(( points * replicates ))" ]] \
        || problems+=("after the reruns the result set holds $counts point/replicate rows")
    merge_matches || problems+=("the merge differs from the unsharded sweep")

    total=$(( total + 1 ))
    if (( ${#problems[@]} > 0 )); then
        half_written=$(( half_written + 1 ))
        echo "sweep-crash-trials: trial $t (shard $k/$shards, killed after $delay_ms ms, $stored stored):" \
            "$(IFS='; '; echo "${problems[*]}")" >&2
    fi
    if (( verbose == 1 )); then
        echo "trial $t: shard $k/$shards, delay $delay_ms ms, exit $status, $stored of $(( end - first )) points" \
            "stored at the kill: $( (( ${#problems[@]} == 0 )) && echo whole || echo HALF-WRITTEN)"
    fi
done

elapsed_s=$(( ($(now_ms) - started_ms) / 1000 ))
echo "  $total trials (killed while running $killed_running): landed before the first point was stored" \
    "$landed_before, while points were being stored $landed_during, after the last point $landed_after"
echo "  $points points × $replicates replicates in $shards shards, last timed shard run $duration_ms ms, seed $seed," \
    "${elapsed_s} s in all$( (( stopped_early == 1 )) && echo ", stopped at the --max-seconds limit")"
echo "sweep crash trials: $total run, $half_written half-written"
(( half_written == 0 ))
