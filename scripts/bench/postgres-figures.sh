#!/usr/bin/env bash
# PostgreSQL store figures (docs/benchmarks/postgres.md), each beside the SQLite store on the same
# bundled data:
#   1. the store build from the bundled data: wall, client CPU and (PostgreSQL) server CPU;
#   2. the World snapshot read (`world(asOf:)`);
#   3. reads (`members`, `profile`, `world`) from 1 and from 8 concurrent clients: throughput, p50/p95.
#
# usage: scripts/bench/postgres-figures.sh [ROUNDS=3]
#
# Builds scripts/bench/postgres-figures/PostgresFigures.swift in release as a throwaway side
# package that depends on this checkout (its build folder is .build/postgres-figures, so a second
# run is incremental), starts a throwaway PostgreSQL cluster on loopback as
# Sources/EntenteTestSupport/Postgres/PostgresTestCluster.swift does (initdb/pg_ctl from
# /usr/lib/postgresql/*/bin, as the `postgres` user when run as root), with PostgreSQL's default
# durability settings (fsync and synchronous commit on), runs the figures and stops and deletes
# everything it made in /tmp. Prints the machine, the date and the load average with the figures.
set -euo pipefail
ROUNDS=${1:-3}
wt=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/entente-pg-figures-XXXXXX)
pgbin=
for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -n -r) $(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/x)"); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/createdb" ]; then pgbin=$dir; break; fi
done
[ -n "$pgbin" ] || { echo "PostgreSQL (initdb, pg_ctl, createdb) is not installed" >&2; exit 1; }
as_postgres=()
if [ "$(id -u)" = 0 ]; then as_postgres=(runuser -u postgres --); chown postgres: "$work"; fi
cleanup() {
    if [ -f "$work/data/postmaster.pid" ]; then
        "${as_postgres[@]}" "$pgbin/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "# PostgreSQL store figures"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr)"
echo "swift: $(swift --version 2>&1 | head -n 1)"
echo "postgres: $("$pgbin/postgres" --version)"
echo "load before the build: $(cut -d' ' -f1-3 /proc/loadavg)"

# The harness as a side package over this checkout, pinned to this checkout's resolved versions.
package=$work/package
mkdir -p "$package/Sources"
ln -s "$wt/scripts/bench/postgres-figures" "$package/Sources/PostgresFigures"
[ -f "$wt/Package.resolved" ] && cp "$wt/Package.resolved" "$package/"
cat > "$package/Package.swift" <<SWIFT
// swift-tools-version:6.2
import PackageDescription
let package = Package(
    name: "PostgresFigures",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Entente", path: "$wt")],
    targets: [
        .executableTarget(
            name: "PostgresFigures",
            dependencies: [.product(name: "EntenteStore", package: "Entente"), .product(name: "EntenteCore", package: "Entente")],
            // The main package's language settings, under which the harness is written.
            swiftSettings: ["ExistentialAny", "MemberImportVisibility", "InternalImportsByDefault",
                "NonisolatedNonsendingByDefault"].map { .enableUpcomingFeature(\$0) })
    ]
)
SWIFT
build_start=$(date +%s)
swift build -c release --package-path "$package" --scratch-path "$wt/.build/postgres-figures" >"$work/build.log" 2>&1 \
    || { tail -n 40 "$work/build.log" >&2; exit 1; }
echo "release build of the harness: $(( $(date +%s) - build_start )) s"
bin=$(swift build -c release --package-path "$package" --scratch-path "$wt/.build/postgres-figures" --show-bin-path)/PostgresFigures

# A throwaway cluster on loopback, its socket in the work folder.
"${as_postgres[@]}" "$pgbin/initdb" -D "$work/data" -U postgres -A trust -E UTF8 --locale=C >/dev/null
port=$(( 20000 + RANDOM % 30000 ))
"${as_postgres[@]}" "$pgbin/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
    -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c max_connections=100" start >/dev/null
server="postgres://postgres@127.0.0.1:$port"
for round in $(seq 1 "$ROUNDS"); do "$pgbin/createdb" --maintenance-db="$server/postgres" "bench_build_$round"; done
postmaster=$(head -n 1 "$work/data/postmaster.pid")
echo "command: $bin $work $server $postmaster $ROUNDS"
echo "load before the figures: $(cut -d' ' -f1-3 /proc/loadavg)"
"$bin" "$work" "$server" "$postmaster" "$ROUNDS"
