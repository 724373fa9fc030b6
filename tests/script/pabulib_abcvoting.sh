#!/usr/bin/env bash
# abcvoting's 240 committee-voting instances as .pb files with unit costs: vap's equal shares
# completed by greedy and its Phragmén lie within abcvoting's winning committees
# (tests/pabulib/abcvoting.py). Skipped (77) without the shared data or python3-yaml.
set -uo pipefail
VAP_BIN="$1"; ROOT="$2"
cd "$ROOT"
. tests/pabulib/data.sh
need_data pabulib_abcvoting
if ! python3 -c 'import yaml' 2>/dev/null && ! /usr/bin/python3 -c 'import yaml' 2>/dev/null; then
  echo "pabulib_abcvoting: needs python3-yaml; skipped" >&2; exit 77
fi
py=python3; python3 -c 'import yaml' 2>/dev/null || py=/usr/bin/python3
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
"$py" tests/pabulib/abcvoting.py "$PABULIB/abcvoting" "$VAP_BIN" "$TMP"
