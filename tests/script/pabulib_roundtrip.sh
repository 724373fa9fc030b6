#!/usr/bin/env bash
# pabutools' parse_pabulib reads every .pb vap writes (the gallery and the budget of every
# example municipality) as the file says (tests/pabulib/roundtrip.py), and its greedy selects
# what vap's does on them. Skipped (77) without the shared pabutools or its Python packages.
set -uo pipefail
VAP_BIN="$1"; ROOT="$2"
cd "$ROOT"
. tests/pabulib/data.sh
need_data pabulib_roundtrip
need_python pabulib_roundtrip
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
files=()
example_pbs "$TMP"
"$PYTHON" tests/pabulib/roundtrip.py "$PABULIB/pabutools" "$VAP_BIN" "${files[@]}"
