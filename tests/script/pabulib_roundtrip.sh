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
for ex in examples/*/municipality.yaml examples/batch-13/*/municipality.yaml; do
  [ -f "$ex" ] || continue
  d="$(dirname "$ex")"; n="$(echo "$d" | tr '/' '_')"
  "$VAP_BIN" gallery "$d" --format pb -o "$TMP/$n-gallery.pb" 2>/dev/null && files+=("$TMP/$n-gallery.pb")
  "$VAP_BIN" budget "$d" --format pb --envelope 1000 -o "$TMP/$n-budget.pb" 2>/dev/null &&
    files+=("$TMP/$n-budget.pb")
done
"$PYTHON" tests/pabulib/roundtrip.py "$PABULIB/pabutools" "$VAP_BIN" "${files[@]}"
