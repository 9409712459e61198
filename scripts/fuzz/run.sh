#!/usr/bin/env bash
# Builds the libFuzzer harnesses of Fuzz/ and runs each for a fixed time (issue 14,
# docs/robustness.md "Fuzzing").
#
#   scripts/fuzz/run.sh                 # every harness, 120 s each, one after another
#   scripts/fuzz/run.sh csv 300         # one harness for 300 s
#   scripts/fuzz/run.sh all 60
#   FUZZ_KEEP_CORPUS=1 scripts/fuzz/run.sh situation 600   # add the new inputs to Fuzz/Corpus
#
# Harnesses: csv json situation custom scenario edges. Each runs on a copy of its seed corpus
# (Fuzz/Corpus/<harness>) in a temporary folder, which is deleted afterwards unless FUZZ_KEEP_CORPUS=1,
# when libFuzzer's new inputs are merged back into the repository's corpus. A crash, a timeout (5 s
# per input) or memory past 2048 MB stops the harness and leaves its reproducer in
# Fuzz/.build/artifacts/<harness>/ (git-ignored); replay one with `<binary> <file>`. Runs are
# sequential, never two at once: the machine is shared. Exit status: 0 when every harness ran its
# time without a finding, 1 otherwise.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
fuzz="$root/Fuzz"
harness="${1:-all}"
seconds="${2:-120}"
all=(csv json situation custom scenario edges)

target_of() {
    case "$1" in
    csv) echo FuzzCSV ;;
    json) echo FuzzJSON ;;
    situation) echo FuzzSituation ;;
    custom) echo FuzzCustom ;;
    scenario) echo FuzzScenario ;;
    edges) echo FuzzEdgeList ;;
    *) echo "unknown harness '$1'; expected one of: all ${all[*]}" >&2; exit 64 ;;
    esac
}

if [[ "$harness" == all ]]; then names=("${all[@]}"); else target_of "$harness" >/dev/null; names=("$harness"); fi
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "seconds must be a whole number, not '$seconds'" >&2; exit 64; }

# -parse-as-library: the harness has no top-level code; libFuzzer's own main() calls
# LLVMFuzzerTestOneInput. The flags stay on the command line, never in Package.swift.
build_flags=(-c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)
(cd "$fuzz" && swift build "${build_flags[@]}" >&2)
bin="$(cd "$fuzz" && swift build "${build_flags[@]}" --show-bin-path)"

# Globals built once (the law engine's rule sets) hold pointers LeakSanitizer cannot follow; see the file.
export LSAN_OPTIONS="suppressions=$fuzz/lsan-suppressions.txt${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

work="$(mktemp -d "${TMPDIR:-/tmp}/entente-fuzz.XXXXXX")"
trap 'rm -rf "$work"' EXIT

status=0
for name in "${names[@]}"; do
    target="$(target_of "$name")"
    corpus="$work/$name"
    artifacts="$fuzz/.build/artifacts/$name"
    mkdir -p "$corpus" "$artifacts"
    cp -R "$fuzz/Corpus/$name/." "$corpus/"
    dict=()
    [[ -f "$fuzz/Dictionaries/$name.dict" ]] && dict=(-dict="$fuzz/Dictionaries/$name.dict")
    echo "== $name ($target): $seconds s" >&2
    if ! "$bin/$target" "$corpus" "${dict[@]}" \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=5 -max_len=65536 \
        -artifact_prefix="$artifacts/" -print_final_stats=1; then
        status=1
        echo "== $name: finding in $artifacts" >&2
    fi
    if [[ "${FUZZ_KEEP_CORPUS:-0}" == 1 ]]; then
        "$bin/$target" -merge=1 "$fuzz/Corpus/$name" "$corpus" >/dev/null 2>&1 || true
    fi
    rmdir "$artifacts" 2>/dev/null || true
done
exit "$status"
