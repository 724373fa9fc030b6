#!/usr/bin/env bash
# Property: YAML -> workbook -> YAML changes no byte of any output. Every example municipality
# (and each of the batch of 13) is converted to a workbook, the workbook read directly and
# converted back to YAML files; every command and format gives the same bytes on the original
# folder, on the workbook and on the YAML made from it.
set -uo pipefail
VAP_BIN="$1"; ROOT="$2"
cd "$ROOT"
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
commands=(gallery map venn pie causes plan monitor budget report)
formats=(md csv json html svg geojson)
folders=(examples/jany-jol examples/kara-suu-ru examples/ak-tash-mixed)
for d in examples/batch-13/*/; do folders+=("${d%/}"); done
checked=0; failed=0
for folder in "${folders[@]}"; do
  name="$(basename "$folder")"
  if ! "$VAP_BIN" convert "$folder" -o "$TMP/$name.xlsx" >/dev/null 2>"$TMP/err"; then
    failed=$((failed + 1)); echo "vap convert $folder -o $name.xlsx failed:"; cat "$TMP/err"; continue
  fi
  if ! "$VAP_BIN" convert "$TMP/$name.xlsx" -o "$TMP/$name-yaml" >/dev/null 2>"$TMP/err"; then
    failed=$((failed + 1)); echo "vap convert $name.xlsx -o DIR failed:"; cat "$TMP/err"; continue
  fi
  cs=("${commands[@]}"); fs=("${formats[@]}")
  # The 13 of the batch: the report and the gallery (the three others: every command and format).
  if [[ "$folder" == examples/batch-13/* ]]; then cs=(gallery report); fs=(md json); fi
  for c in "${cs[@]}"; do
    for f in "${fs[@]}"; do
      "$VAP_BIN" "$c" "$folder" --format "$f" -o "$TMP/want" 2>/dev/null || continue
      for input in "$TMP/$name.xlsx" "$TMP/$name-yaml"; do
        checked=$((checked + 1))
        if ! "$VAP_BIN" "$c" "$input" --format "$f" -o "$TMP/got" 2>"$TMP/err" ||
           ! cmp -s "$TMP/want" "$TMP/got"; then
          failed=$((failed + 1))
          echo "vap $c $folder --format $f: ${input#"$TMP"/} gives other bytes"
          head -5 "$TMP/err"; diff "$TMP/want" "$TMP/got" | head -10
        fi
      done
    done
  done
done
# The batch of 13 as 13 workbooks in one folder gives the batch's outputs.
mkdir -p "$TMP/batch"
for d in examples/batch-13/*/; do cp "$TMP/$(basename "$d").xlsx" "$TMP/batch/"; done
for c in gallery report; do
  "$VAP_BIN" "$c" examples/batch-13 -o "$TMP/want" 2>/dev/null
  checked=$((checked + 1))
  if ! "$VAP_BIN" "$c" "$TMP/batch" -o "$TMP/got" 2>"$TMP/err" || ! cmp -s "$TMP/want" "$TMP/got"; then
    failed=$((failed + 1)); echo "vap $c on the batch of 13 workbooks gives other bytes"
    head -5 "$TMP/err"; diff "$TMP/want" "$TMP/got" | head -10
  fi
done
echo "$checked outputs compared, $failed differ"
[ "$checked" -gt 0 ] && [ "$failed" -eq 0 ]
