#!/usr/bin/env bash
# bench/run.sh [BUILD_DIR]: times vap on a generated national-scale corpus against a bare
# single-thread yaml-cpp parse and prints a Markdown table. See bench/README.md.
#
#   BUILD_DIR        default build/release; holds vap and bench/vap-bench-{gen,bare}
#   VAP_BENCH_DIR    corpus folder, default /tmp/vap-bench-corpus (generated when missing)
set -euo pipefail

BUILD_DIR=${1:-build/release}
CORPUS=${VAP_BENCH_DIR:-/tmp/vap-bench-corpus}
VAP=$BUILD_DIR/vap
RUNS=3

die() { echo "bench/run.sh: $*" >&2; exit 1; }

find_tool() { # name -> path of a benchmark tool in BUILD_DIR
  local p
  for p in "$BUILD_DIR/bench/$1" "$BUILD_DIR/$1"; do
    if [ -x "$p" ]; then echo "$p"; return 0; fi
  done
  return 1
}

GEN=$(find_tool vap-bench-gen) || true
BARE=$(find_tool vap-bench-bare) || true
if { [ -z "$GEN" ] || [ -z "$BARE" ]; } && [ -f "$BUILD_DIR/CMakeCache.txt" ]; then
  cmake --build "$BUILD_DIR" --target vap-bench-gen vap-bench-bare >&2
  GEN=$(find_tool vap-bench-gen) || true
  BARE=$(find_tool vap-bench-bare) || true
fi
if [ -z "$GEN" ] || [ -z "$BARE" ]; then
  die "vap-bench-gen / vap-bench-bare not found in $BUILD_DIR; build with -DVAP_BENCH=ON first"
fi

if [ ! -x /usr/bin/time ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi
  $SUDO apt-get install -y time >&2 || { $SUDO apt-get update >&2 && $SUDO apt-get install -y time >&2; }
fi
command -v taskset >/dev/null || die "taskset not found (package util-linux)"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# --- corpus -------------------------------------------------------------------------------------
if [ ! -d "$CORPUS" ]; then
  echo "generating corpus in $CORPUS ..." >&2
  rm -rf "$CORPUS.partial"
  "$GEN" "$CORPUS.partial" >&2
  mv "$CORPUS.partial" "$CORPUS"
fi
mapfile -t MUNIS < <(find "$CORPUS" -name municipality.yaml -printf '%h\n' | LC_ALL=C sort)
NMUNI=${#MUNIS[@]}
[ "$NMUNI" -gt 0 ] || die "no municipality.yaml under $CORPUS"

sizes() { # paths... -> "files bytes" of the *.yaml / *.yml files under them
  find "$@" -type f \( -name '*.yaml' -o -name '*.yml' \) -printf '%s\n' |
    awk '{ n++; b += $1 } END { printf "%d %d\n", n, b }'
}
read -r CORPUS_FILES CORPUS_BYTES < <(sizes "$CORPUS")
echo "corpus: $CORPUS: $NMUNI municipalities, $CORPUS_FILES files," \
  "$(awk -v b="$CORPUS_BYTES" 'BEGIN { printf "%.1f", b / 1e6 }') MB" >&2

# --- timing -------------------------------------------------------------------------------------
# timed cmd...: best wall-clock seconds of $RUNS runs -> T_SEC, peak RSS of all runs (KB) -> T_KB,
# exit status of a failed run -> T_RC (0 when all succeeded). Standard error goes to $TMP/stderr.
timed() {
  local i rc t0 t1 e kb
  T_SEC="" T_KB=0 T_RC=0
  for ((i = 0; i < RUNS; i++)); do
    rc=0
    t0=$(date +%s%N)
    /usr/bin/time -f '%e %M' -o "$TMP/time" "$@" >/dev/null 2>"$TMP/stderr" || rc=$?
    t1=$(date +%s%N)
    if [ ! -c /dev/null ]; then die "/dev/null is no longer a character device after: $*"; fi
    if [ "$rc" -ne 0 ]; then T_RC=$rc; return 0; fi
    read -r e kb < <(tail -n 1 "$TMP/time")
    # %e has 10 ms resolution; the nanosecond clock around it is used for the seconds column.
    e=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", (b - a) / 1e9 }')
    if [ -z "$T_SEC" ] || awk -v x="$e" -v y="$T_SEC" 'BEGIN { exit !(x < y) }'; then T_SEC=$e; fi
    if [ "$kb" -gt "$T_KB" ]; then T_KB=$kb; fi
  done
}

ROWS=()
FAILURES=()
FAILED=0
declare -A SECONDS_OF RSS_OF

# row LABEL BARE_SECONDS FILES BYTES: appends the last timed() result as a table row.
row() {
  local label=$1 bare=$2 files=$3 bytes=$4
  if [ "$T_RC" -ne 0 ]; then
    ROWS+=("| $label | $files | $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') | failed (exit $T_RC) | | | | |")
    FAILURES+=("$label (exit $T_RC): $(head -c 600 "$TMP/stderr")")
    FAILED=1
    return 0
  fi
  SECONDS_OF[$label]=$T_SEC
  RSS_OF[$label]=$T_KB
  ROWS+=("$(awk -v l="$label" -v s="$T_SEC" -v f="$files" -v b="$bytes" -v base="$bare" -v kb="$T_KB" 'BEGIN {
    mb = b / 1e6
    printf "| %s | %d | %.1f | %.3f | %.0f | %.2f | %s | %.0f |", l, f, mb, s, f / s, mb / s,
      (base > 0 ? sprintf("%.2f", s / base) : "-"), kb / 1024 }')")
}

# bare PATHS...: bare-parse time of these inputs -> BARE_SEC (0 if it failed)
bare() {
  timed "$BARE" "$@"
  if [ "$T_RC" -ne 0 ]; then
    FAILURES+=("bare parse (exit $T_RC): $(head -c 600 "$TMP/stderr")")
    FAILED=1
    BARE_SEC=0
  else
    BARE_SEC=$T_SEC
  fi
}

FIRST_CPU=$(taskset -cp $$ | sed 's/.*: *//; s/[-,].*//')
NPROC=$(nproc)

# (a) the baseline
bare "$CORPUS"
BARE_FULL=$BARE_SEC
row "bare parse (yaml-cpp, 1 thread)" 0 "$CORPUS_FILES" "$CORPUS_BYTES"

HAVE_VAP=0
HAVE_REPORT=0
if [ -x "$VAP" ]; then
  HAVE_VAP=1
  if "$VAP" report --help >/dev/null 2>&1; then HAVE_REPORT=1; fi
else
  FAILURES+=("vap not found at $VAP: vap cases skipped")
fi

if [ "$HAVE_VAP" -eq 1 ]; then
  # (b) all cores, (c) one core
  timed "$VAP" gallery "$CORPUS" --format csv -o /dev/null
  row "vap gallery csv ($NPROC cores)" "$BARE_FULL" "$CORPUS_FILES" "$CORPUS_BYTES"
  if [ "$NPROC" -gt 2 ]; then
    SECOND_CPU=$(taskset -cp $$ | sed 's/.*: *//' | tr ',' '\n' |
      awk -F- '{ for (c = $1; c <= ($2 == "" ? $1 : $2); c++) print c }' | sed -n 2p)
    timed taskset -c "$FIRST_CPU,$SECOND_CPU" "$VAP" gallery "$CORPUS" --format csv -o /dev/null
    row "vap gallery csv (2 cores)" "$BARE_FULL" "$CORPUS_FILES" "$CORPUS_BYTES"
  fi
  timed taskset -c "$FIRST_CPU" "$VAP" gallery "$CORPUS" --format csv -o /dev/null
  row "vap gallery csv (1 core)" "$BARE_FULL" "$CORPUS_FILES" "$CORPUS_BYTES"

  # (d) national report, (e) one municipality's report
  if [ "$HAVE_REPORT" -eq 1 ]; then
    timed "$VAP" report "$CORPUS" --format html -o /dev/null
    row "vap report html" "$BARE_FULL" "$CORPUS_FILES" "$CORPUS_BYTES"
    read -r F B < <(sizes "${MUNIS[0]}")
    bare "${MUNIS[0]}"
    timed "$VAP" report "${MUNIS[0]}" --format html -o /dev/null
    row "vap report html, 1 municipality" "$BARE_SEC" "$F" "$B"
  else
    FAILURES+=("vap report not available: report cases skipped")
  fi

  # linearity: gallery over the first N/4, N/2, N municipalities (120, 240, 480 by default)
  if [ "$NMUNI" -ge 480 ]; then STEPS=(120 240 480); else STEPS=($((NMUNI / 4)) $((NMUNI / 2)) "$NMUNI"); fi
  LINEAR=()
  for n in "${STEPS[@]}"; do
    [ "$n" -gt 0 ] || continue
    set -- "${MUNIS[@]:0:n}"
    read -r F B < <(sizes "$@")
    bare "$@"
    timed "$VAP" gallery "$@" --format csv -o /dev/null
    row "vap gallery csv, $n municipalities" "$BARE_SEC" "$F" "$B"
    if [ "$T_RC" -eq 0 ]; then LINEAR+=("$n $F $T_SEC"); fi
  done
fi

# --- report -------------------------------------------------------------------------------------
CPU=$(grep -m1 -E '^(model name|Model|Hardware|cpu model)' /proc/cpuinfo | sed 's/^[^:]*: *//' || true)
RAM=$(free -g | awk '/^Mem:/ { print $2 }')
echo
echo "Machine: $NPROC CPUs (nproc), ${CPU:-unknown CPU}, ${RAM} GB RAM; corpus $CORPUS" \
  "($NMUNI municipalities); best of $RUNS runs; $(date -u +%Y-%m-%d)"
echo
echo "| case | files | MB | seconds | files/s | MB/s | ratio to bare parse | peak RSS MB |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
printf '%s\n' "${ROWS[@]}"

verdict() { # description, awk condition on x -> PASS/FAIL line
  local what=$1 value=$2 cond=$3
  if [ -z "$value" ]; then echo "- [ ] $what: not measured"; return 0; fi
  if awk -v x="$value" "BEGIN { exit !($cond) }"; then
    echo "- [x] $what: $value"
  else
    echo "- [ ] $what: $value (FAIL)"
  fi
}

if [ "$HAVE_VAP" -eq 1 ]; then
  echo
  echo "Targets:"
  ratio() { [ -n "${SECONDS_OF[$1]:-}" ] && awk -v s="${SECONDS_OF[$1]}" -v b="$BARE_FULL" 'BEGIN { if (b > 0) printf "%.2f", s / b }' || true; }
  verdict "gallery on 1 core <= 1.3x bare parse" "$(ratio "vap gallery csv (1 core)")" "x <= 1.3"
  if [ "$NPROC" -gt 2 ]; then TWO="vap gallery csv (2 cores)"; else TWO="vap gallery csv ($NPROC cores)"; fi
  if [ "$NPROC" -ge 2 ]; then verdict "gallery on 2 cores faster than bare parse" "$(ratio "$TWO")" "x < 1.0"; fi
  ONE=${SECONDS_OF["vap report html, 1 municipality"]:-}
  verdict "one municipality's report < 30 ms (ms)" "$([ -n "$ONE" ] && awk -v s="$ONE" 'BEGIN { printf "%.1f", s * 1000 }' || true)" "x < 30"
  PEAK=0
  for k in "${!RSS_OF[@]}"; do
    case $k in vap*) if [ "${RSS_OF[$k]}" -gt "$PEAK" ]; then PEAK=${RSS_OF[$k]}; fi ;; esac
  done
  verdict "peak RSS of vap < 200 MB (MB)" "$([ "$PEAK" -gt 0 ] && awk -v k="$PEAK" 'BEGIN { printf "%.0f", k / 1024 }' || true)" "x < 200"
  if [ "${#LINEAR[@]}" -ge 2 ]; then
    # seconds per 1000 files of the largest step over that of the smallest: 1.00 = linear
    GROWTH=$(printf '%s\n' "${LINEAR[0]}" "${LINEAR[${#LINEAR[@]} - 1]}" |
      awk '{ per[NR] = $3 / $2 } END { printf "%.2f", per[2] / per[1] }')
    verdict "linear growth (time per file, largest / smallest step)" "$GROWTH" "x <= 1.25"
  fi
fi

if [ "${#FAILURES[@]}" -gt 0 ]; then
  echo
  echo "Notes:"
  printf -- '- %s\n' "${FAILURES[@]}"
fi
# A failed run is exit status 1; a missed target is only reported.
exit "$FAILED"
