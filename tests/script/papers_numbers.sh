#!/usr/bin/env bash
# The numbers of `vap papers` are the other commands' (tests/script/papers_numbers.py): every
# amount of the decision is one of the plan's and the budget's CSV, the order lists exactly the
# plan's initiative groups, the hearing's shares are `vap pie`'s; for each example with a plan in
# ky, ru and en, and for two municipalities of the batch (no plan, no budget).
set -uo pipefail
VAP_BIN="$1"; ROOT="$2"
cd "$ROOT"
source scripts/lib.sh
need_tool python3 python3
unset LC_ALL LC_MESSAGES LANG LANGUAGE
fail=0
for folder in examples/jany-jol examples/kara-suu-ru examples/ak-tash-mixed; do
  for lang in ky ru en; do
    python3 tests/script/papers_numbers.py "$VAP_BIN" "$folder" "$lang" || fail=1
  done
done
for folder in examples/batch-13/kok-oi examples/batch-13/suzak; do
  python3 tests/script/papers_numbers.py "$VAP_BIN" "$folder" ru || fail=1
done
exit $fail
