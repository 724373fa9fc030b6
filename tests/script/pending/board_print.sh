#!/usr/bin/env bash
# The information-board poster in a real browser: `vap board examples/jany-jol --lang ky`
# printed with headless Chromium is exactly one A3 page (842 x 1191 pt) and its text holds the
# four panels' headings. Needs chromium and poppler-utils (`VAP_TEST_TOOLS=1 scripts/setup`).
set -uo pipefail
VAP_BIN="$1"; ROOT="$2"
cd "$ROOT"
for tool in chromium pdfinfo pdftotext; do
  if ! command -v "$tool" >/dev/null; then
    echo "board_print: '$tool' is not installed; run VAP_TEST_TOOLS=1 scripts/setup" >&2
    exit 1
  fi
done
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
fail=0
html="$TMP/board.html"; pdf="$TMP/board.pdf"
if ! "$VAP_BIN" board examples/jany-jol --lang ky -o "$html" 2>"$TMP/err"; then
  echo "FAIL: vap board failed"; cat "$TMP/err"; exit 1
fi
if grep -nEi 'https?:|src=|<script|@import|url\(|<link|@font-face' "$html"; then
  echo "FAIL: the poster refers to something outside the file"; fail=1
fi
(cd "$TMP" && timeout 180 chromium --headless --no-sandbox --disable-gpu --disable-quic \
  --no-first-run --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$(mktemp -d -p "$TMP")" --no-pdf-header-footer --print-to-pdf="$pdf" \
  "file://$html" >/dev/null 2>&1)
if [ ! -s "$pdf" ]; then echo "FAIL: Chromium wrote no PDF"; exit 1; fi
pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
size=$(pdfinfo "$pdf" | awk '/^Page size:/ {printf "%.0f x %.0f", $3, $5}')
[ "$pages" = 1 ] || { echo "FAIL: $pages pages, want 1"; fail=1; }
[ "$size" = "842 x 1191" ] || { echo "FAIL: page size $size pt, want 842 x 1191 (A3)"; fail=1; }
text="$(pdftotext -layout "$pdf" -)"
for heading in "Силер эмне дедиңер" "Биз эмне кылабыз" "Ким аткарат" "Иш кандай жүрүүдө"; do
  grep -qF "$heading" <<<"$text" || { echo "FAIL: the heading '$heading' is not on the page"; fail=1; }
done
echo "board: $pages page(s) of $size pt"
exit $fail
