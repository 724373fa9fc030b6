#!/usr/bin/env bash
# Property: the order of the input files changes no byte of any output. Every command and format
# that vap has is run over a batch (every example) and over one municipality, first on the
# folder, then on its files listed in three shuffled orders (fixed seeds); outputs must be equal.
set -uo pipefail
VAP_BIN="$1"; ROOT="$2"
cd "$ROOT"
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
commands=(gallery map venn pie causes plan monitor report)
formats=(md csv json html svg geojson)
inputs=(examples examples/jany-jol)
checked=0; failed=0
for input in "${inputs[@]}"; do
  mapfile -t files < <(find "$input" -name '*.yaml' | LC_ALL=C sort)
  for seed in 1 2 3; do
    printf '%s\n' "${files[@]}" |
      python3 -c 'import random, sys; l = sys.stdin.read().split(); random.Random(int(sys.argv[1])).shuffle(l); print("\n".join(l))' "$seed" >"$TMP/order-$seed"
  done
  for c in "${commands[@]}"; do
    for f in "${formats[@]}"; do
      "$VAP_BIN" "$c" "$input" --format "$f" -o "$TMP/want" 2>/dev/null || continue
      for seed in 1 2 3; do
        mapfile -t order <"$TMP/order-$seed"
        "$VAP_BIN" "$c" "${order[@]}" --format "$f" -o "$TMP/got" 2>/dev/null
        checked=$((checked + 1))
        if ! cmp -s "$TMP/want" "$TMP/got"; then
          failed=$((failed + 1))
          echo "vap $c $input --format $f: the output differs when the files are given in another order (seed $seed)"
          diff "$TMP/want" "$TMP/got" | head -10
        fi
      done
    done
  done
done
echo "$checked shuffled runs compared, $failed differ"
[ "$checked" -gt 0 ] && [ "$failed" -eq 0 ]
