#!/usr/bin/env python3
"""Checks a printed page against its HTML (tests/script/print_layout.sh).

print_layout.py FILE.html FILE.pdf NAME [viewer]
  - every table's header cells (from the HTML's <th>) appear, word for word, on the page where
    the table starts (the first page, from the previous table's page on, with the table's first
    header cell and first body cell, and if a page has them, all header cells and the first row),
    and on every further page of the table, up to the one with its whole last row, and at 10 pt
    or more (the tallest box of each header word on that page: 1.1 times the font size at least);
  - no word of any page runs past the side margins (the left and right margins of the HTML's
    @page rule, or of its `@page wide` rule on a landscape page; 1 pt of slack);
  - no page holds a single line of text, nor ends with a heading (h1 to h4 of the HTML).
With `viewer` (a Markdown report in a viewer's page: no style sheet of vap's keeps its headings
with what follows, keeps a table row on one page or sets its font; Chromium shrinks a page too
wide for the paper) neither the headings nor the 10 pt floor are checked, the last page may hold
a single line (the document's last paragraph: where it falls is the viewer's), and a table may start
with its first row split over two pages (the first cell's first word on the table's first page,
its other words there or on the next page, under the repeated header row).
Words are the PDF's words (pdftotext -bbox); a header word wrapped inside its cell (overflow-wrap)
counts when its pieces are words of the page.
"""
import html.parser, re, subprocess, sys
import xml.etree.ElementTree as ET

FLOOR_PT = 10      # the smallest font of a table
BOX_RATIO = 1.1    # a word's box over its font size (DejaVu Sans 1.164, Liberation Sans 1.117)
UNIT_PT = {"mm": 72 / 25.4, "cm": 72 / 2.54, "in": 72.0, "pt": 1.0, "px": 0.75}

def side_margins(html_text):
    """(left, right) in pt of the portrait @page rule and of the landscape `@page wide` one."""
    found = {}
    for name, body in re.findall(r"@page\s*([\w-]*)\s*\{([^}]*)\}", html_text):
        m = re.search(r"(?:^|;)\s*margin\s*:\s*([^;]+)", body)
        if not m: continue
        v = [float(n) * UNIT_PT[u] for n, u in re.findall(r"([\d.]+)\s*(mm|cm|in|pt|px)", m.group(1))]
        if not v: continue
        v = {1: v * 4, 2: v * 2, 3: v + [v[1]], 4: v}[min(len(v), 4)]
        found[name or "portrait"] = (v[3], v[1])
    portrait = found.get("portrait")
    if portrait is None: sys.exit("print_layout.py: the HTML has no @page rule with a margin")
    return portrait, found.get("wide", portrait)

class Tables(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables = []   # {"headers": th texts, "first", "last": cells of the first and last body rows}
        self.headings = [] # the text of every h1 to h4
        self.cell = None
        self.row = None
        self.heading = None
        self.in_svg = 0
    def handle_starttag(self, tag, attrs):
        if tag == "svg": self.in_svg += 1
        if self.in_svg: return
        if tag in ("h1", "h2", "h3", "h4"): self.heading = ""
        elif tag == "table": self.tables.append({"headers": [], "first": [], "last": []})
        elif tag == "tr" and self.tables: self.row = []
        elif tag in ("th", "td") and self.tables: self.cell = [tag, ""]
        elif tag == "br" and self.cell: self.cell[1] += " "
    def handle_endtag(self, tag):
        if tag == "svg": self.in_svg -= 1
        if self.in_svg: return
        if tag in ("h1", "h2", "h3", "h4") and self.heading is not None:
            self.headings.append(" ".join(words(self.heading)))
            self.heading = None
        if tag in ("th", "td") and self.cell:
            kind, text = self.cell
            if kind == "th": self.tables[-1]["headers"].append(text)
            elif self.row is not None: self.row.append(text)
            self.cell = None
        if tag == "tr" and self.row:
            t = self.tables[-1]
            if not t["first"]: t["first"] = self.row
            t["last"] = self.row
            self.row = None
    def handle_data(self, data):
        if self.in_svg: return
        if self.cell is not None: self.cell[1] += data
        if self.heading is not None: self.heading += data

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
        h = float(page.get("height"))
        lines = [" ".join(x.text or "" for x in line.iter("{http://www.w3.org/1999/xhtml}word"))
                 for line in page.iter("{http://www.w3.org/1999/xhtml}line")]
        heights = {}
        for x in page.iter("{http://www.w3.org/1999/xhtml}word"):
            t = x.text or ""
            heights[t] = max(heights.get(t, 0), float(x.get("yMax")) - float(x.get("yMin")))
        pages.append({"width": w, "landscape": w > h, "words": ws, "lines": lines, "heights": heights})
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
    viewer = sys.argv[4:5] == ["viewer"]
    html_text = open(html_file, encoding="utf-8").read()
    portrait, wide = side_margins(html_text)
    p = Tables(); p.feed(html_text)
    pages = pages_of(pdf)
    vocabs = [set(w for w, _, _ in pg["words"]) for pg in pages]
    failures = []
    cursor = 0
    for i, t in enumerate(p.tables, 1):
        headers, first, last = t["headers"], t["first"], t["last"]
        if not headers: continue
        has = lambda k, texts: all(on_page(w, vocabs[k]) for t in texts for w in words(t))
        def starts_on(k):
            if has(k, [headers[0], first[0] if first else ""]): return True
            if not viewer or not first or k + 1 >= len(pages): return False
            cell = words(first[0])
            both = vocabs[k] | vocabs[k + 1]
            return (has(k, [headers[0]]) and on_page(cell[0], vocabs[k])
                    and all(on_page(w, both) for w in cell))
        starts = [k for k in range(cursor, len(pages)) if starts_on(k)]
        if not starts:
            failures.append(f"table {i} ({' | '.join(headers)}): its first header and cell are on no page")
            continue
        # another table with the same columns and first cell may start on the first of these pages,
        # and a viewer with no style sheet may split a row over two: the first page with all
        # header cells and the whole first row, or else with all header cells
        start = next((k for k in starts if has(k, headers + first)),
                     next((k for k in starts if has(k, headers)), starts[0]))
        cursor = start
        missing = [h for h in headers if not all(on_page(w, vocabs[start]) for w in words(h))]
        small = [] if viewer else [w for h in headers for w in words(h)
                                   if 0 < pages[start]["heights"].get(w, 0) < FLOOR_PT * BOX_RATIO]
        if small:
            failures.append(f"table {i} on page {start + 1}: header words under {FLOOR_PT} pt: "
                            + ", ".join(small[:5]))
        if missing:
            failures.append(f"table {i} on page {start + 1}: header cells missing: {' | '.join(missing)}")
            continue
        # a table over several pages (to the first page with its whole last row) repeats its
        # header row on each
        end = next((k for k in range(start, len(pages)) if has(k, last)), start)
        bare = [k + 1 for k in range(start + 1, end + 1) if not has(k, headers)]
        if bare:
            failures.append(f"table {i} (pages {start + 1} to {end + 1}): no header row on page "
                            + ", ".join(map(str, bare)))
    headings = set(p.headings)
    for k, pg in enumerate(pages, 1):
        left_m, right_m = wide if pg["landscape"] else portrait
        left, right = left_m - 1, pg["width"] - right_m + 1
        over = [(w, x0, x1) for w, x0, x1 in pg["words"] if x1 > right or x0 < left]
        if over:
            failures.append(f"page {k}: {len(over)} words past the margins, e.g. "
                            + ", ".join(f"'{w}' from {x0:.0f} to {x1:.0f} pt" for w, x0, x1 in over[:3])
                            + f" (margins at {left:.0f} and {right:.0f} pt)")
        if len(pg["lines"]) == 1 and not (viewer and k == len(pages)):
            failures.append(f"page {k}: a page with one line of text")
        if not viewer and k < len(pages) and pg["lines"] and pg["lines"][-1] in headings:
            failures.append(f"page {k}: ends with the heading '{pg['lines'][-1]}'")
    for f in failures: print(f"FAIL {name}: {f}")
    print(f"{name}: {len(p.tables)} tables, {len(pages)} pages, {len(failures)} problems")
    return 1 if failures else 0

sys.exit(main())
