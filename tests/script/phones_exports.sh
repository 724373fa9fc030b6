#!/usr/bin/env bash
# One set of session submissions (tests/fixtures/phones/sessions.json), exported as KoboToolbox
# and ODK Central export it in each variant (tests/tools/kobo_odk_exports.py: XLSX with XML
# names or labels in Russian or Kyrgyz, '/' or '.' between groups, select_multiple joined or
# split; ODK Central's CSVs and its zip; the XML instances), imports to byte-identical workshop
# files; and Kobo's CSV of the same form, which leaves the repeat groups out, is refused.
set -euo pipefail
vap="$(realpath "${1:-${VAP:-build/release/vap}}")"
cd "${2:-$(dirname "$0")/../..}"
py=/usr/bin/python3; [ -x "$py" ] || py=python3
"$py" -c 'import openpyxl' 2>/dev/null ||
  { echo "skipped: python3-openpyxl is not installed (scripts/setup with VAP_TEST_TOOLS=1)"; exit 77; }
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/base" "$tmp/forms"
cp examples/jany-jol/municipality.yaml "$tmp/base/"
"$vap" form "$tmp/base" --for session -o "$tmp/forms" >/dev/null
"$py" tests/tools/kobo_odk_exports.py "$tmp/forms/jany-jol-session.xlsx" \
  tests/fixtures/phones/sessions.json "$tmp/ex"

import_into() { # NAME EXPORT...: imports into a fresh copy of the municipality, prints its files
  local name="$1"; shift
  cp -r "$tmp/base" "$tmp/$name"
  "$vap" import "$@" -o "$tmp/$name" --lang en >"$tmp/$name.out" 2>"$tmp/$name.err" ||
    { echo "vap import of $name failed:"; cat "$tmp/$name.err"; exit 1; }
}
import_into xml "$tmp"/ex/xml/*.xml
ls -R "$tmp/xml" >/dev/null
[ -f "$tmp/xml/sessions/2015-03-02-kerben-young-women.yaml" ] || { echo "no session from the XML"; ls -R "$tmp/xml"; exit 1; }
for v in kobo-xml-slash.xlsx kobo-label-ru-dot.xlsx kobo-label-ky.xlsx central.zip central/vap-session-jany-jol.csv; do
  name="$(echo "$v" | tr './' '__')"
  import_into "$name" "$tmp/ex/$v"
  if ! diff -r "$tmp/xml" "$tmp/$name" >"$tmp/diff" 2>&1; then
    echo "the import of $v differs from the XML instances':"; cat "$tmp/diff"; exit 1
  fi
  grep -q "1 rejected" "$tmp/$name.out" || { echo "$v: the rejected submission was not told"; cat "$tmp/$name.out"; exit 1; }
done
# Kobo's CSV of a form with repeat groups lost them: refused, naming what to do.
cp -r "$tmp/base" "$tmp/csv"
if "$vap" import "$tmp/ex/kobo-semicolon.csv" -o "$tmp/csv" --lang en 2>"$tmp/csv.err"; then
  echo "Kobo's CSV without its repeat groups was read"; exit 1
fi
grep -q "KoboToolbox's CSV export leaves repeat groups out; export as XLSX" "$tmp/csv.err" ||
  { cat "$tmp/csv.err"; exit 1; }
[ ! -d "$tmp/csv/sessions" ] || { echo "files were written after an error"; exit 1; }
echo "6 variants of one export import to the same workshop files; Kobo's CSV without repeat groups is refused"
