#!/usr/bin/env bash
# The printed reports lose nothing: the report of every example (jany-jol, kara-suu-ru,
# ak-tash-mixed, batch-13) as HTML in ky, ru and en, the papers of `vap papers` (jany-jol in ky,
# kara-suu-ru in ru) as HTML, and the reports as Markdown in one language each
# (turned into a page by vap_md2html: md4c with the report's flags, as a Markdown viewer shows
# it, no style sheet of vap's), printed to A4 with headless Chromium, one document at a time.
# print_layout.py reads each PDF back (pdftotext -bbox-layout) and checks that every header cell
# of every table is on the page where its table starts and on every further page of the table,
# that no word runs past the side margins (those of the page's @page rule), that no page holds
# one line and that no page of vap's HTML ends with a heading. Needs chromium, poppler-utils and python3
# (`VAP_TEST_TOOLS=1 scripts/setup`).
set -uo pipefail
VAP_BIN="$1"; ROOT="$2"
MD2HTML="$(dirname "$VAP_BIN")/vap_md2html"
cd "$ROOT"
for tool in chromium pdftotext python3; do
  if ! command -v "$tool" >/dev/null; then
    echo "print_layout: '$tool' is not installed; run VAP_TEST_TOOLS=1 scripts/setup" >&2
    exit 1
  fi
done
[ -x "$MD2HTML" ] || { echo "print_layout: $MD2HTML is not built" >&2; exit 1; }
# PRINT_LAYOUT_KEEP=DIR keeps the pages (HTML and PDF) in DIR to look at them.
if [ -n "${PRINT_LAYOUT_KEEP:-}" ]; then
  TMP="$PRINT_LAYOUT_KEEP"; mkdir -p "$TMP"
else
  TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
fi
fail=0

print() { # html pdf
  (cd "$TMP" && timeout 180 chromium --headless --no-sandbox --disable-gpu --disable-quic \
    --no-first-run --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d -p "$TMP")" --no-pdf-header-footer --print-to-pdf="$2" \
    "file://$1" >/dev/null 2>&1)
  [ -s "$2" ] && [ "$(head -c 4 "$2")" = "%PDF" ]
}

check() { # name html [viewer]
  local pdf="$TMP/$1.pdf"
  if ! print "$2" "$pdf"; then echo "FAIL $1: Chromium wrote no PDF"; fail=1; return; fi
  python3 "$ROOT/tests/script/print_layout.py" "$2" "$pdf" "$1" ${3:-} || fail=1
}

md_lang=(ky ru en ky)
i=0
for example in jany-jol kara-suu-ru ak-tash-mixed batch-13; do
  for lang in ky ru en; do
    html="$TMP/$example-$lang.html"
    if ! "$VAP_BIN" report "examples/$example" --format html --lang "$lang" -o "$html" 2>"$TMP/err"; then
      echo "FAIL $example $lang: vap report failed"; cat "$TMP/err"; fail=1; continue
    fi
    check "$example-$lang.html" "$html"
  done
  lang="${md_lang[$i]}"; i=$((i + 1))
  md="$TMP/$example-$lang.md"
  if ! "$VAP_BIN" report "examples/$example" --format md --lang "$lang" -o "$md" 2>"$TMP/err"; then
    echo "FAIL $example $lang: vap report --format md failed"; cat "$TMP/err"; fail=1; continue
  fi
  "$MD2HTML" "$md" "$lang" >"$TMP/$example-$lang.md.html"
  check "$example-$lang.md" "$TMP/$example-$lang.md.html" viewer
done
for pair in "jany-jol:ky" "kara-suu-ru:ru"; do
  example="${pair%%:*}"; lang="${pair##*:}"
  for paper in decision order hearing monitoring-group; do
    html="$TMP/$example-$paper-$lang.html"
    if ! "$VAP_BIN" papers "examples/$example" --for "$paper" --format html --lang "$lang" -o "$html" 2>"$TMP/err"; then
      echo "FAIL $example $paper $lang: vap papers failed"; cat "$TMP/err"; fail=1; continue
    fi
    check "$example-$paper-$lang.html" "$html"
  done
done
exit $fail
