#!/usr/bin/env bash
# The Word documents of `vap papers` open in LibreOffice Writer and print on A4 without a cut
# column: each paper of examples/jany-jol (ky) and examples/kara-suu-ru (ru) is written as .docx,
# LibreOffice (headless, a profile of its own) converts it to text and to PDF; the text must equal
# tests/script/papers_docx/<paper>-<lang>.txt exactly, and every page of the PDF must be A4 with
# every word inside the text area (the margins of lib/render/docx.cpp: left 30 mm, right 15 mm;
# a word past them is a column cut or a table wider than the page). Exit 77 (skipped) without
# soffice or pdftotext. PAPERS_DOCX_UPDATE=1 writes the expected texts instead (then read them).
set -uo pipefail
VAP_BIN="$1"; ROOT="$2"
cd "$ROOT"
source scripts/lib.sh
need_tool soffice libreoffice-writer-nogui
need_tool pdftotext poppler-utils
need_tool pdfinfo poppler-utils
need_tool python3 python3
unset LC_ALL LC_MESSAGES LANG LANGUAGE
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
# Printed with Liberation Serif alone (Times New Roman's metric twin, what Word on the
# facilitators' laptops uses), whatever else the machine has installed.
use_fonts liberation "$TMP/fonts"
EXPECTED=tests/script/papers_docx
docs=()
for pair in "examples/jany-jol:ky" "examples/kara-suu-ru:ru"; do
  folder="${pair%%:*}"; lang="${pair##*:}"
  for paper in decision order hearing monitoring-group; do
    out="$TMP/$paper-$lang.docx"
    "$VAP_BIN" papers "$folder" --for "$paper" --lang "$lang" --format docx -o "$out" 2>/dev/null ||
      { echo "FAIL vap papers $folder --for $paper --format docx"; exit 1; }
    docs+=("$out")
  done
done
profile="-env:UserInstallation=file://$TMP/profile"
run_with_timeout --quiet 300 soffice "$profile" --headless --convert-to "txt:Text (encoded):UTF8" \
  --outdir "$TMP/txt" "${docs[@]}" >/dev/null
run_with_timeout --quiet 300 soffice "$profile" --headless --convert-to pdf --outdir "$TMP/pdf" \
  "${docs[@]}" >/dev/null
fail=0
for doc in "${docs[@]}"; do
  name="$(basename "$doc" .docx)"
  txt="$TMP/txt/$name.txt"; pdf="$TMP/pdf/$name.pdf"
  if [ ! -s "$txt" ] || [ ! -s "$pdf" ]; then echo "FAIL $name: LibreOffice did not open it"; fail=1; continue; fi
  if [ "${PAPERS_DOCX_UPDATE:-0}" = 1 ]; then cp "$txt" "$EXPECTED/$name.txt"; fi
  if ! cmp -s "$EXPECTED/$name.txt" "$txt"; then
    echo "FAIL $name: LibreOffice's text differs from $EXPECTED/$name.txt"; diff "$EXPECTED/$name.txt" "$txt" | head -20; fail=1
  fi
  python3 - "$pdf" "$name" <<'PY' || fail=1
import re, subprocess, sys
pdf, name = sys.argv[1:3]
PT = 72 / 25.4
LEFT, RIGHT = 30 * PT, 15 * PT  # the docx's margins
info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", pdf], capture_output=True, text=True).stdout
sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)
bad = [s for s in sizes if abs(float(s[0]) - 210 * PT) > 1 or abs(float(s[1]) - 297 * PT) > 1]
failures = [f"{len(bad)} of {len(sizes)} pages are not A4"] if bad or not sizes else []
bbox = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True).stdout
page, words = 0, 0
for line in bbox.split("\n"):
    if "<page " in line: page += 1
    m = re.search(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*)</word>', line)
    if not m: continue
    words += 1
    x0, x1 = float(m.group(1)), float(m.group(2))
    if x0 < LEFT - 1 or x1 > 210 * PT - RIGHT + 1:
        failures.append(f"page {page}: '{m.group(3)}' at {x0:.1f}-{x1:.1f} pt is outside the text area")
for f in failures[:10]: print(f"FAIL {name}: {f}")
print(f"{name}: {len(sizes)} A4 pages, {words} words inside the text area" if not failures else f"{name}: {len(failures)} problems")
sys.exit(1 if failures else 0)
PY
done
exit $fail
