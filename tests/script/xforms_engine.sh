#!/usr/bin/env bash
# ODK's own form engine (@getodk/xforms-engine, tests/xforms) loads the XForm that `vap form`
# writes: every question is there, an over-limit dot count is refused, the answers of
# tests/fixtures/phones/session.json are filled and the submission is serialised; `vap import`
# of that submission gives the same `vap gallery` and `vap map` as the same session typed in
# YAML (tests/fixtures/phones/session-typed.yaml).
set -euo pipefail
vap="$(realpath "${1:-${VAP:-build/release/vap}}")"
cd "${2:-$(dirname "$0")/../..}"
command -v node >/dev/null || { echo "skipped: node is not installed (scripts/setup with VAP_TEST_TOOLS=1)"; exit 77; }
[ -d tests/xforms/node_modules/@getodk/xforms-engine ] ||
  { echo "skipped: tests/xforms/node_modules is missing: run 'npm ci' in tests/xforms (scripts/setup with VAP_TEST_TOOLS=1)"; exit 77; }
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/typed/sessions" "$tmp/phone" "$tmp/forms"
cp examples/jany-jol/municipality.yaml "$tmp/typed/"
cp examples/jany-jol/municipality.yaml "$tmp/phone/"
cp tests/fixtures/phones/session-typed.yaml "$tmp/typed/sessions/01.yaml"

"$vap" form "$tmp/phone" --for session -o "$tmp/forms" >/dev/null
node tests/xforms/fill.mjs "$tmp/forms/jany-jol-session.xml" tests/fixtures/phones/session.json \
  >"$tmp/submission.xml" 2>"$tmp/engine.log" || { cat "$tmp/engine.log"; exit 1; }
grep -q "refused vote_dots = 40" "$tmp/engine.log" || { echo "the engine did not refuse 40 dots"; cat "$tmp/engine.log"; exit 1; }
grep -q "<vap_form>session</vap_form>" "$tmp/submission.xml" || { echo "no vap_form in the submission"; cat "$tmp/submission.xml"; exit 1; }

"$vap" import "$tmp/submission.xml" -o "$tmp/phone" >"$tmp/import.log"
for cmd in "gallery" "gallery --format csv" "map --format geojson"; do
  # shellcheck disable=SC2086
  "$vap" $cmd "$tmp/typed" --lang en >"$tmp/a.out" 2>/dev/null
  # shellcheck disable=SC2086
  "$vap" $cmd "$tmp/phone" --lang en >"$tmp/b.out" 2>/dev/null
  if ! diff -u "$tmp/a.out" "$tmp/b.out"; then
    echo "vap $cmd differs between the typed session and the phone's"; exit 1
  fi
done
echo "the engine loaded the form, refused 40 dots, and the submission imports as the typed session"
