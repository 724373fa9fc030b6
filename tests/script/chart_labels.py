#!/usr/bin/env python3
"""Chart labels never overlap: the helper of chart_labels.sh.

page OUT_HTML FILE...   writes one page that holds every <svg> of the FILEs (SVG files and HTML
                        pages), each in a box named after its file, and a script that measures
                        every <text> in the real font (getBoundingClientRect) when the page loads.
check DUMPED_DOM        reads the measurements back from `chromium --dump-dom`, prints each
                        problem as `FILE: "text A" overlaps "text B"` or `FILE: "text" is outside
                        the picture` and exits 1 when there is one.
"""
import html
import json
import os
import re
import sys

SVG = re.compile(r"<svg\b.*?</svg>", re.S)

SCRIPT = r"""
<script>
window.addEventListener('load', () => {
  const slack = 1; // px: boxes that touch or meet by a pixel are fine
  const out = {svgs: 0, texts: 0, problems: []};
  for (const box of document.querySelectorAll('div.case')) {
    const svg = box.querySelector('svg');
    if (!svg) continue;
    out.svgs++;
    const name = box.dataset.file;
    const m = svg.getScreenCTM();
    const vb = svg.viewBox.baseVal;
    let area;
    if (vb && vb.width > 0) {
      const p = new DOMPoint(vb.x, vb.y).matrixTransform(m);
      const q = new DOMPoint(vb.x + vb.width, vb.y + vb.height).matrixTransform(m);
      area = {left: Math.min(p.x, q.x), top: Math.min(p.y, q.y),
              right: Math.max(p.x, q.x), bottom: Math.max(p.y, q.y)};
    } else {
      area = svg.getBoundingClientRect();
    }
    const texts = [];
    for (const t of svg.querySelectorAll('text')) {
      const words = t.textContent.replace(/\s+/g, ' ').trim();
      const r = t.getBoundingClientRect();
      if (!words || r.width === 0 || r.height === 0) continue;
      texts.push({words, r});
      out.texts++;
      if (r.left < area.left - slack || r.right > area.right + slack ||
          r.top < area.top - slack || r.bottom > area.bottom + slack)
        out.problems.push(`${name}: "${words}" is outside the picture`);
    }
    for (let i = 0; i < texts.length; i++)
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i].r, b = texts[j].r;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > slack && h > slack)
          out.problems.push(`${name}: "${texts[i].words}" overlaps "${texts[j].words}"`);
      }
  }
  document.getElementById('result').textContent = JSON.stringify(out);
});
</script>
"""


def page(out, files):
    parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>chart labels</title>",
             "<style>body{margin:0} div.case{margin:8px}</style></head><body>",
             "<pre id='result'>not measured</pre>"]
    for f in files:
        with open(f, encoding="utf-8") as fh:
            text = fh.read()
        svgs = SVG.findall(text)
        for k, svg in enumerate(svgs):
            name = os.path.basename(f) + (f" (chart {k + 1})" if f.endswith(".html") else "")
            parts.append(f"<div class='case' data-file='{html.escape(name, quote=True)}'>{svg}</div>")
    parts.append(SCRIPT)
    parts.append("</body></html>")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(parts))


def check(dumped):
    with open(dumped, encoding="utf-8") as fh:
        dom = fh.read()
    m = re.search(r"<pre id=\"result\">(.*?)</pre>", dom, re.S)
    if not m or not m.group(1).startswith("{"):
        print("chart_labels: the page was not measured (no result in Chromium's DOM)")
        return 1
    result = json.loads(html.unescape(m.group(1)))
    for p in result["problems"]:
        print(p)
    print(f"chart_labels: {result['svgs']} SVGs, {result['texts']} text elements, "
          f"{len(result['problems'])} problems")
    return 1 if result["problems"] else 0


if __name__ == "__main__":
    if sys.argv[1] == "page":
        page(sys.argv[2], sys.argv[3:])
    else:
        sys.exit(check(sys.argv[2]))
