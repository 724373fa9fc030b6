#!/usr/bin/env bash
# vap's selections equal pabutools' on every shared pabulib instance, rule by rule (greedy-votes,
# mes-cost, mes-card, mes-cost-greedy, mes-cost-add1, phragmen; tests/pabulib/compare.py against
# tests/pabulib/expected, which tests/pabulib/make_expected.sh makes), and vap's greedy funds
# what each greedy instance marks as selected, or the file is a listed exception
# (tests/pabulib/selected_exceptions.txt). The selections the committed data lacks (pabutools took
# hours on them) are named in its last lines. Needs the shared data (skipped, 77, without it).
set -uo pipefail
VAP_BIN="$1"; ROOT="$2"
cd "$ROOT"
. tests/pabulib/data.sh
need_data pabulib_oracle
py=python3; command -v python3 >/dev/null || py=/usr/bin/python3
"$py" tests/pabulib/compare.py tests/pabulib/expected "$VAP_BIN" "$PABULIB/instances"
