#!/usr/bin/env bash
# bench/warnings.sh [BUILD_DIR]: warnings cost what their text costs (issue 30). Two corpora of
# VAP_BENCH_WARN_MUNIS municipalities (default 2,000) from vap-bench-gen, the same but for
# `--warnings` (a problem no catalog holds, 0 dots, in every other municipality: 1,000
# warnings, as real batches have); `vap gallery --format csv` and `vap check` on each, taking
# turns for VAP_BENCH_RUNS rounds (default 3; the best CPU of each counts, the largest peak RSS).
# Targets: peak RSS under 150 MB with warnings, CPU with warnings within 1.2x of the clean run.
# (That the streamed printout equals a whole load's is tests/script/streamed.sh's.)
# Missed targets are reported, not errors; a failed run is an error.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
vap=$build/vap
gen=$build/bench/vap-bench-gen
[ -x "$gen" ] || { echo "bench/warnings.sh: $gen is not built (cmake -DVAP_BENCH=ON)" >&2; exit 1; }
n=${VAP_BENCH_WARN_MUNIS:-2000}
rounds=${VAP_BENCH_RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$gen" "$work/clean" --municipalities "$n" >/dev/null
"$gen" "$work/warn" --municipalities "$n" --warnings >/dev/null

echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg); $n municipalities"
declare -A cpu rss
source bench/measure.sh
for ((r = 1; r <= rounds; r++)); do
  for corpus in clean warn; do
    measure "gallery-$corpus" gallery "$work/$corpus" --format csv
    measure "check-$corpus" check "$work/$corpus"
  done
done
# The warnings are all printed (1,000 = the run's limit, or the first 1,000 and a count).
"$vap" check "$work/warn" 2>"$work/warn.err" >/dev/null || true
shown=$(grep -c ': warning: ' "$work/warn.err" || true)
printf '%-22s %8s %8s\n' case "CPU s" "RSS MB"
for key in gallery-clean gallery-warn check-clean check-warn; do
  printf '%-22s %8s %8d\n' "$key" "${cpu[$key]}" $((rss[$key] / 1024))
done
echo "warnings printed by vap check: $shown"
for cmd in gallery check; do
  ratio=$(awk -v w="${cpu[$cmd-warn]}" -v c="${cpu[$cmd-clean]}" 'BEGIN { printf "%.2f", w / c }')
  mb=$((rss[$cmd-warn] / 1024))
  verdict=$(awk -v r="$ratio" -v m="$mb" 'BEGIN { print (r <= 1.2 && m < 150 ? "met" : "missed") }')
  echo "$cmd with warnings: CPU ${ratio}x the clean run (target <= 1.2), peak ${mb} MB (target < 150): $verdict"
done
