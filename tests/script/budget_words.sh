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
srcs=(examples/jany-jol tests/fixtures/pabulib/wieliczka-example.pb tests/fixtures/pabulib/park-cumulative.pb)
for i in "${!srcs[@]}"; do
  for lang in ky ru en; do
    for format in md html; do
      "$VAP_BIN" budget "${srcs[$i]}" --lang "$lang" --format "$format" -o "$TMP/$i.$lang.$format" \
        2>/dev/null || { echo "FAIL ${srcs[$i]} $lang $format: vap budget failed"; fail=1; }
      n=$((n + 1))
    done
  done
done
python3 - "$TMP" "${srcs[@]}" <<'PY' || fail=1
import glob, html, os, re, sys
tmp, srcs = sys.argv[1], sys.argv[2:]
fail = 0
for path in sorted(glob.glob(os.path.join(tmp, "*.*.*"))):
    i, lang, fmt = os.path.basename(path).split(".")
    src = srcs[int(i)]
    text = open(path, encoding="utf-8").read()
    if fmt == "html":
        text = re.sub(r"<(style|script)\b.*?</\1>", " ", text, flags=re.S)
        text = html.unescape(re.sub(r"<[^>]*>", " ", text))
    allowed = {"vap"}
    if os.path.isfile(src):
        allowed |= set(re.findall(r"[A-Za-z]+", open(src, encoding="utf-8").read() + os.path.basename(src)))
    found = sorted(set(w for w in re.findall(r"[A-Za-z]{3,}", text) if w not in allowed))
    if lang == "en" and "Greedy" not in found:
        print(f"FAIL {src} en {fmt}: the check does not see the English words")
        fail = 1
    elif lang != "en" and found:
        print(f"FAIL {src} {lang} {fmt}: English words: {', '.join(found)}")
        fail = 1
sys.exit(fail)
PY
echo "budget_words: $n reports read; $([ $fail = 0 ] && echo 'no English word in ky or ru' || echo 'some fail')"
exit $fail
