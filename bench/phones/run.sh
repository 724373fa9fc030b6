#!/usr/bin/env bash
# vap import + vap monitor against a pandas script (satisfaction.py) that computes the same
# satisfaction table from the same KoboToolbox CSV export, side by side in one run: 10,000 and
# 100,000 survey submissions, best of 3 wall times each (interleaved), and each side's peak
# resident memory. Target: vap at most a quarter of pandas' wall time at 100,000 submissions,
# and vap's memory flat in the number of rows.
#   bench/phones/run.sh [VAP]
set -euo pipefail
cd "$(dirname "$0")/../.."
vap="$(realpath "${1:-build/release/vap}")"
py=/usr/bin/python3; [ -x "$py" ] || py=python3 # Debian's, with python3-pandas
"$py" -c 'import pandas' 2>/dev/null || { echo "bench/phones: python3-pandas is not installed"; exit 1; }
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
mkdir -p "$work/base"
cp examples/jany-jol/municipality.yaml examples/jany-jol/plan.yaml "$work/base/"

# "wall_seconds peak_kib" of a command (GNU time).
measure() { /usr/bin/time -f "%e %M" -o "$work/t" "$@" >/dev/null 2>"$work/err" || { cat "$work/err"; exit 1; }; cat "$work/t"; }

printf '| submissions | export MB | vap import + monitor, s | vap peak MB | pandas, s | pandas peak MB | vap / pandas |\n'
printf '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n'
for n in 10000 100000; do
  "$py" bench/phones/gen_survey.py "$n" "$work/survey-$n.csv"
  best_vap=999; best_pd=999; mem_vap=0; mem_pd=0
  for round in 1 2 3; do
    rm -rf "$work/m"; cp -r "$work/base" "$work/m"
    read -r w1 m1 < <(measure "$vap" import "$work/survey-$n.csv" -o "$work/m")
    read -r w2 m2 < <(measure "$vap" monitor "$work/m" --format csv)
    w=$(echo "$w1 + $w2" | bc -l)
    m=$(( m1 > m2 ? m1 : m2 ))
    read -r wp mp < <(measure "$py" bench/phones/satisfaction.py "$work/survey-$n.csv")
    best_vap=$(echo "if ($w < $best_vap) $w else $best_vap" | bc -l)
    best_pd=$(echo "if ($wp < $best_pd) $wp else $best_pd" | bc -l)
    mem_vap=$(( m > mem_vap ? m : mem_vap )); mem_pd=$(( mp > mem_pd ? mp : mem_pd ))
  done
  size=$(du -m "$work/survey-$n.csv" | cut -f1)
  printf '| %s | %s | %.2f | %.1f | %.2f | %.1f | %.3f |\n' "$n" "$size" "$best_vap" \
    "$(echo "$mem_vap / 1024" | bc -l)" "$best_pd" "$(echo "$mem_pd / 1024" | bc -l)" \
    "$(echo "$best_vap / $best_pd" | bc -l)"
done
# The two tables agree: per service and group, vap's respondents, mean score and satisfied are
# pandas' (services compared by their rows: vap names them in the municipality's language).
"$vap" monitor "$work/m" --format json 2>/dev/null | "$py" -c '
import json, sys
for s in json.load(sys.stdin)["surveys"]:
    print(s["group"], s["respondents"], "%.2f" % s["mean"], s["satisfied"])' | sort >"$work/vap.rows"
"$py" bench/phones/satisfaction.py "$work/survey-100000.csv" --rows | sort >"$work/pandas.rows"
if cmp -s "$work/vap.rows" "$work/pandas.rows"; then
  echo "vap monitor and pandas agree on all $(wc -l <"$work/vap.rows") rows (service x group) of 100000 submissions"
else
  echo "vap monitor and pandas differ:"; diff "$work/vap.rows" "$work/pandas.rows" | head; exit 1
fi
