#!/usr/bin/env bash
# A batch of more municipalities than one streamed batch holds (cmd/common.hpp, stream_batch) is
# streamed: loaded batch by batch, its output written as it is made. Its output must be byte for
# byte the output of a whole load (forced with --templates, which is never streamed), on standard
# output and in a file, for every command that streams (venn, pie and map in every format they
# write part by part); folders are named so that their order is not the order of the ids, and the
# municipalities speak Kyrgyz and Russian. The same for 70 of them as workbooks.
set -uo pipefail
VAP_BIN="$1"; ROOT="$2"
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
corpus="$TMP/Программа"
sources=(jany-jol kara-suu-ru ak-tash-mixed)
for i in $(seq 1 150); do
  src="${sources[$((i % 3))]}"
  # Folder f001..f150 under five regions; ids run the other way (m150..m001).
  dir="$corpus/r$((i % 5))/f$(printf %03d "$i")"
  mkdir -p "$dir"
  cp -r "$ROOT/examples/$src/." "$dir/"
  id="m$(printf %03d $((151 - i)))"
  sed -i -e "0,/^  id: .*/s//  id: $id/" -e "0,/^  name: \(.*\)/s//  name: \1 $i/" "$dir/municipality.yaml"
  # Each copy's sessions say something of their own: the same content twice is a copied file.
  for f in "$dir"/sessions/*.yaml; do sed -i "s/^session:\r\?\$/&\n  note: copy $i/" "$f"; done
done
checked=0; failed=0
fail() { failed=$((failed + 1)); echo "$*"; }
# The same municipalities as workbooks, one each (70 of them, more than a batch: streamed as the
# folders are); files b001..b070, ids m150..m081.
books="$TMP/Книги"
mkdir -p "$books"
for i in $(seq 1 70); do
  dir="$corpus/r$((i % 5))/f$(printf %03d "$i")"
  "$VAP_BIN" convert "$dir" -o "$books/b$(printf %03d "$i").xlsx" >/dev/null 2>"$TMP/err" ||
    { fail "vap convert $dir failed"; cat "$TMP/err"; }
done
runs=("venn md" "venn csv" "venn json" "pie md" "pie csv" "pie json" "map md" "map csv"
      "map json" "map geojson" "venn csv --excel" "map md --lang ru" "gallery md" "gallery json"
      "report md" "plan md" "plan csv" "causes md" "causes json" "monitor md" "monitor csv")
# compare RUN STATUS LABEL: `vap RUN` ("command format args...") over the corpus, whole and
# streamed; both must exit STATUS and write the same bytes to standard output and error.
compare() {
  local w rc rc_whole
  read -r -a w <<<"$1"
  args=("${w[0]}" "$corpus" --format "${w[1]}" "${w[@]:2}")
  "$VAP_BIN" "${args[@]}" --templates "$ROOT/templates/reports" >"$TMP/whole" 2>"$TMP/whole.err"
  rc_whole=$?
  "$VAP_BIN" "${args[@]}" >"$TMP/streamed" 2>"$TMP/streamed.err"
  rc=$?
  checked=$((checked + 1))
  [ "$rc_whole" -eq "$2" ] && [ "$rc" -eq "$2" ] ||
    fail "$3: exit $rc (streamed), $rc_whole (whole), expected $2"
  cmp -s "$TMP/whole" "$TMP/streamed" ||
    { fail "$3: the streamed output differs from the whole load's"; diff "$TMP/whole" "$TMP/streamed" | head -5; }
  cmp -s "$TMP/whole.err" "$TMP/streamed.err" ||
    { fail "$3: the streamed messages differ"; diff "$TMP/whole.err" "$TMP/streamed.err" | head -5; }
}
for r in "${runs[@]}"; do
  compare "$r" 0 "vap $r"
  [ -s "$TMP/whole" ] || fail "vap $r: no output"
  "$VAP_BIN" "${args[@]}" -o "$TMP/file.out" 2>/dev/null
  cmp -s "$TMP/whole" "$TMP/file.out" || fail "vap $r: -o FILE differs from standard output"
done
# A file vap does not read (named in a note) and an error in a plan file, which venn, pie, map
# and gallery do not read (counted in a note): still streamed, the same bytes as a whole load.
printf '%%PDF-1.4\n' >"$corpus/r2/f007/report.pdf"
sed -i '0,/^\( *local-budget: \)/s//\1-/' "$corpus/r1/f041/plan.yaml" # a negative amount
for r in "venn md" "map geojson" "pie csv" "gallery csv" "gallery md --lang ru" "plan md"; do
  want=0; [ "${r%% *}" = plan ] && want=65
  compare "$r" "$want" "vap $r with a PDF and a broken plan"
  if [ "$want" = 0 ]; then
    grep -q "report.pdf" "$TMP/streamed.err" || fail "vap $r: the PDF is not named in a note"
    grep -q "'vap check'" "$TMP/streamed.err" || fail "vap $r: the plan file's error is not counted"
  fi
done
# Over a batch the objects without a location are listed up to 50, the rest counted.
"$VAP_BIN" map "$corpus" --format geojson --lang en -o "$TMP/map.geojson" 2>"$TMP/map.err"
n=$(sed -n 's/^vap: warning: \([0-9]*\) of [0-9]* objects have no location.*/\1/p' "$TMP/map.err")
listed=$(grep -c '^  .*\.yaml:[0-9]*:[0-9]*: ' "$TMP/map.err")
more=$(sed -n 's/^  and \([0-9]*\) more, in [1-9][0-9]* files; run `vap map`.*/\1/p' "$TMP/map.err")
checked=$((checked + 1))
[ -n "$n" ] && [ "$n" -gt 50 ] && [ "$listed" = 50 ] && [ "$more" = $((n - 50)) ] ||
  fail "vap map --format geojson of 150 municipalities: $listed objects listed and '$more' more of '$n' (expected 50 and the rest counted)"
# Streamed for real: while the output is written (more than a pipe holds), its parts wait in a
# temporary file (SortedSpool) under TMPDIR; a whole load has none.
spooled() { # args... -> how many spool files TMPDIR held when the output began
  mkdir -p "$TMP/tmpdir" && rm -rf "$TMP/tmpdir"/*
  TMPDIR="$TMP/tmpdir" "$VAP_BIN" "$@" 2>/dev/null |
    { head -c 1 >/dev/null; find "$TMP/tmpdir" -name '*.spool' | wc -l; cat >/dev/null; }
}
n=$(spooled map "$corpus" --format json)
[ "$n" = 1 ] || fail "vap map --format json of 150 municipalities: $n spool files, expected 1 (not streamed?)"
n=$(spooled venn "$corpus" --format json)
[ "$n" = 1 ] || fail "vap venn --format json with a PDF and a broken plan: $n spool files, expected 1"
n=$(spooled map "$corpus" --format json --templates "$ROOT/templates/reports")
[ "$n" = 0 ] || fail "vap map --format json --templates: $n spool files, expected none"
[ -z "$(ls -A "$TMP/tmpdir")" ] || fail "the spool file is left behind in TMPDIR"
# More warnings than a run shows (1,200 against Diagnostics::k_per_run, 1,000): still streamed,
# the first 1,000 in the printout's order and the rest counted, as a whole load prints them.
# (Eight problems no catalog has, each with 0 dots, in one session of every municipality.)
for dir in "$corpus"/r*/f*; do
  f=$(grep -l '^  votes:' "$dir"/sessions/*.yaml | LC_ALL=C sort | head -n 1)
  problems=""
  for k in 1 2 3 4 5 6 7 8; do problems+="    Мал доктур $k: 0\n"; done
  sed -i "0,/^  votes:\r\?\$/s//&\n${problems%\\n}/" "$f"
done
for r in "gallery csv" "map md --lang ru" "venn md"; do
  compare "$r" 0 "vap $r with 1,200 warnings"
  grep -q '^vap: .* 1000' "$TMP/streamed.err" || fail "vap $r: no count of the warnings past 1,000"
done
n=$(spooled map "$corpus" --format json)
[ "$n" = 1 ] || fail "vap map --format json with 1,200 warnings: $n spool files, expected 1 (not streamed?)"
# The workbooks: streamed, the same bytes as a whole load of them.
yaml_corpus="$corpus"
corpus="$books"
for r in "gallery csv" "venn md" "map json" "report md" "plan md" "monitor csv" "pie md --lang ru"; do
  compare "$r" 0 "vap $r of 70 workbooks"
done
n=$(spooled map "$corpus" --format json)
[ "$n" = 1 ] || fail "vap map --format json of 70 workbooks: $n spool files, expected 1 (not streamed?)"
corpus="$yaml_corpus"
echo "$checked streamed runs compared with whole loads, $failed differ"
[ "$failed" -eq 0 ]
