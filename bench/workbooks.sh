#!/usr/bin/env bash
# bench/workbooks.sh [BUILD_DIR]: reading municipalities as workbooks costs no more than the same
# data as YAML (issue 30). A corpus of VAP_BENCH_BOOK_MUNIS municipalities (default 480) from
# vap-bench-gen, and the same municipalities as workbooks, one per municipality (`vap convert
# FOLDER -o REGION-NAME.xlsx`); `vap check` and `vap gallery --format csv` on each, taking turns
# for VAP_BENCH_RUNS rounds (default 3; the best CPU of each counts, the largest peak RSS); the
# gallery's CSV of both must be the same bytes. Then the same on the first quarter of the
# workbooks, for memory: the peak of all of them against the peak of a quarter (flat: a run is
# read in batches of 64 municipalities, workbooks as folders). And instruction counts
# (valgrind's cachegrind, no cache simulation, one thread) of `vap check` on the first 32
# municipalities of each kind: the same figures however loaded the machine is.
# Targets: CPU of the workbooks <= 1.0x the YAML's, judged on the instruction counts (the CPU
# seconds are printed beside them; on a shared machine they move by more than the margin, see
# docs/decisions/0001); peak RSS of all the workbooks <= 1.1x that of a quarter of them.
# Missed targets are reported, not errors; a failed run is an error.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
vap=$build/vap
gen=$build/bench/vap-bench-gen
[ -x "$gen" ] || { echo "bench/workbooks.sh: $gen is not built (cmake -DVAP_BENCH=ON)" >&2; exit 1; }
n=${VAP_BENCH_BOOK_MUNIS:-480}
rounds=${VAP_BENCH_RUNS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$gen" "$work/yaml" --municipalities "$n" >/dev/null
mkdir -p "$work/books" "$work/quarter" "$work/yaml32" "$work/books32"
made=0
for m in "$work"/yaml/*/*/municipality.yaml; do
  d=$(dirname "$m")
  book="$(basename "$(dirname "$d")")-$(basename "$d").xlsx"
  "$vap" convert "$d" -o "$work/books/$book" >/dev/null 2>"$work/err" ||
    { echo "vap convert $d failed:" >&2; cat "$work/err" >&2; exit 1; }
  [ $((made % 4)) -ne 0 ] || cp "$work/books/$book" "$work/quarter/"
  if [ "$made" -lt 32 ]; then
    cp "$work/books/$book" "$work/books32/"
    mkdir -p "$work/yaml32/$(basename "$(dirname "$d")")"
    cp -r "$d" "$work/yaml32/$(basename "$(dirname "$d")")/"
  fi
  made=$((made + 1))
done

echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg); $n municipalities" \
  "($(du -sk "$work/yaml" | cut -f1) KB of YAML, $(du -sk "$work/books" | cut -f1) KB of workbooks)"
declare -A cpu rss
source bench/measure.sh
for ((r = 1; r <= rounds; r++)); do
  for corpus in yaml books quarter; do
    measure "gallery-$corpus" gallery "$work/$corpus" --format csv
    measure "check-$corpus" check "$work/$corpus"
  done
done
cmp -s "$work/gallery-yaml.out" "$work/gallery-books.out" ||
  { echo "the workbooks' gallery differs from the YAML's" >&2; exit 1; }

instructions() { # instructions DIR: vap check's instruction count, one thread
  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file="$work/cg.out" \
    "$vap" check "$1" --threads 1 >/dev/null 2>&1
  awk '/^summary:/ { print $2 }' "$work/cg.out"
}
ir_yaml=$(instructions "$work/yaml32")
ir_books=$(instructions "$work/books32")

printf '%-22s %8s %8s\n' case "CPU s" "RSS MB"
for key in gallery-yaml gallery-books gallery-quarter check-yaml check-books check-quarter; do
  printf '%-22s %8s %8d\n' "$key" "${cpu[$key]}" $((rss[$key] / 1024))
done
printf '%-22s %14s\n' "instructions (32)" ""
printf '  %-20s %14d\n' "check, YAML" "$ir_yaml" "check, workbooks" "$ir_books"
ratio=$(awk -v b="$ir_books" -v y="$ir_yaml" 'BEGIN { printf "%.2f", b / y }')
verdict=$(awk -v r="$ratio" 'BEGIN { print (r <= 1.0 ? "met" : "missed") }')
echo "workbooks: ${ratio}x the YAML's instructions (target <= 1.0): $verdict"
for cmd in gallery check; do
  secs=$(awk -v b="${cpu[$cmd-books]}" -v y="${cpu[$cmd-yaml]}" 'BEGIN { printf "%.2f", b / y }')
  echo "$cmd: workbooks ${secs}x the YAML's CPU seconds (shown only)"
  flat=$(awk -v a="${rss[$cmd-books]}" -v q="${rss[$cmd-quarter]}" 'BEGIN { printf "%.2f", a / q }')
  verdict=$(awk -v f="$flat" 'BEGIN { print (f <= 1.1 ? "met" : "missed") }')
  echo "$cmd: peak RSS of $n workbooks ${flat}x that of $(ls "$work/quarter" | wc -l) (target <= 1.1): $verdict"
done
