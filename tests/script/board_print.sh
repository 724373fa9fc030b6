#!/usr/bin/env bash
# The information-board poster in a real browser: `vap board` of jany-jol in Kyrgyz and in
# Russian (longer words: the fullest poster) and of kara-suu-ru in Russian, printed with
# headless Chromium, is exactly one A3 page (842 x 1191 pt) and its text holds the four panels'
# headings; with the DejaVu fonts and with the Liberation fonts (Windows' metrics), each alone.
# Needs chromium, pdfinfo and pdftotext (`VAP_TEST_TOOLS=1 scripts/setup`); skipped (77)
# without them.
set -uo pipefail
VAP_BIN="$1"; ROOT="$2"
cd "$ROOT"
source scripts/lib.sh
need_tool chromium chromium
need_tool pdfinfo poppler-utils
need_tool pdftotext poppler-utils
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
fail=0
ky_headings=("Силер эмне дедиңер" "Биз эмне кылабыз" "Ким аткарат" "Иш кандай жүрүүдө")
ru_headings=("Что вы нам сказали" "Что мы сделаем" "Кто это делает" "Как идут дела")

poster() { # example lang headings...
  local example="$1" lang="$2"; shift 2
  local name="$fonts/$example-$lang" html="$TMP/$example-$lang.html" pdf="$TMP/$fonts-$example-$lang.pdf"
  if ! "$VAP_BIN" board "examples/$example" --lang "$lang" -o "$html" 2>"$TMP/err"; then
    echo "FAIL $name: vap board failed"; cat "$TMP/err"; fail=1; return
  fi
  if grep -nEi 'https?:|src=|<script|@import|url\(|<link|@font-face' "$html"; then
    echo "FAIL $name: the poster refers to something outside the file"; fail=1
  fi
  headless_chromium --no-pdf-header-footer --print-to-pdf="$pdf" "file://$html" >/dev/null
  if [ ! -s "$pdf" ]; then echo "FAIL $name: Chromium wrote no PDF"; fail=1; return; fi
  local pages size text heading
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  size=$(pdfinfo "$pdf" | awk '/^Page size:/ {printf "%.0f x %.0f", $3, $5}')
  [ "$pages" = 1 ] || { echo "FAIL $name: $pages pages, want 1"; fail=1; }
  [ "$size" = "842 x 1191" ] || { echo "FAIL $name: page size $size pt, want 842 x 1191 (A3)"; fail=1; }
  text="$(pdftotext -layout "$pdf" -)"
  for heading in "$@"; do
    grep -qF "$heading" <<<"$text" || { echo "FAIL $name: the heading '$heading' is not on the page"; fail=1; }
  done
  echo "board $name: $pages page(s) of $size pt"
}

for fonts in dejavu liberation; do
  use_fonts "$fonts" "$TMP/fonts-$fonts"
  poster jany-jol ky "${ky_headings[@]}"
  poster jany-jol ru "${ru_headings[@]}"
  poster kara-suu-ru ru "${ru_headings[@]}"
done
exit $fail
