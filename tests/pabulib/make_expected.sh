#!/usr/bin/env bash
# Makes tests/pabulib/expected/<rule>.jsonl: what pabutools (the test oracle,
# ../shared/pabulib/pabutools/oracle.py, GPL, never linked into vap) selects on every shared
# pabulib instance, one JSON line per file, sorted by file name. vap's tests compare its own
# selections with these lines (tests/script/pabulib_oracle.sh), and check on a few instances
# that this script still makes the committed lines and vap selects the same, pabutools run live
# (tests/script/pabulib_pabutools.sh).
#
#   tests/pabulib/make_expected.sh [RULE...] [-- FILE.pb...]
#   VAP_PABULIB=DIR      the shared data (default: ../shared/pabulib, or ../../shared/pabulib)
#   VAP_EXPECTED_OUT=DIR where to write (default: tests/pabulib/expected)
#
# The rules and the instances (FORMAT.md, "vap budget"): greedy-votes on the approval and
# cumulative files; mes-cost, mes-card, mes-cost-greedy, mes-cost-add1 and phragmen on the
# approval files. Time on this project's 2-core machine: about 15 minutes without
# mes-cost-add1 on the two large files; with them, several hours (pabutools reruns equal
# shares at every 1 % step of the budget on 90,000 and 130,000 voters).
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"

pabulib="${VAP_PABULIB:-}"
if [ -z "$pabulib" ]; then
  for d in "$root/../shared/pabulib" "$root/../../shared/pabulib"; do
    [ -d "$d/instances" ] && pabulib="$(cd "$d" && pwd)" && break
  done
fi
[ -n "$pabulib" ] && [ -d "$pabulib/instances" ] ||
  { echo "make_expected.sh: no pabulib data (set VAP_PABULIB)" >&2; exit 66; }
out="${VAP_EXPECTED_OUT:-$root/tests/pabulib/expected}"

# A python3 that has pabutools' dependencies (Debian's, not a pyenv shim without them).
python=""
for p in python3 /usr/bin/python3; do
  if command -v "$p" >/dev/null && "$p" -c 'import numpy, gmpy2, networkx, pulp, natsort' 2>/dev/null; then
    python="$p"; break
  fi
done
[ -n "$python" ] || { echo "make_expected.sh: needs python3-numpy python3-gmpy2 python3-networkx python3-pulp python3-natsort" >&2; exit 69; }

rules=() files=()
seen_dashes=0
for a in "$@"; do
  if [ "$a" = -- ]; then seen_dashes=1; continue; fi
  if [ "$seen_dashes" = 1 ]; then files+=("$a"); else rules+=("$a"); fi
done
[ ${#rules[@]} -gt 0 ] || rules=(greedy-votes mes-cost mes-card mes-cost-greedy phragmen mes-cost-add1)
[ ${#files[@]} -gt 0 ] || files=("$pabulib"/instances/*.pb)

vote_type() { sed -n 's/^vote_type;\([a-z-]*\).*/\1/p' "$1" | head -n 1; }

mkdir -p "$out"
for rule in "${rules[@]}"; do
  list=()
  for f in "${files[@]}"; do
    t="$(vote_type "$f")"
    case "$rule" in
      greedy-votes) [ "$t" = approval ] || [ "$t" = cumulative ] || continue ;;
      *) [ "$t" = approval ] || continue ;;
    esac
    list+=("$f")
  done
  [ ${#list[@]} -gt 0 ] || continue
  start=$SECONDS
  tmp="$out/$rule.jsonl.new"
  "$python" "$pabulib/pabutools/oracle.py" "$rule" "${list[@]}" | "$python" -c '
import json, sys
for line in sys.stdin:
    d = json.loads(line)
    print(json.dumps({"file": d["file"], "rule": d["rule"], "selected": d["selected"]}))
' >"$tmp"
  # Lines for files not run this time are kept from the committed data.
  if [ -f "$out/$rule.jsonl" ]; then
    "$python" - "$out/$rule.jsonl" "$tmp" <<'PY'
import json, sys
old, new = sys.argv[1], sys.argv[2]
lines = {}
for path in (old, new):
    for line in open(path, encoding="utf-8"):
        if line.strip():
            lines[json.loads(line)["file"]] = line.rstrip("\n")
with open(new, "w", encoding="utf-8") as f:
    for name in sorted(lines):
        f.write(lines[name] + "\n")
PY
  else
    sort -o "$tmp" "$tmp"
  fi
  mv "$tmp" "$out/$rule.jsonl"
  echo "$rule: ${#list[@]} files, $((SECONDS - start)) s" >&2
done
