#!/usr/bin/env bash
# The proof against pabutools itself, live: pabutools (../shared/pabulib/pabutools/oracle.py, the
# test oracle, GPL, never linked into vap) runs every rule on a fixed set of eight real
# participatory budgets, and vap's selections equal its selections, rule by rule
# (tests/pabulib/compare.py: greedy-votes = greedy, mes-cost = equal_shares, mes-card =
# equal_shares_cardinality, mes-cost-greedy = equal_shares_greedy, mes-cost-add1 =
# equal_shares_increase, phragmen = phragmen), with greedy against each file's `selected`. The
# lines pabutools made are also the committed ones (tests/pabulib/expected, which
# tests/script/pabulib_oracle.sh holds vap to on all 129 instances without running pabutools).
# The set: approval files where every rule funds something else (Warszawa 2017 Anin, Łódź 2020
# Montwiłła-Mireckiego, Warszawa 2018 Marysin Wawerski Północny), cost and cardinality
# satisfaction apart (Warszawa 2018 Sadul), the completions apart (Łódź 2020 Mileszki), a city
# that stopped early (Gdynia 2020 Chylonia, a listed exception), cumulative votes (Częstochowa
# 2020 Grabówka; Katowice 2020 Dąb, whose greedy takes a project without votes). About 20 s of
# pabutools on a 2-core machine. Skipped (77) without the shared data or pabutools' packages.
set -uo pipefail
VAP_BIN="$1"; ROOT="$2"
cd "$ROOT"
. tests/pabulib/data.sh
need_data pabulib_pabutools
need_python pabulib_pabutools
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
files=(poland_warszawa_2017_anin.pb poland_lodz_2020_im-montwilla-mireckiego.pb
       poland_warszawa_2018_marysin-wawerski-polnocny.pb poland_warszawa_2018_sadul.pb
       poland_lodz_2020_mileszki.pb poland_gdynia_2020_chylonia-large.pb
       poland_czestochowa_2020_grabowka.pb poland_katowice_2020_dab.pb)
paths=()
for f in "${files[@]}"; do paths+=("$PABULIB/instances/$f"); done
if ! VAP_PABULIB="$PABULIB" VAP_EXPECTED_OUT="$TMP" tests/pabulib/make_expected.sh -- "${paths[@]}" \
    2>"$TMP/oracle.err"; then
  cat "$TMP/oracle.err"; echo "FAIL: pabutools did not run"; exit 1
fi
fail=0 n=0
# vap against what pabutools selected just now.
"$PYTHON" tests/pabulib/compare.py "$TMP" "$VAP_BIN" "$PABULIB/instances" "${paths[@]}" || fail=1
# What pabutools selected just now is what the committed data says.
for made in "$TMP"/*.jsonl; do
  rule="$(basename "$made")"
  while IFS= read -r line; do
    n=$((n + 1))
    if ! grep -qxF -- "$line" "tests/pabulib/expected/$rule"; then
      echo "FAIL $rule: the committed data lacks $line"; fail=1
    fi
  done <"$made"
done
[ "$n" -eq 38 ] || { echo "FAIL: pabutools made $n selections, not 38 (greedy on 8 files, 5 rules more on the 6 approval ones)"; fail=1; }
echo "pabulib_pabutools: $n selections of pabutools made again;" \
     "$([ $fail = 0 ] && echo 'vap selects the same, and so does the committed data' || echo 'some differ')"
exit $fail
