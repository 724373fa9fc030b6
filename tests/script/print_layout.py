#!/usr/bin/env python3
"""Checks a printed page against its HTML (tests/script/print_layout.sh).

print_layout.py FILE.html FILE.pdf NAME
  - every table's header cells (from the HTML's <th>) appear, word for word, on the page where
    the table starts (the first page, from the previous table's page on, with the table's first
    header cell and first body cell);
  - no word of any page runs past the right margin (page width minus 12 mm, 1 pt of slack)
    nor off the left margin;
  - no page holds a single line of text.
Words are the PDF's words (pdftotext -bbox); a header word wrapped inside its cell (overflow-wrap)
counts when its pieces are words of the page.
"""
import html.parser, re, subprocess, sys
import xml.etree.ElementTree as ET

MARGIN_PT = 12 / 25.4 * 72  # the @page side margin of vap's pages and of the md page

class Tables(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables = []   # [(headers, first_cell)]
        self.cell = None
        self.in_svg = 0
    def handle_starttag(self, tag, attrs):
        if tag == "svg": self.in_svg += 1
        if self.in_svg: return
        if tag == "table": self.tables.append([[], None])
        elif tag in ("th", "td") and self.tables: self.cell = [tag, ""]
        elif tag == "br" and self.cell: self.cell[1] += " "
    def handle_endtag(self, tag):
        if tag == "svg": self.in_svg -= 1
        if self.in_svg: return
        if tag in ("th", "td") and self.cell:
            kind, text = self.cell
            if kind == "th": self.tables[-1][0].append(text)
            elif self.tables[-1][1] is None: self.tables[-1][1] = text
            self.cell = None
    def handle_data(self, data):
        if self.cell is not None and not self.in_svg: self.cell[1] += data

def words(text):
    return [w for w in re.split(r"\s+", text) if w]

def pages_of(pdf):
    out = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True, check=True).stdout
    out = re.sub(rb"<!DOCTYPE[^>]*>", b"", out)
    root = ET.fromstring(out)
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    pages = []
    for page in root.iter("{http://www.w3.org/1999/xhtml}page"):
        w = float(page.get("width"))
        ws = [(x.text or "", float(x.get("xMin")), float(x.get("xMax"))) for x in page.iter("{http://www.w3.org/1999/xhtml}word")]
        lines = len(list(page.iter("{http://www.w3.org/1999/xhtml}line")))
        pages.append({"width": w, "words": ws, "lines": lines})
    return pages

def on_page(word, vocab):
    if word in vocab: return True
    # wrapped inside a cell: pieces that are words of the page
    n = len(word)
    ok = [False] * (n + 1); ok[0] = True
    for i in range(n):
        if ok[i]:
            for j in range(i + 1, n + 1):
                if word[i:j] in vocab: ok[j] = True
    return ok[n]

def main():
    html_file, pdf, name = sys.argv[1:4]
    p = Tables(); p.feed(open(html_file, encoding="utf-8").read())
    pages = pages_of(pdf)
    vocabs = [set(w for w, _, _ in pg["words"]) for pg in pages]
    failures = []
    cursor = 0
    for i, (headers, first) in enumerate(p.tables, 1):
        if not headers: continue
        keys = words(headers[0]) + (words(first) if first else [])
        start = next((k for k in range(cursor, len(pages)) if all(on_page(w, vocabs[k]) for w in keys)), None)
        if start is None:
            failures.append(f"table {i} ({' | '.join(headers)}): its first header and cell are on no page")
            continue
        cursor = start
        missing = [h for h in headers if not all(on_page(w, vocabs[start]) for w in words(h))]
        if missing:
            failures.append(f"table {i} on page {start + 1}: header cells missing: {' | '.join(missing)}")
    for k, pg in enumerate(pages, 1):
        right = pg["width"] - MARGIN_PT + 1
        over = [(w, x1) for w, x0, x1 in pg["words"] if x1 > right or x0 < MARGIN_PT - 1]
        if over:
            failures.append(f"page {k}: {len(over)} words past the margins, e.g. "
                            + ", ".join(f"'{w}' to {x1:.0f} pt" for w, x1 in over[:3])
                            + f" (right margin at {right:.0f} pt)")
        if pg["lines"] == 1:
            failures.append(f"page {k}: a page with one line of text")
    for f in failures: print(f"FAIL {name}: {f}")
    print(f"{name}: {len(p.tables)} tables, {len(pages)} pages, {len(failures)} problems")
    return 1 if failures else 0

sys.exit(main())
