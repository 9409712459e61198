#!/usr/bin/env bash
# HTTP benchmark of `entente serve`, side by side with a bare Hummingbird route (the ceiling).
#
# Usage: scripts/bench/http-bench.sh [SECONDS=60] [CONNECTIONS=64]
# Needs wrk (Debian: apt-get install wrk). Builds both servers in release, runs each workload for
# SECONDS with CONNECTIONS connections and 2 wrk threads on loopback, and prints requests/s, p99
# latency and the server's peak resident memory; then times every dashboard page server-side
# (median of 20 requests, measured by curl on loopback). The ceiling is its own small package,
# Benchmarks/HTTPCeiling.
#
# `entente serve` keeps answers to repeated questions (--answer-cache), so the same GET or POST
# repeated by wrk is answered from memory after the first: that is the figure the target is about.
# A second server with --answer-cache 0 gives the cost of computing every answer afresh.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_RUN=${1:-60}
CONNECTIONS=${2:-64}
STORE=$(mktemp -d)/bench.sqlite
OUT=$(mktemp -d)

swift build -c release --product entente >/dev/null 2>&1
(cd Benchmarks/HTTPCeiling && swift build -c release >/dev/null 2>&1)
ENTENTE=.build/release/entente
CEILING=Benchmarks/HTTPCeiling/.build/release/HTTPCeiling

"$ENTENTE" data states --as-of 2000-01-01 --store "$STORE" >/dev/null   # builds the store once
ENTENTE_TOKEN=bench "$ENTENTE" serve --port 8081 --store "$STORE" 2>/dev/null &
SERVER=$!
ENTENTE_TOKEN=bench "$ENTENTE" serve --port 8082 --answer-cache 0 --store "$STORE" 2>/dev/null &
UNCACHED=$!
"$CEILING" 8090 >/dev/null 2>&1 &
CEIL=$!
trap 'kill $SERVER $UNCACHED $CEIL 2>/dev/null || true' EXIT
sleep 3

cat > "$OUT/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/yaml"
local f = io.open("examples/law/sd-01-kuwait-1990.yaml", "r")
wrk.body = f:read("*a")
f:close()
LUA

peak_rss() { grep VmHWM "/proc/$1/status" | awk '{print $2/1024 " MiB"}'; }

run() { # name url [script]
    local name=$1 url=$2 script=${3:-}
    local file
    file="$OUT/$(echo "$name" | tr -c 'A-Za-z0-9' '_').txt"
    # warm up (caches, snapshot) before measuring
    wrk -t2 -c"$CONNECTIONS" -d5s ${script:+-s "$script"} "$url" >/dev/null
    wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_RUN}s" --latency ${script:+-s "$script"} "$url" > "$file"
    local rps p99
    rps=$(awk '/Requests\/sec/ {print $2}' "$file")
    p99=$(awk '$1 == "99%" {print $2}' "$file")
    echo "| $name | $rps | $p99 |"
}

echo "| workload | requests/s | p99 latency |"
echo "|---|---:|---:|"
run "ceiling: Hummingbird fixed JSON" "http://127.0.0.1:8090/fixed"
run "GET /api/v1/states/IDN?as_of=2010-06-30" "http://127.0.0.1:8081/api/v1/states/IDN?as_of=2010-06-30"
run "POST /api/v1/law/assess (Kuwait 1990)" "http://127.0.0.1:8081/api/v1/law/assess" "$OUT/post.lua"
run "no answer cache: GET /api/v1/states/IDN?as_of=2010-06-30" "http://127.0.0.1:8082/api/v1/states/IDN?as_of=2010-06-30"
run "no answer cache: POST /api/v1/law/assess (Kuwait 1990)" "http://127.0.0.1:8082/api/v1/law/assess" "$OUT/post.lua"
echo
echo "peak memory: entente serve $(peak_rss $SERVER), without answer cache $(peak_rss $UNCACHED), ceiling $(peak_rss $CEIL)"
echo
echo "| dashboard page | median server time, rendered afresh (ms, 20 requests, --answer-cache 0) | median, answer kept (ms) |"
echo "|---|---:|---:|"
median_ms() { # url
    curl -s -o /dev/null "$1"
    for i in $(seq 20); do curl -s -o /dev/null -w '%{time_starttransfer}\n' "$1"; done | sort -n |
        sed -n 10p | awk '{printf "%.1f", $1*1000}'
}
for page in "/" "/?lang=id" "/state/IDN" "/law" "/law/self_defence" "/custom" "/network" "/simulation"; do
    echo "| $page | $(median_ms "http://127.0.0.1:8082$page") | $(median_ms "http://127.0.0.1:8081$page") |"
done
