#!/usr/bin/env bash
# Every .pb vap writes passes the checker written from pabulib's format page
# (tests/pabulib/check_pb.py, which first checks itself on files that break one rule each): the
# gallery and the budget of every example municipality, and the .pb outputs of the golden cases.
set -uo pipefail
VAP_BIN="$1"; ROOT="$2"
cd "$ROOT"
. tests/pabulib/data.sh
command -v python3 >/dev/null || { echo "pabulib_format: needs python3; skipped" >&2; exit 77; }
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
fail=0
python3 tests/pabulib/check_pb.py --self-test || fail=1
files=()
example_pbs "$TMP"
for g in tests/golden/*/; do
  if grep -q -- "--format pb" "$g/cmd" 2>/dev/null && [ "$(cat "$g/expected_status")" = 0 ]; then
    files+=("$g/expected_stdout")
  fi
done
[ ${#files[@]} -ge 20 ] || { echo "FAIL: only ${#files[@]} .pb files made"; fail=1; }
python3 tests/pabulib/check_pb.py "${files[@]}" || fail=1
echo "pabulib_format: ${#files[@]} files checked"
exit $fail
