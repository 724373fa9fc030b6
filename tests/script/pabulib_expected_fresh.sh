#!/usr/bin/env bash
# The committed oracle outputs (tests/pabulib/expected) are what tests/pabulib/make_expected.sh
# makes: rerun live on a few quick instances (every rule, pabutools itself) and compared line by
# line with the committed ones. Skipped (77) without the shared data or pabutools' packages.
set -uo pipefail
VAP_BIN="$1"; ROOT="$2"
cd "$ROOT"
. tests/pabulib/data.sh
need_data pabulib_expected_fresh
need_python pabulib_expected_fresh
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
files=(poland_warszawa_2017_anin.pb poland_gdynia_2020_chylonia-large.pb
       poland_katowice_2020_dab.pb poland_lodz_2020_mileszki.pb)
paths=()
for f in "${files[@]}"; do paths+=("$PABULIB/instances/$f"); done
VAP_PABULIB="$PABULIB" VAP_EXPECTED_OUT="$TMP" tests/pabulib/make_expected.sh -- "${paths[@]}" 2>/dev/null
fail=0 n=0
for made in "$TMP"/*.jsonl; do
  rule="$(basename "$made")"
  while IFS= read -r line; do
    n=$((n + 1))
    if ! grep -qxF -- "$line" "tests/pabulib/expected/$rule"; then
      echo "FAIL $rule: the committed data lacks $line"; fail=1
    fi
  done <"$made"
done
[ "$n" -ge 8 ] || { echo "FAIL: only $n lines made"; fail=1; }
echo "pabulib_expected_fresh: $n lines made again, $([ $fail = 0 ] && echo 'all as committed' || echo 'some differ')"
exit $fail
