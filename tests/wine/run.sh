#!/usr/bin/env bash
# The Windows tests under Wine: vap_tests.exe, then every golden case of tests/golden and
# tests/wine/cases with vap.exe, 2 at a time, each byte for byte against the expected output of
# the Linux build. A case whose output differs only by '\' for '/' in a path passes, and is
# named; the cases of tests/wine/posix-only (FIFOs, Unix permissions) are skipped, each with its
# reason. Prints "wine: N passed, M failed" and fails when one failed. Every Wine program runs
# under a time limit (scripts/lib.sh, run_with_timeout): one that hangs is killed and named, and
# a case that hangs fails with the line "timed out: ...".
#   tests/wine/run.sh [BUILD_DIR]       (default build/windows)
#   VAP_JOBS=N                          cases at once (default 2)
set -uo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
source scripts/lib.sh
need_tool wine wine
build="$(cd "${1:-build/windows}" && pwd)"
jobs="${VAP_JOBS:-2}"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/vap-windows"
export WINEPREFIX="${VAP_WINEPREFIX:-$cache/wineprefix}" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
# Wine turns the Unix arguments into Windows ones with the locale's character set.
export LC_ALL=C.UTF-8
export VAP_EXE="$build/vap.exe"

# A private Wine prefix, made once (the first boot takes a while; later runs are warm).
if ! [ -f "$WINEPREFIX/.vap-ready" ]; then
  start=$SECONDS
  mkdir -p "$WINEPREFIX"
  run_with_timeout --quiet 600 wineboot --init >/dev/null || exit 1
  run_with_timeout 300 wineserver -w || exit 1
  touch "$WINEPREFIX/.vap-ready"
  echo "wine: prefix $WINEPREFIX made in $((SECONDS - start)) s"
fi
# One Wine server for the whole run.
wineserver -p 10

results="$(mktemp -d)"; trap 'rm -rf "$results"' EXIT
failed=0 passed=0

echo "== vap_tests.exe under Wine"
if VAP_SOURCE_DIR="$root" run_with_timeout 900 wine "$build/vap_tests.exe" </dev/null >"$results/unit.log" 2>&1; then
  passed=$((passed + 1))
else
  failed=$((failed + 1)); echo "FAIL unit (vap_tests.exe):"; tail -n 40 "$results/unit.log"
fi
grep -E '^\[doctest\] (test cases|assertions)' "$results/unit.log"

# One case: its verdict in $results/<name>.
run_case() {
  local case_dir="$1" name out
  name="$(basename "$(dirname "$case_dir")")-$(basename "$case_dir")"
  out="$(GOLDEN_SEPARATORS=1 run_with_timeout 180 bash "$root/tests/run_golden.sh" "$root/tests/wine/vap" "$case_dir" "$root" </dev/null 2>&1)"
  local status=$?
  if [ $status -ne 0 ]; then
    printf 'FAIL %s\n%s\n' "$name" "$out" >"$results/$name"
  elif grep -q '^note: ' <<<"$out"; then
    printf 'pass %s (%s)\n' "$name" "$(grep '^note: ' <<<"$out" | sed 's/^note: //' | paste -sd';')" >"$results/$name"
  else
    printf 'pass %s\n' "$name" >"$results/$name"
  fi
}
export -f run_case run_with_timeout; export root results

echo "== golden cases with vap.exe under Wine ($jobs at a time)"
start=$SECONDS
cases=()
skipped=0
for d in "$root"/tests/golden/*/ "$root"/tests/wine/cases/*/; do
  [ -f "$d/cmd" ] || continue
  why="$(awk -v c="$(basename "$d")" '$1 == c { $1 = ""; sub(/^ +/, ""); print }' "$root/tests/wine/posix-only")"
  if [ -n "$why" ]; then
    echo "skip $(basename "$d") (POSIX only: $why)"; skipped=$((skipped + 1)); continue
  fi
  cases+=("${d%/}")
done
printf '%s\0' "${cases[@]}" | xargs -0 -P "$jobs" -I{} bash -c 'run_case "$1"' _ {}
for c in "${cases[@]}"; do
  name="$(basename "$(dirname "$c")")-$(basename "$c")"
  if grep -q '^FAIL' "$results/$name"; then failed=$((failed + 1)); cat "$results/$name"
  else passed=$((passed + 1)); grep ' (' "$results/$name" || true; fi
done
echo "== ${#cases[@]} golden cases in $((SECONDS - start)) s; $skipped POSIX-only cases skipped (tests/wine/posix-only)"
echo "wine: $passed passed, $failed failed"
[ $failed -eq 0 ]
