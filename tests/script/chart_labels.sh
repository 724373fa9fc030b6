#!/usr/bin/env bash
# Chart labels never overlap and never leave the picture: every SVG vap draws for the examples
# (every folder under examples/; venn, pie and gallery with --format svg, the charts inlined in
# `vap report --format html` and in `vap board`; in ky, ru and en) is put on one page that
# headless Chromium loads once (--dump-dom); the page's script measures every <text> in the real
# font (getBoundingClientRect) and chart_labels.py reports any two texts of one SVG whose boxes
# meet by more than 1 px both across and down, and any text that runs out of its SVG's viewBox,
# as `FILE: "text A" overlaps "text B"`. A copy of jany-jol with long names (every task and the
# municipality: the labels must wrap, the titles make room) is drawn too. Measured with the DejaVu
# fonts and with the Liberation fonts (Windows' metrics), each alone. Needs chromium and python3
# (`VAP_TEST_TOOLS=1 scripts/setup`); skipped (77) without them.
# CHART_LABELS_KEEP=DIR keeps the files and the page in DIR.
set -uo pipefail
VAP_BIN="$1"; ROOT="$2"
cd "$ROOT"
source scripts/lib.sh
need_tool chromium chromium
need_tool python3 python3
if [ -n "${CHART_LABELS_KEEP:-}" ]; then
  TMP="$CHART_LABELS_KEEP"; mkdir -p "$TMP"
else
  TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
fi
fail=0
files=()
make() { # out vap-arguments...
  local out="$1"; shift
  if "$VAP_BIN" "$@" -o "$TMP/$out" 2>/dev/null; then
    files+=("$TMP/$out")
  else
    echo "FAIL: vap $* exited with $?"; fail=1
  fi
}
# jany-jol with long names: each task (in the plan and in monitoring) and the municipality.
mkdir -p "$TMP/long" && cp -r examples/jany-jol "$TMP/long/" &&
  sed -i -E 's/^( *(- )?task: )(.*)$/\1\3 жана Жалал-Абад облусунун Сузак районундагы айыл өкмөтүнүн кошумча милдеттери/' \
    "$TMP/long/jany-jol/plan.yaml" "$TMP/long/jany-jol/monitoring.yaml" &&
  sed -i -E 's/^(  name: ).*/\1Жаңы-Жол айыл аймагынын Кербен, Ак-Суу жана Жаңы-Жол айылдарынын биригүүсү/' \
    "$TMP/long/jany-jol/municipality.yaml" || { echo "FAIL: cannot make the long-named copy"; exit 1; }
for example in examples/*/ "$TMP/long/jany-jol/"; do
  example="${example%/}"; name="$(basename "$example")"
  case "$example" in "$TMP"/*) name="long-$name" ;; esac
  batch=0; [ -f "$example/municipality.yaml" ] || batch=1
  for lang in ky ru en; do
    for cmd in venn pie gallery; do
      make "$name-$cmd-$lang.svg" "$cmd" "$example" --format svg --lang "$lang"
    done
    make "$name-report-$lang.html" report "$example" --format html --lang "$lang"
    # The poster is of one municipality (a program folder is a usage error).
    [ "$batch" = 1 ] || make "$name-board-$lang.html" board "$example" --lang "$lang"
  done
done
python3 tests/script/chart_labels.py page "$TMP/page.html" "${files[@]}" || exit 1
for fonts in dejavu liberation; do
  use_fonts "$fonts" "$TMP/fonts-$fonts"
  echo "== with the $fonts fonts"
  headless_chromium --virtual-time-budget=5000 --dump-dom "file://$TMP/page.html" >"$TMP/dom-$fonts.html"
  python3 tests/script/chart_labels.py check "$TMP/dom-$fonts.html" || fail=1
done
exit $fail
