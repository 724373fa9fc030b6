#!/usr/bin/env bash
# `vap papers --pdf`: the HTML page printed by Chromium through vap itself. Every page of the
# decision, the order and the hearing pack of examples/kara-suu-ru (ru) is A4 (595 x 842 pt),
# the hearing pack four pages (its notice, agenda, citizens' budget and minutes form one page
# each); without a browser it fails with exit 73 and a message naming `vap papers`, and leaves
# nothing. Needs chromium and pdfinfo (`VAP_TEST_TOOLS=1 scripts/setup`); skipped (77) without.
set -uo pipefail
VAP_BIN="$1"; ROOT="$2"
cd "$ROOT"
source scripts/lib.sh
need_tool chromium chromium
need_tool pdfinfo poppler-utils
unset LC_ALL LC_MESSAGES LANG LANGUAGE
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
fail=0
for paper in decision order hearing; do
  out="$TMP/$paper.pdf"
  if ! run_with_timeout 300 "$VAP_BIN" papers examples/kara-suu-ru --for "$paper" --pdf -o "$out" 2>/dev/null; then
    echo "FAIL $paper: vap papers --pdf failed"; fail=1; continue
  fi
  pages=$(pdfinfo "$out" | awk '/^Pages:/ {print $2}')
  sizes=$(pdfinfo -f 1 -l "$pages" "$out" | awk '/^Page +[0-9]+ size:/ {printf "%.0f x %.0f\n", $4, $6}' | sort -u)
  [ "$sizes" = "595 x 842" ] || { echo "FAIL $paper: page sizes $sizes, want A4 (595 x 842)"; fail=1; }
  [ "$paper" != hearing ] || [ "$pages" = 4 ] || { echo "FAIL hearing: $pages pages, want 4"; fail=1; }
  echo "papers --for $paper --pdf: $pages A4 page(s)"
done
mkdir "$TMP/none"
VAP_CHROMIUM=/nonexistent "$VAP_BIN" papers examples/kara-suu-ru --for order --pdf -o "$TMP/none/o.pdf" \
  2>"$TMP/err"
status=$?
want="vap: ошибка: не удаётся сделать PDF: VAP_CHROMIUM равна '/nonexistent', это не программа; укажите в переменной VAP_CHROMIUM файл программы Chromium или Microsoft Edge; без --pdf vap papers записывает HTML-страницу, которую печатает любой браузер"
[ "$status" = 73 ] || { echo "FAIL no browser: exit status $status, want 73"; fail=1; }
grep -qxF "$want" "$TMP/err" || { echo "FAIL no browser: the message is not"; echo "  $want"; cat "$TMP/err"; fail=1; }
[ -z "$(ls -A "$TMP/none")" ] || { echo "FAIL no browser: left $(ls -A "$TMP/none")"; fail=1; }
exit $fail
