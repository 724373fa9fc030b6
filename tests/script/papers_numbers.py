#!/usr/bin/env python3
"""The numbers of `vap papers` are the other commands' (tests/script/papers_numbers.sh).

papers_numbers.py VAP FOLDER LANG
  - decision: every amount in it is one the plan's CSV (`vap plan --format csv`) and the budget's
    CSV (`vap budget --format csv`) give or add up to; annex 1 gives each task's amounts by
    source as the plan's CSV does, and each task's and problem's total; annex 2 lists exactly the
    plan's local-budget rows, in order, and each problem's line is the budget's cost; the other
    sources are the plan's sums by source; the plan is the plan less what the assembly rejected;
  - order: the lists are exactly the plan's initiative groups (`vap plan --format json`), in
    order, member by member;
  - hearing: the citizens' budget's shares are `vap pie --format csv`'s actual shares, its
    misjudged items the pie's perceived share, actual share and gap, and what the plan asks of
    the budget the budget's costs.
A paper that vap refuses (a decision without a plan) is checked to be refused with status 65.
"""
import csv, io, json, re, subprocess, sys

vap, folder, lang = sys.argv[1:4]
failures = []

def run(*args, check=True):
    r = subprocess.run([vap, *args, "--lang", lang], capture_output=True, text=True)
    if check and r.returncode != 0:
        sys.exit(f"vap {' '.join(args)}: status {r.returncode}\n{r.stderr}")
    return r

def fail(what):
    failures.append(f"{folder} {lang}: {what}")

def number(text):
    """A number as the paper writes it: "1 300,5" (ky, ru) or "1,300.5" (en)."""
    t = text.strip().strip("*").replace("\u00a0", "").replace(" ", "").replace("%", "")
    t = t.replace("\u2212", "-")
    if lang == "en":
        t = t.replace(",", "")
    else:
        t = t.replace(",", ".")
    return float(t)

def unescape(cell):
    return re.sub(r"\\(.)", r"\1", cell).strip()

def rows(md):
    """Table rows of Markdown as lists of cells (the delimiter rows left out)."""
    out = []
    for line in md.split("\n"):
        if not line.startswith("|"): continue
        cells = [unescape(c) for c in re.split(r"(?<!\\)\|", line)[1:-1]]
        if all(re.fullmatch(r":?-+:?", c) for c in cells): continue
        out.append(cells)
    return out

def sections(md, level):
    """(heading, text under it) for each heading of `level` (#, ##, ###)."""
    parts = re.split(r"^" + "#" * level + r" (.*)$", md, flags=re.M)
    return [(unescape(parts[i]), parts[i + 1]) for i in range(1, len(parts) - 1, 2)]

def close(a, b):
    return abs(a - b) < 1e-6

def csv_rows(*args):
    return list(csv.DictReader(io.StringIO(run(*args, "--format", "csv").stdout)))

has_plan = run("plan", folder, "--format", "json", check=False).returncode == 0 and \
    json.loads(run("plan", folder, "--format", "json").stdout).get("problems")

# ---- decision
if not has_plan:
    r = run("papers", folder, "--for", "decision", check=False)
    if r.returncode != 65: fail(f"a decision without a plan: status {r.returncode}, not 65")
else:
    md = run("papers", folder, "--for", "decision").stdout
    # The plan the kenesh approves: less what the assembly rejected (`vap assembly`).
    rejected = set()
    a = run("assembly", folder, "--format", "json", check=False)
    if a.returncode == 0 and a.stdout.strip():
        for p in json.loads(a.stdout).get("proposals", []):
            if p.get("decision") == "rejected": rejected.add(p["problem_id"])
    plan = [r for r in csv_rows("plan", folder) if r["problem_id"] not in rejected]
    budget_args = ["budget", folder]
    if run("budget", folder, "--format", "csv", check=False).returncode != 0:
        budget_args += ["--envelope", "0"] # the costs do not depend on it
    budget = [r for r in csv_rows(*budget_args) if r["problem_id"] not in rejected]
    known = set()
    def see(v): known.add(round(v, 6))
    for r in plan: see(float(r["amount"]))
    for r in budget: see(float(r["cost"]))
    tasks = {}
    for r in plan:
        tasks.setdefault((r["problem_id"], r["task"]), []).append(r)
    problems = {}
    for r in plan:
        problems[r["problem_id"]] = problems.get(r["problem_id"], 0) + float(r["amount"])
    for key, rs in tasks.items(): see(sum(float(r["amount"]) for r in rs))
    for v in problems.values(): see(v)
    see(sum(float(r["amount"]) for r in plan))
    asked = sum(float(r["cost"]) for r in budget)
    see(asked)
    sources = {}
    for r in plan:
        if r["source"] != "local-budget":
            sources[r["source_name"]] = sources.get(r["source_name"], 0) + float(r["amount"])
    for v in sources.values(): see(v)
    envelope = re.findall(r"plan_envelope:\s*([\d.]+)",
                          open(f"{folder}/municipality.yaml", encoding="utf-8").read())
    if envelope:
        see(float(envelope[0])); see(abs(asked - float(envelope[0])))
    # Every amount of the decision is one of these (a number with decimals: the amounts; dates,
    # counts and numbers of points have none).
    pattern = r"\d{1,3}(?:,\d{3})*\.\d+" if lang == "en" else r"\d{1,3}(?:\u00a0\d{3})*,\d+"
    # (a table row's first cell is its number: 1.1, 1.2, ...)
    found = re.findall(pattern, re.sub(r"^\|[^|]*\|", "|", md, flags=re.M))
    if not found: fail("the decision has no amount")
    for a in found:
        if round(number(a), 6) not in known:
            fail(f"the decision's amount {a!r} is none of the plan's or the budget's")
    pages = md.split("\n---\n")
    if len(pages) != 4: fail(f"the decision has {len(pages)} pages, not 4 (text and 3 annexes)")
    # Annex 1: each task's amounts by source, as the plan's CSV, in order.
    plan_rows = iter(plan)
    for heading, text in sections(pages[1], 3):
        for cells in rows(text)[1:]:
            if not re.fullmatch(r"\d+\.\d+", cells[0]): continue
            task, sources_cell, total = cells[1], cells[4], number(cells[5])
            want = []
            for part in sources_cell.split("; "):
                name, amount = part.rsplit(" ", 1)
                r = next(plan_rows, None)
                if r is None or r["task"] != task or r["source_name"] != name or \
                        not close(float(r["amount"]), number(amount)):
                    fail(f"annex 1: {task}: {name} {amount} is not the plan's next row {r}")
                want.append(number(amount))
            if not close(sum(want), total): fail(f"annex 1: {task}: total {total} != {sum(want)}")
    if next(plan_rows, None) is not None: fail("annex 1 leaves out rows of the plan's CSV")
    # Annex 2: the local-budget rows in order; each problem's line is the budget's cost.
    local = [r for r in plan if r["source"] == "local-budget"]
    cost = {r["problem"]: float(r["cost"]) for r in budget}
    listed = []
    for cells in rows(pages[2]):
        if re.fullmatch(r"\d+\.\d+", cells[0]):
            listed.append((cells[1], number(cells[3])))
        elif re.fullmatch(r"\*\*\d+\*\*", cells[0]):
            name = cells[1].strip("*")
            if name not in cost or not close(cost[name], number(cells[3])):
                fail(f"annex 2: {name} {cells[3]} is not the budget's cost {cost.get(name)}")
    want = [(r["task"], float(r["amount"])) for r in local]
    if [(t, round(a, 6)) for t, a in listed] != [(t, round(a, 6)) for t, a in want]:
        fail(f"annex 2 lists {listed}, the plan's local-budget rows are {want}")
    # The other sources.
    other = {}
    for heading, text in sections(pages[2], 3): # the other sources' section, its one table
        other = {c[0]: number(c[1]) for c in rows(text)[1:]}
    if {k: round(v, 6) for k, v in other.items()} != {k: round(v, 6) for k, v in sources.items()}:
        fail(f"other sources {other} != the plan's {sources}")

# ---- order
if has_plan:
    md = run("papers", folder, "--for", "order").stdout
    plan = json.loads(run("plan", folder, "--format", "json").stdout)
    want = []
    for p in plan["problems"]:
        members = p.get("initiative_group", {}).get("members", [])
        if members: want.append([m["name"] for m in members])
    annex = md.split("\n---\n")[1]
    got = []
    for heading, text in sections(annex, 3):
        got.append([re.sub(r" \([^()]*\)$", "", c[1]) for c in rows(text)[1:]])
    if got != want: fail(f"the order lists {got}, the plan's groups are {want}")

# ---- hearing
md = run("papers", folder, "--for", "hearing").stdout
pie = csv_rows("pie", folder)
page = md.split("\n---\n")[2]
actual = {(r["side"], r["item"]): r for r in pie}
checked = 0
# The approved budget: one table, revenue beside spending (item, amount, share twice).
for cells in rows(page.split("\n### ")[0])[1:]:
    for side, (item, share) in (("revenue", (cells[0], cells[2])),
                                ("expenditure", (cells[3], cells[5]))):
        if not item or item.startswith("**"): continue
        r = actual.get((side, item))
        if r is None: fail(f"citizens' budget: {side} {item} is not in vap pie"); continue
        if not close(number(share), float(r["actual_pct"])):
            fail(f"citizens' budget: {item} {share} != vap pie's {r['actual_pct']}")
        checked += 1
# Then what people misjudged and what the plan asks of the budget.
for heading, text in sections(page, 3):
    for cells in rows(text)[1:]:
        name = cells[0].strip("*")
        if len(cells) == 5:
            r = [x for x in pie if x["item"] == name]
            if not any(close(number(cells[2]), float(x["perceived_pct"])) and
                       close(number(cells[3]), float(x["actual_pct"])) and
                       close(number(cells[4]), float(x["gap_pp"])) for x in r):
                fail(f"misjudged: {cells} is not vap pie's {r}")
            checked += 1
        elif len(cells) == 2 and has_plan and not cells[0].startswith("**"):
            cost = {r["problem"]: float(r["cost"]) for r in budget}
            if name not in cost or not close(cost[name], number(cells[1])):
                fail(f"the plan asks: {name} {cells[1]} is not the budget's cost {cost.get(name)}")
if any(float(r["actual_pct"]) > 0 for r in pie) and checked == 0:
    fail("the hearing pack shows no share of vap pie")

for f in failures: print("FAIL", f)
print(f"{folder} {lang}: {'ok' if not failures else str(len(failures)) + ' failures'}")
sys.exit(1 if failures else 0)
