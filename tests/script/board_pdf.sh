#!/usr/bin/env bash
# `vap board --pdf`: the poster printed by Chromium through vap itself. jany-jol in Kyrgyz is one
# A3 page (842 x 1191 pt), with --paper a4 one A4 page (595 x 842 pt); with VAP_CHROMIUM naming
# no program it fails with exit 73 and the message that says what to do, and nothing is left at
# -o or in the folder; --pdf without -o is a usage error (64). Needs chromium and pdfinfo
# (`VAP_TEST_TOOLS=1 scripts/setup`); skipped (77) without them. Printed with the Liberation
# fonts (Windows' metrics) and no other.
set -uo pipefail
VAP_BIN="$1"; ROOT="$2"
cd "$ROOT"
source scripts/lib.sh
need_tool chromium chromium
need_tool pdfinfo poppler-utils
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
use_fonts liberation "$TMP/fonts"
fail=0

pdf() { # paper size-in-pt browser (for VAP_CHROMIUM; "" to let vap find it on PATH)
  local paper="$1" want="$2" browser="$3" out="$TMP/out/board-$1.pdf"
  mkdir -p "$TMP/out"
  # vap gives Chromium 120 s; this limit is for vap itself.
  if ! VAP_CHROMIUM="$browser" run_with_timeout 300 "$VAP_BIN" board examples/jany-jol --lang ky --paper "$paper" --pdf \
      -o "$out" 2>"$TMP/err"; then
    echo "FAIL $paper: vap board --pdf failed"; cat "$TMP/err"; fail=1; return
  fi
  local pages size
  pages=$(pdfinfo "$out" | awk '/^Pages:/ {print $2}')
  size=$(pdfinfo "$out" | awk '/^Page size:/ {printf "%.0f x %.0f", $3, $5}')
  [ "$pages" = 1 ] || { echo "FAIL $paper: $pages pages, want 1"; fail=1; }
  [ "$size" = "$want" ] || { echo "FAIL $paper: page size $size pt, want $want"; fail=1; }
  echo "board --pdf --paper $paper: $pages page(s) of $size pt"
}
pdf a3 "842 x 1191" ""
pdf a4 "595 x 842" "$(command -v chromium)"
# Only the two PDFs: no temporary file is left beside them.
left=$(ls -A "$TMP/out" | grep -v '^board-a[34]\.pdf$')
[ -z "$left" ] || { echo "FAIL: left in the output folder: $left"; fail=1; }

# No browser: exit 73, the message in the report's language, nothing at -o.
mkdir -p "$TMP/none"
VAP_CHROMIUM=/nonexistent "$VAP_BIN" board examples/jany-jol --lang ky --pdf -o "$TMP/none/b.pdf" \
  2>"$TMP/err"
status=$?
want="vap: ката: PDF жасалбайт: VAP_CHROMIUM '/nonexistent' деп турат, бул программа эмес; VAP_CHROMIUM өзгөрмөсүнө Chromium же Microsoft Edge программа файлын жазыңыз; --pdf жок болсо, vap board HTML баракты жазат, аны каалаган браузер басып чыгарат"
[ "$status" = 73 ] || { echo "FAIL no browser: exit status $status, want 73"; fail=1; }
grep -qxF "$want" "$TMP/err" || { echo "FAIL no browser: the message is not"; echo "  $want"; cat "$TMP/err"; fail=1; }
[ -z "$(ls -A "$TMP/none")" ] || { echo "FAIL no browser: left $(ls -A "$TMP/none")"; fail=1; }
# No browser on PATH and no VAP_CHROMIUM: the message says where vap looked and what to do.
env -u VAP_CHROMIUM PATH=/nonexistent "$VAP_BIN" board examples/jany-jol --lang en --pdf \
  -o "$TMP/none/b.pdf" 2>"$TMP/err"
status=$?
want="vap: error: cannot make the PDF: neither Chromium nor Microsoft Edge was found; install one, or set VAP_CHROMIUM to the browser's program file; without --pdf, vap board writes the HTML page, which any browser prints"
[ "$status" = 73 ] || { echo "FAIL no browser on PATH: exit status $status, want 73"; fail=1; }
grep -qxF "$want" "$TMP/err" || { echo "FAIL no browser on PATH: the message is not"; echo "  $want"; cat "$TMP/err"; fail=1; }
[ -z "$(ls -A "$TMP/none")" ] || { echo "FAIL no browser on PATH: left $(ls -A "$TMP/none")"; fail=1; }
# A browser that prints nothing: exit 73, nothing at -o (an existing file stays as it was).
echo old >"$TMP/none/b.pdf"
VAP_CHROMIUM=true "$VAP_BIN" board examples/jany-jol --lang en --pdf -o "$TMP/none/b.pdf" 2>"$TMP/err"
status=$?
[ "$status" = 73 ] || { echo "FAIL empty browser: exit status $status, want 73"; fail=1; }
grep -qF "printed no PDF" "$TMP/err" || { echo "FAIL empty browser: message"; cat "$TMP/err"; fail=1; }
[ "$(ls -A "$TMP/none")" = b.pdf ] && [ "$(cat "$TMP/none/b.pdf")" = old ] ||
  { echo "FAIL empty browser: the folder holds $(ls -A "$TMP/none")"; fail=1; }
echo "board --pdf without a browser: exit $status, nothing written"

# --pdf without -o: a usage error before anything is read.
"$VAP_BIN" board examples/jany-jol --lang ru --pdf >"$TMP/out.txt" 2>"$TMP/err"
status=$?
[ "$status" = 64 ] || { echo "FAIL no -o: exit status $status, want 64"; fail=1; }
grep -qxF "vap: ошибка: для --pdf нужен -o ФАЙЛ: PDF записывается в файл" "$TMP/err" ||
  { echo "FAIL no -o: message"; cat "$TMP/err"; fail=1; }
[ ! -s "$TMP/out.txt" ] || { echo "FAIL no -o: something on standard output"; fail=1; }
exit $fail
