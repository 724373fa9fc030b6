#!/usr/bin/env bash
# Renders every SVG that vap draws for the examples (Venn diagrams, budget pies) with real tools:
# each must be well-formed XML (xmllint), render to a non-empty PNG (rsvg-convert), and the Venn
# diagram must name every institution of `vap venn --format csv`.
# Skipped (77) without xmllint or rsvg-convert.
# Usage: svg_render.sh VAP_BINARY SOURCE_DIR
set -uo pipefail
VAP="$1"; ROOT="$2"
cd "$ROOT"
source scripts/lib.sh
need_tool xmllint libxml2-utils
need_tool rsvg-convert librsvg2-bin
OUT="$(mktemp -d)"; trap 'rm -rf "$OUT"' EXIT
use_fonts dejavu "$OUT/fonts"
fail=0
n=0
for example in examples/jany-jol examples/kara-suu-ru examples/ak-tash-mixed examples/batch-13; do
  name="$(basename "$example")"
  for cmd in venn pie; do
    for lang in ky ru en; do
      svg="$OUT/$name-$cmd-$lang.svg"
      if ! "$VAP" "$cmd" "$example" --format svg --lang "$lang" -o "$svg" 2>/dev/null; then
        echo "FAIL: vap $cmd $example --format svg --lang $lang exited with $?"; fail=1; continue
      fi
      if ! xmllint --noout "$svg"; then echo "FAIL: $svg is not well-formed XML"; fail=1; continue; fi
      if ! run_with_timeout 60 rsvg-convert -o "$OUT/x.png" "$svg"; then echo "FAIL: rsvg-convert cannot render $svg"; fail=1; continue; fi
      if [ ! -s "$OUT/x.png" ]; then echo "FAIL: rsvg-convert made an empty PNG of $svg"; fail=1; continue; fi
      n=$((n + 1))
    done
  done
  # Every institution's name (each of its words: long names wrap onto two lines) is in the picture.
  "$VAP" venn "$example" --format csv --lang ru 2>/dev/null | tail -n +2 | cut -d, -f2 | tr -d '"' |
    while read -r institution; do
      for word in $institution; do
        grep -qF -- "$word" "$OUT/$name-venn-ru.svg" || { echo "FAIL: '$institution' is not in the Venn diagram of $name"; exit 1; }
      done
    done || fail=1
done
echo "svg_render: $n SVGs checked"
exit $fail
