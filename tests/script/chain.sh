#!/usr/bin/env bash
# The chain's properties on whole generated cycles (tests/tools/gen_cycle.py: 200 random
# municipalities, fixed seeds, each with sessions, a budget envelope, most with an assembly, a
# plan and monitoring): what vap computes must agree with what the generator knows by
# construction, and the links must hold each other (issue 31):
#   1. program totals: the batch's dots per problem equal the sum of what every session gave;
#   2. the assembly: each proposal agreed or rejected as its rule says (recomputed here);
#   3. nothing the assembly rejected is on the board under "what we will do", nor in the plan
#      draft, nor funded by the budget step;
#   4. a copied session counts once: the same content with other line ends, a byte-order mark,
#      other spacing, key order and comments is the error "the same session twice".
set -uo pipefail
VAP_BIN="$1"; ROOT="$2"
cd "$ROOT"
source scripts/lib.sh
need_tool python3 python3
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
python3 tests/tools/gen_cycle.py "$TMP/program" --municipalities 200 --seed 7 || exit 1
exec python3 tests/script/chain.py "$VAP_BIN" "$TMP/program" "$TMP"
