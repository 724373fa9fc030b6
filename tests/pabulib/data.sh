# Sourced by tests/script/pabulib_*.sh: where the shared pabulib data is (PABULIB: instances/,
# abcvoting/, pabutools/), a python3 that runs pabutools (PYTHON, "" when none does), and the
# .pb files vap writes of the examples (example_pbs).
#   VAP_PABULIB=DIR  the data (default: ../shared/pabulib or ../../shared/pabulib of the source)
PABULIB="${VAP_PABULIB:-}"
if [ -z "$PABULIB" ]; then
  for d in "$ROOT/../shared/pabulib" "$ROOT/../../shared/pabulib"; do
    if [ -d "$d/instances" ]; then PABULIB="$(cd "$d" && pwd)"; break; fi
  done
fi
PYTHON=""
for p in python3 /usr/bin/python3; do
  if command -v "$p" >/dev/null && "$p" -c 'import numpy, gmpy2, networkx, pulp, natsort, yaml' 2>/dev/null; then
    PYTHON="$p"; break
  fi
done
# need_data NAME: skip (77) with the reason when the data is not there.
need_data() {
  if [ -z "$PABULIB" ] || [ ! -d "$PABULIB/instances" ]; then
    echo "$1: no pabulib data (../shared/pabulib, or set VAP_PABULIB); skipped" >&2
    exit 77
  fi
}
# need_python NAME: skip (77) with the reason when pabutools cannot run.
need_python() {
  if [ -z "$PYTHON" ]; then
    echo "$1: needs python3-numpy python3-gmpy2 python3-networkx python3-pulp python3-natsort" \
         "python3-yaml (VAP_TEST_TOOLS=1 scripts/setup); skipped" >&2
    exit 77
  fi
}
# example_pbs DIR: writes the gallery and the budget (envelope 1000) of every example
# municipality as .pb files into DIR and appends their paths to the array `files`.
example_pbs() {
  local ex d n
  for ex in examples/*/municipality.yaml examples/batch-13/*/municipality.yaml; do
    [ -f "$ex" ] || continue
    d="$(dirname "$ex")"; n="$(echo "$d" | tr '/' '_')"
    "$VAP_BIN" gallery "$d" --format pb -o "$1/$n-gallery.pb" 2>/dev/null && files+=("$1/$n-gallery.pb")
    "$VAP_BIN" budget "$d" --format pb --envelope 1000 -o "$1/$n-budget.pb" 2>/dev/null &&
      files+=("$1/$n-budget.pb")
  done
}
