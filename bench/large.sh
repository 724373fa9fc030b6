#!/usr/bin/env bash
# bench/large.sh [VAP]: the one-file attacks of issue 12 ("superlinear time"): one session with
# 100,000 new problem names (gallery, report, plan draft), one Venn diagram of 100,000
# institutions (the drawing places every label) and one pie of 1,000,000 budget items,
# each timed once with /usr/bin/time (wall, CPU = user + sys, peak RSS) against its target:
# 100,000 names in under 5 s, 1,000,000 in under 60 s (CPU seconds, so that a busy machine does
# not hide or fake a quadratic step). A missed target is reported, not an error; a failed run is.
set -euo pipefail
cd "$(dirname "$0")/.."
vap=${1:-build/release/vap}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bench/gen_large.sh "$work/names" 100000
bench/gen_large.sh "$work/pie" 1000000 pie
bench/gen_large.sh "$work/venn" 100000 venn

echo "machine: $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) RAM, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-34s %8s %8s %9s %8s  %s\n' case "wall s" "CPU s" "RSS MB" target result
run() { # run NAME TARGET_SECONDS ARGS...
  local name=$1 target=$2
  shift 2
  if ! /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$vap" "$@" >/dev/null 2>"$work/err"; then
    echo "$name: vap failed" >&2
    tail -n 5 "$work/err" >&2
    exit 1
  fi
  read -r wall user sys rss <"$work/time"
  local cpu verdict
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  verdict=$(awk -v c="$cpu" -v t="$target" 'BEGIN { print (c < t ? "met" : "missed") }')
  printf '%-34s %8s %8s %9d %8s  %s\n' "$name" "$wall" "$cpu" $((rss / 1024)) "< ${target} s" "$verdict"
}
run "gallery, 100,000 names (md)" 5 gallery "$work/names"
run "gallery, 100,000 names (csv)" 5 gallery "$work/names" --format csv
run "report, 100,000 names" 5 report "$work/names"
run "plan draft, 100,000 names" 5 plan draft "$work/names" -o "$work/plan.yaml"
run "venn, 100,000 institutions (svg)" 5 venn "$work/venn" --format svg
run "check, 1,000,000 pie items" 60 check "$work/pie"
run "pie, 1,000,000 items (md)" 60 pie "$work/pie"
run "pie, 1,000,000 items (csv)" 60 pie "$work/pie" --format csv
