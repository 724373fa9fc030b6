#!/usr/bin/env bash
# bench/gen_large.sh OUT N [KIND]: one municipality whose single session holds N names, to
# find steps that grow faster than the input (issue 12: "did you mean" over linear lists, the
# new-names scan). KIND is `gallery` (N distinct problems, one dot each; default) or `pie`
# (N budget items in the perceived pie) or `venn` (N institutions in the Venn diagram). The names are new (not in the catalog) and distinct.
# Time it, e.g.:
#   bench/gen_large.sh /tmp/big 100000 && time build/release/vap gallery /tmp/big >/dev/null
#   bench/gen_large.sh /tmp/big-pie 1000000 pie && time build/release/vap pie /tmp/big-pie >/dev/null
#   time build/release/vap plan draft /tmp/big -o /tmp/big-plan.yaml
set -euo pipefail
out=${1:?OUT folder}; n=${2:?N names}; kind=${3:-gallery}
mkdir -p "$out/sessions"
cat >"$out/municipality.yaml" <<YAML
vap: 1
municipality:
  id: big
  name: Big
  villages: [Жаңы-Жол]
  priorities: 5
budget:
  year: 2014
  unit: миң сом
  revenue:
    Жер салыгы: 1850.0
  expenditure:
    Билим берүү: 1300.0
YAML
{
  printf 'vap: 1\nsession:\n  date: 2015-03-02\n  village: Жаңы-Жол\n  group: young-women\n'
  printf '  participants: %d\n' "$n"
  if [ "$kind" = venn ]; then
    printf 'venn:\n'
    awk -v n="$n" 'BEGIN { for (i = 1; i <= n; ++i) printf "  - {name: Мекеме %d, type: external, importance: 3, closeness: 2}\n", i }'
  elif [ "$kind" = pie ]; then
    # Short names and one space of indentation: a million items stay under the 16 MiB limit.
    printf 'pie:\n revenue:\n'
    awk -v n="$n" 'BEGIN { for (i = 1; i <= n; ++i) printf "  b%d: 1\n", i }'
  else
    printf 'gallery:\n  dots: 1\n  votes:\n'
    awk -v n="$n" 'BEGIN { for (i = 1; i <= n; ++i) printf "    Көйгөй номер %d: 1\n", i }'
  fi
} >"$out/sessions/s01.yaml"
