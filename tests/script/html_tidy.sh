#!/usr/bin/env bash
# The HTML that vap writes is valid: the reports of every example in ky, ru and en, the
# information-board posters, the papers (`vap papers`, the examples with a plan) and the budget
# pages (of a municipality and of a pabulib file) pass `tidy -e -q` (Debian package tidy)
# without errors (warnings are allowed), and each page's <html lang> is its language. Skipped
# (77) without tidy.
set -uo pipefail
VAP_BIN="$1"; ROOT="$2"
cd "$ROOT"
source scripts/lib.sh
need_tool tidy tidy
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
fail=0
check() { # file lang what
  tidy -e -q "$1" >"$TMP/tidy.txt" 2>&1
  if grep -q "Error:" "$TMP/tidy.txt"; then
    echo "FAIL $3: tidy finds errors"; grep "Error:" "$TMP/tidy.txt" | head; fail=1
  fi
  grep -q "<html lang=\"$2\">" "$1" || { echo "FAIL $3: no <html lang=\"$2\">"; fail=1; }
}
for example in jany-jol kara-suu-ru ak-tash-mixed batch-13; do
  for lang in ky ru en; do
    "$VAP_BIN" report "examples/$example" --format html --lang "$lang" -o "$TMP/r.html" 2>/dev/null ||
      { echo "FAIL $example $lang: vap report failed"; fail=1; continue; }
    check "$TMP/r.html" "$lang" "report $example $lang"
    [ "$example" = batch-13 ] && continue
    "$VAP_BIN" board "examples/$example" --lang "$lang" -o "$TMP/b.html" 2>/dev/null ||
      { echo "FAIL $example $lang: vap board failed"; fail=1; continue; }
    check "$TMP/b.html" "$lang" "board $example $lang"
    for paper in decision order hearing monitoring-group; do
      "$VAP_BIN" papers "examples/$example" --for "$paper" --format html --lang "$lang" -o "$TMP/p.html" 2>/dev/null ||
        { echo "FAIL $example $paper $lang: vap papers failed"; fail=1; continue; }
      check "$TMP/p.html" "$lang" "papers $paper $example $lang"
    done
  done
done
for lang in ky ru en; do
  "$VAP_BIN" budget examples/jany-jol --format html --lang "$lang" -o "$TMP/budget.html" 2>/dev/null ||
    { echo "FAIL budget $lang: vap budget failed"; fail=1; continue; }
  check "$TMP/budget.html" "$lang" "budget jany-jol $lang"
  "$VAP_BIN" budget tests/fixtures/pabulib/wieliczka-example.pb --format html --lang "$lang" \
    -o "$TMP/pb.html" 2>/dev/null || { echo "FAIL budget .pb $lang: vap budget failed"; fail=1; continue; }
  check "$TMP/pb.html" "$lang" "budget wieliczka-example.pb $lang"
done
[ $fail = 0 ] && echo "html_tidy: every page passes"
exit $fail
