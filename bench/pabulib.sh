#!/usr/bin/env bash
# `vap budget` on the largest real participatory budgets against pabutools, side by side in one
# run (issue 34): reading the file and running greedy plus equal shares (cost satisfaction),
# CPU seconds (user + sys, /usr/bin/time) of each process, and memory against the number of
# votes.
#
#   bench/pabulib.sh [BUILD_DIR]       (default build/release, built with VAP_BENCH=ON)
#   VAP_PABULIB=DIR   the shared data (default ../shared/pabulib or ../../shared/pabulib)
#   VAP_BENCH_FILES   the instances (default: Łódź 2022 and Wrocław 2015)
#
# vap: `vap-bench-pb FILE` (bench/pb_rules.cpp: load_pabulib, greedy, equal shares; its own
# phase times are printed too) and `vap budget FILE --format json` (every rule and the analysis,
# for information). pabutools: tests' oracle.py (../shared/pabulib/pabutools, GPL, a test oracle
# only) run three times per file: parse only, greedy-votes, mes-cost; its time for read + greedy +
# equal shares is greedy-votes + mes-cost - parse (each run parses the file once and starts Python
# once); the last column says whether vap's greedy and equal shares select what pabutools' do.
# Memory: vap-bench-pb's peak RSS on the first file with its votes repeated 1, 2 and 4 times (new
# voter ids): it grows by the same amount per vote.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
build="${1:-build/release}"
bench_pb="$build/bench/vap-bench-pb"
vap="$build/vap"
[ -x "$bench_pb" ] && [ -x "$vap" ] || { echo "bench/pabulib.sh: build $bench_pb and $vap first" >&2; exit 1; }
. tests/pabulib/data.sh
[ -n "$PABULIB" ] || { echo "bench/pabulib.sh: no pabulib data (set VAP_PABULIB)" >&2; exit 1; }
[ -n "$PYTHON" ] || { echo "bench/pabulib.sh: needs pabutools' Python packages (VAP_TEST_TOOLS=1 scripts/setup)" >&2; exit 1; }
files=(${VAP_BENCH_FILES:-$PABULIB/instances/poland_lodz_2022_.pb $PABULIB/instances/poland_wroclaw_2015_150-500.pb})
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT

# cpu COMMAND...: runs it, prints "CPU_SECONDS PEAK_RSS_KB" of the process.
cpu() {
  /usr/bin/time -f "%U %S %M" -o "$TMP/time" "$@" >"$TMP/out" 2>"$TMP/err" ||
    { cat "$TMP/err" >&2; return 1; }
  awk '{ printf "%.3f %d\n", $1 + $2, $3 }' "$TMP/time"
}

echo "| file | voters | votes | vap: read + greedy + equal shares | vap budget, every rule | pabutools: read + greedy + equal shares | vap / pabutools | same selections |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
for f in "${files[@]}"; do
  read -r vap_cpu vap_rss < <(cpu "$bench_pb" "$f")
  phases="$(cat "$TMP/out")"
  read -r all_cpu _ < <(cpu "$vap" budget "$f" --format json)
  cp "$TMP/out" "$TMP/vap.json"
  read -r parse_cpu _ < <(cpu "$PYTHON" -c "import sys; sys.path.insert(0, '$PABULIB/pabutools'); import oracle; oracle.parse_pabulib('$f')")
  read -r greedy_cpu _ < <(cpu "$PYTHON" "$PABULIB/pabutools/oracle.py" greedy-votes "$f")
  cp "$TMP/out" "$TMP/greedy.json"
  read -r mes_cpu _ < <(cpu "$PYTHON" "$PABULIB/pabutools/oracle.py" mes-cost "$f")
  cp "$TMP/out" "$TMP/mes.json"
  # The same selections? vap's greedy and equal shares against pabutools' greedy-votes, mes-cost.
  same="$("$PYTHON" - "$TMP/vap.json" "$TMP/greedy.json" "$TMP/mes.json" <<'PY'
import json, sys
funded = {r["rule"]: sorted(r["funded"]) for r in json.load(open(sys.argv[1]))["rules"]}
ok = all(sorted(json.loads(open(p).readline())["selected"]) == funded[rule]
         for p, rule in ((sys.argv[2], "greedy"), (sys.argv[3], "equal_shares")))
print("yes" if ok else "NO")
PY
)"
  pabu="$(awk -v g="$greedy_cpu" -v m="$mes_cpu" -v p="$parse_cpu" 'BEGIN { printf "%.1f", g + m - p }')"
  voters="$(echo "$phases" | sed -n 's/.*"voters": \([0-9]*\).*/\1/p')"
  votes="$(echo "$phases" | sed -n 's/.*"votes": \([0-9]*\).*/\1/p')"
  ratio="$(awk -v v="$vap_cpu" -v p="$pabu" 'BEGIN { printf "1/%.0f", p / v }')"
  echo "| $(basename "$f") | $voters | $votes | ${vap_cpu} s | ${all_cpu} s | ${pabu} s (parse ${parse_cpu}, greedy run ${greedy_cpu}, equal shares run ${mes_cpu}) | $ratio | $same |"
  echo "$phases" >>"$TMP/phases"
done
echo
echo "vap-bench-pb's own phases (wall seconds):"
sed 's/^/    /' "$TMP/phases"
echo
# Memory against votes: the first file, its votes repeated k times with new voter ids.
first="${files[0]}"
echo "| votes | peak RSS (vap-bench-pb) | KB per vote over the file with 1x |"
echo "| ---: | ---: | ---: |"
base_rss="" base_votes=""
for k in 1 2 4; do
  awk -v k="$k" '
    /^VOTES/ { votes = 1; print; getline; print; next }
    !votes { print; next }
    { line[++n] = $0 }
    END { for (r = 1; r <= k; ++r) for (i = 1; i <= n; ++i) { split(line[i], f, ";"); rest = substr(line[i], length(f[1]) + 1); print f[1] "x" r rest } }
  ' "$first" >"$TMP/x$k.pb"
  read -r _ rss < <(cpu "$bench_pb" "$TMP/x$k.pb")
  votes="$(sed -n 's/.*"votes": \([0-9]*\).*/\1/p' "$TMP/out")"
  if [ -z "$base_rss" ]; then base_rss="$rss" base_votes="$votes"; slope="-"; else
    slope="$(awk -v r="$rss" -v b="$base_rss" -v v="$votes" -v bv="$base_votes" 'BEGIN { printf "%.3f", (r - b) / (v - bv) }')"; fi
  echo "| $votes | $((rss / 1024)) MB | $slope |"
done
