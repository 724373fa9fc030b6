#!/usr/bin/env bash
# A workbook that LibreOffice Calc has opened and saved again (its own shared strings, styles,
# formula cells and hidden sheets) reads as the original: `vap report` of the re-saved
# workbook of examples/jany-jol equals `vap report examples/jany-jol` byte for byte, in md and
# html. Slow (Calc starts once, ~15 s), hence a script test. Exit 77 (skipped) without soffice.
set -uo pipefail
VAP_BIN="$1"; ROOT="$2"
cd "$ROOT"
source scripts/lib.sh
need_tool soffice libreoffice-calc-nogui
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
"$VAP_BIN" convert examples/jany-jol -o "$TMP/j.xlsx" || exit 1
"$VAP_BIN" convert examples/ak-tash-mixed -o "$TMP/a.xlsx" || exit 1
# A private profile, so that a running or broken user profile changes nothing.
run_with_timeout --quiet 300 soffice "-env:UserInstallation=file://$TMP/profile" --headless \
  --convert-to xlsx --outdir "$TMP/calc" "$TMP/j.xlsx" "$TMP/a.xlsx" >/dev/null
[ -s "$TMP/calc/j.xlsx" ] && [ -s "$TMP/calc/a.xlsx" ] || { echo "LibreOffice wrote no workbook"; exit 1; }
failed=0; checked=0
for pair in "examples/jany-jol:j" "examples/ak-tash-mixed:a"; do
  folder="${pair%%:*}"; book="$TMP/calc/${pair##*:}.xlsx"
  for f in md html; do
    "$VAP_BIN" report "$folder" --format "$f" -o "$TMP/want" || exit 1
    checked=$((checked + 1))
    if ! "$VAP_BIN" report "$book" --format "$f" -o "$TMP/got" || ! cmp -s "$TMP/want" "$TMP/got"; then
      failed=$((failed + 1)); echo "vap report of $folder re-saved by LibreOffice differs ($f)"
      diff "$TMP/want" "$TMP/got" | head -10
    fi
  done
done
echo "$checked reports of re-saved workbooks compared, $failed differ"
[ "$failed" -eq 0 ]
