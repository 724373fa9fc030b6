#!/usr/bin/env bash
# The HTML report in a real browser: the report of examples/jany-jol (one municipality) and of
# examples/batch-13 (a program) are written as HTML, checked to have no outside references and
# at least three inline SVG charts, and printed to PDF with headless Chromium; each PDF must
# start with %PDF and have at least two pages. Chromium and pdfinfo come with
# `VAP_TEST_TOOLS=1 scripts/setup` (Debian packages chromium and poppler-utils); skipped (77)
# without them. Printed with the Liberation fonts (Windows' metrics) and no other.
set -uo pipefail
VAP_BIN="$1"; ROOT="$2"
cd "$ROOT"
source scripts/lib.sh
need_tool chromium chromium
need_tool pdfinfo poppler-utils
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
use_fonts liberation "$TMP/fonts"
fail=0
for example in jany-jol batch-13; do
  html="$TMP/$example.html"
  if ! "$VAP_BIN" report "examples/$example" --format html -o "$html" 2>"$TMP/$example.err"; then
    echo "FAIL $example: vap report failed"; cat "$TMP/$example.err"; fail=1; continue
  fi
  # One self-contained file: no links, scripts, imports, outside images or fonts.
  if grep -nEi 'https?:|src=|<script|@import|url\(|<link|@font-face' "$html"; then
    echo "FAIL $example: the HTML refers to something outside the file"; fail=1
  fi
  charts=$(grep -c '<svg' "$html")
  if [ "$charts" -lt 3 ]; then echo "FAIL $example: $charts inline SVG charts, want at least 3"; fail=1; fi
  # The same bytes twice (no dates of today).
  "$VAP_BIN" report "examples/$example" --format html -o "$TMP/again.html" 2>/dev/null
  cmp -s "$html" "$TMP/again.html" || { echo "FAIL $example: two runs differ"; fail=1; }
  pdf="$TMP/$example.pdf"
  headless_chromium --no-pdf-header-footer --print-to-pdf="$pdf" "file://$html" >/dev/null
  if [ ! -s "$pdf" ] || [ "$(head -c 4 "$pdf")" != "%PDF" ]; then
    echo "FAIL $example: Chromium wrote no PDF"; fail=1; continue
  fi
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  if [ "${pages:-0}" -lt 2 ]; then echo "FAIL $example: the PDF has ${pages:-0} pages, want at least 2"; fail=1; fi
  echo "$example: $charts charts, $pages pages"
done
exit $fail
