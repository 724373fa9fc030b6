#!/usr/bin/env bash
# The Kyrgyz and Russian budget reports hold no English word: `vap budget` in Markdown and HTML
# (the visible text: tags, styles and scripts left out) of a municipality (examples/jany-jol,
# with its assembly) and of pabulib files (approval with voters' sex and age, cumulative) has no
# Latin word of three letters or more but the program's name and the words of the input itself
# (a .pb file's own names and description, its file name). The same check finds the English
# words of the English report (so it can fail). Needs python3 (skipped, 77, without it).
set -uo pipefail
VAP_BIN="$1"; ROOT="$2"
cd "$ROOT"
command -v python3 >/dev/null || { echo "budget_words: needs python3; skipped" >&2; exit 77; }
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
fail=0 n=0
for src in examples/jany-jol tests/fixtures/pabulib/wieliczka-example.pb tests/fixtures/pabulib/park-cumulative.pb; do
  for lang in ky ru en; do
    for format in md html; do
      out="$TMP/report.$format"
      "$VAP_BIN" budget "$src" --lang "$lang" --format "$format" -o "$out" 2>/dev/null ||
        { echo "FAIL $src $lang $format: vap budget failed"; fail=1; continue; }
      n=$((n + 1))
      python3 - "$out" "$src" "$lang" <<'PY' || fail=1
import html, os, re, sys
path, src, lang = sys.argv[1:4]
text = open(path, encoding="utf-8").read()
if path.endswith(".html"):
    text = re.sub(r"<(style|script)\b.*?</\1>", " ", text, flags=re.S)
    text = html.unescape(re.sub(r"<[^>]*>", " ", text))
allowed = {"vap"}
if os.path.isfile(src):
    allowed |= set(re.findall(r"[A-Za-z]+", open(src, encoding="utf-8").read() + os.path.basename(src)))
found = sorted(set(w for w in re.findall(r"[A-Za-z]{3,}", text) if w not in allowed))
if lang == "en":
    if "Greedy" not in found:
        print(f"FAIL {src} en {path[-4:]}: the check does not see the English words")
        sys.exit(1)
elif found:
    print(f"FAIL {src} {lang} {os.path.splitext(path)[1]}: English words: {', '.join(found)}")
    sys.exit(1)
PY
    done
  done
done
echo "budget_words: $n reports read; $([ $fail = 0 ] && echo 'no English word in ky or ru' || echo 'some fail')"
exit $fail
