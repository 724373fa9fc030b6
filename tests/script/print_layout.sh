#!/usr/bin/env bash
# The printed reports lose nothing: the report of every example (jany-jol, kara-suu-ru,
# ak-tash-mixed, batch-13) as HTML in ky, ru and en, of jany-jol with long Kyrgyz names (HTML in
# ky and ru), the papers of `vap papers` (jany-jol in ky,
# kara-suu-ru in ru) as HTML, and the reports as Markdown in one language each
# (turned into a page by vap_md2html: md4c with the report's flags, as a Markdown viewer shows
# it, no style sheet of vap's), printed to A4 with headless Chromium, one document at a time.
# print_layout.py reads each PDF back (pdftotext -bbox-layout) and checks that every header cell
# of every table is on the page where its table starts and on every further page of the table,
# that no word runs past the side margins (those of the page's @page rule), that no page holds
# one line and that no page of vap's HTML ends with a heading. Every document is printed twice:
# with the DejaVu fonts alone and with the Liberation fonts alone (the metric twins of Windows'
# Arial and Times New Roman, what the facilitators' laptops have), each through a fontconfig file
# of its own, so that no other font on the machine changes a line. Needs chromium,
# poppler-utils, python3 and the two font packages (`VAP_TEST_TOOLS=1 scripts/setup`); skipped
# (77) without them.
set -uo pipefail
VAP_BIN="$1"; ROOT="$2"
MD2HTML="$(dirname "$VAP_BIN")/vap_md2html"
cd "$ROOT"
source scripts/lib.sh
need_tool chromium chromium
need_tool pdftotext poppler-utils
need_tool python3 python3
[ -x "$MD2HTML" ] || { echo "print_layout: $MD2HTML is not built" >&2; exit 1; }
# PRINT_LAYOUT_KEEP=DIR keeps the pages (HTML and PDF) in DIR to look at them.
if [ -n "${PRINT_LAYOUT_KEEP:-}" ]; then
  TMP="$PRINT_LAYOUT_KEEP"; mkdir -p "$TMP"
else
  TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
fi
# Both families are there before anything is printed (a missing one skips the whole test).
use_fonts dejavu "$TMP/fonts-dejavu"
use_fonts liberation "$TMP/fonts-liberation"
fail=0

check() { # name html [viewer]: printed with each font family
  local fonts pdf
  for fonts in dejavu liberation; do
    pdf="$TMP/$1.$fonts.pdf"
    FONTCONFIG_FILE="$TMP/fonts-$fonts/fonts.conf" \
      headless_chromium --no-pdf-header-footer --print-to-pdf="$pdf" "file://$2" >/dev/null
    if ! [ -s "$pdf" ] || [ "$(head -c 4 "$pdf")" != "%PDF" ]; then
      echo "FAIL $1 ($fonts): Chromium wrote no PDF"; fail=1; continue
    fi
    python3 "$ROOT/tests/script/print_layout.py" "$2" "$pdf" "$1 ($fonts)" ${3:-} || fail=1
  done
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
# Long Kyrgyz names (issue 31: the report's "Иш жүзүндө" column was lost at the page edge):
# jany-jol with long tasks, indicators, villages and people, long words and amounts in millions.
# As HTML only: printed from a plain Markdown viewer (no style sheet, words never broken), the
# monitoring's nine-column task table is wider than A4 with DejaVu's wide letters, as any table
# is whose longest words are; a viewer scrolls it, and the HTML report is the one to print.
long="$TMP/long-names"
cp -r examples/jany-jol "$long"
python3 - "$long" <<'PY'
import pathlib, sys
names = [("Долбоорду ишке ашыруу", "Долбоорду ишке ашыруу жана курулуш-монтаждоо жумуштарын "
          "уюштуруу, көзөмөлдөө жана кабыл алуу"),
         ("Таза суу алган адамдар", "Ичүүчү таза сууга жеткиликтүүлүгү камсыздалган үй "
          "чарбаларынын мүчөлөрүнүн жалпы саны"),
         ("Орнотулган колонкалар", "Орнотулган жана пайдаланууга берилген суу түтүкчөлөрүнүн колонкалары"),
         ("Каржы булактарын аныктоо", "Каржылоочулардын мүмкүнчүлүктөрүнүн жана "
          "жоопкерчиликтүүлүгүнүн булактарын аныктоо"),
         ("Жаңы-Жол", "Жаңы-Жолборстуубулак"), ("Кербен", "Кербенкыштагыжайлоосу"),
         ("Баринова Л.", "Баринова-Жолдошбекова Лариса Кубанычбековна"),
         ("700.0", "1234567.5"), ("1850", "1850000"), ("target: 1000,", "target: 1000000,")]
for f in pathlib.Path(sys.argv[1]).rglob("*.yaml"):
    text = f.read_text(encoding="utf-8")
    for old, new in names:
        text = text.replace(old, new)
    f.write_text(text, encoding="utf-8")
PY
for lang in ky ru; do
  html="$TMP/long-names-$lang.html"
  if ! "$VAP_BIN" report "$long" --format html --lang "$lang" -o "$html" 2>"$TMP/err"; then
    echo "FAIL long-names $lang: vap report failed"; cat "$TMP/err"; fail=1; continue
  fi
  check "long-names-$lang.html" "$html"
done
exit $fail
