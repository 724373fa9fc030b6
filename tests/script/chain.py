"""The property checks of tests/script/chain.sh (see there)."""
import json
import re
import subprocess
import sys
from pathlib import Path

VAP, PROGRAM, TMP = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
facts = json.loads((PROGRAM / "facts.json").read_text(encoding="utf-8"))
failures = []
checked = 0


def fail(text):
    failures.append(text)
    print("FAIL " + text)


def vap(*args, status=0):
    r = subprocess.run([VAP, *map(str, args)], capture_output=True, text=True, timeout=600)
    if r.returncode != status:
        fail(f"vap {' '.join(map(str, args))}: exit {r.returncode}, expected {status}\n"
             + r.stderr[-800:])
    return r


# Names as the generator wrote them (the municipality's language), by problem id.
NAMES = {}
for line in Path(__file__).resolve().parent.parent.joinpath("tools", "gen_cycle.py").read_text(
        encoding="utf-8").splitlines():
    m = re.match(r'\s*\("([a-z-]+)", "([^"]+)", "([^"]+)"\),', line)
    if m:
        NAMES[m.group(1)] = {"ky": m.group(2), "ru": m.group(3)}


def lang_of(mid):
    text = (PROGRAM / mid / "municipality.yaml").read_text(encoding="utf-8")
    return re.search(r"^lang: (\w+)", text, re.M).group(1)


# 1. Program totals.
gallery = json.loads(vap("gallery", PROGRAM, "--format", "json", "--lang", "en").stdout)
want = {}
for f in facts:
    for pid, n in f["dots"].items():
        want[pid] = want.get(pid, 0) + n
got = {p["problem_id"]: p["dots"] for p in gallery["problems"]}
checked += 1
if got != want:
    fail(f"program totals: dots per problem {got}, the sessions gave {want}")
with_dots = [f for f in facts if f["voting_sessions"] > 0]
checked += 1
if len(gallery["municipalities"]) != len(with_dots):
    fail(f"program: {len(gallery['municipalities'])} municipalities with a gallery, "
         f"{len(with_dots)} had sessions with dots")

# 2. The assembly's decisions.
assembly = json.loads(vap("assembly", PROGRAM, "--format", "json", "--lang", "en").stdout)
by_id = {m["municipality_id"]: m for m in assembly["municipalities"]}
rejected = {}
for f in facts:
    if not f["proposals"]:
        continue
    a = by_id.get(f["id"])
    checked += 1
    if a is None:
        fail(f"{f['id']}: no assembly in vap assembly's JSON")
        continue
    decisions = {p["problem_id"]: p["decision"] for p in a["proposals"]}
    for p in f["proposals"]:
        checked += 1
        want = "rejected" if not p["passed"] else ("agreed", "amended")
        got = decisions.get(p["id"])
        if (got != want) if isinstance(want, str) else (got not in want):
            fail(f"{f['id']}: '{p['id']}' ({p['yes']} yes, {p['no']} no, rule {f['rule']}) "
                 f"is {got}")
    rejected[f["id"]] = {p["id"] for p in f["proposals"] if not p["passed"]}

# 3. Nothing rejected is published as planned, drafted or funded.
budget_csv = vap("budget", PROGRAM, "--format", "csv", "--lang", "en").stdout.splitlines()
header = budget_csv[0].split(",") if budget_csv else []
for f in facts:
    mid = f["id"]
    gone = rejected.get(mid, set())
    if not gone:
        continue
    lang = lang_of(mid)
    names = {NAMES[p][lang] for p in gone}
    if f["plan"]:
        board = vap("board", PROGRAM / mid, "-o", TMP / f"{mid}.html")
        html = (TMP / f"{mid}.html").read_text(encoding="utf-8")
        panel = re.search(r'<section class="panel plan">(.*?)</section>', html, re.S)
        planned = set(re.findall(r"<h3>(.*?) <span", panel.group(1))) if panel else set()
        checked += 1
        if planned & names:
            fail(f"{mid}: the board publishes {sorted(planned & names)} as planned; the "
                 "assembly rejected it")
    draft = TMP / f"{mid}-draft.yaml"
    vap("plan", "draft", PROGRAM / mid, "-o", draft)
    drafted = set(re.findall(r"^    - problem: (.*)$", draft.read_text(encoding="utf-8"), re.M))
    checked += 1
    if drafted & names:
        fail(f"{mid}: the plan draft proposes {sorted(drafted & names)}; the assembly rejected it")
    if "problem_id" in header and "municipality_id" in header:
        for row in budget_csv[1:]:
            cells = row.split(",")
            rec = dict(zip(header, cells))
            if rec.get("municipality_id") != mid or rec.get("problem_id") not in gone:
                continue
            checked += 1
            funded = [k for k in header if rec.get(k) == "yes"]  # the rules' columns
            if funded:
                fail(f"{mid}: the budget funds '{rec['problem_id']}' ({', '.join(funded)}); the "
                     "assembly rejected it")

# 4. A copy in any spelling counts once: it is an error.
for f in facts[:5]:
    mid = f["id"]
    src = sorted((PROGRAM / mid / "sessions").glob("*.yaml"))[0]
    lines = src.read_text(encoding="utf-8").splitlines()
    # Keys of `session:` in reverse order, two more spaces of indent, a comment, CRLF, a BOM.
    out, block = [], []
    for line in lines:
        if line.startswith("  ") and out and out[-1] == "session:" or block and line.startswith("  "):
            block.append(line)
            continue
        if block:
            out.extend(reversed(block))
            block = []
        out.append(line)
    if block:
        out.extend(reversed(block))
    copy = "\ufeff# a copy typed again\r\n" + "\r\n".join(
        ("  " + l if l.startswith("  ") else l) for l in out) + "\r\n"
    folder = TMP / f"copy-{mid}"
    subprocess.run(["cp", "-r", str(PROGRAM / mid), str(folder)], check=True)
    (folder / "sessions" / "zz-copy.yaml").write_text(copy, encoding="utf-8", newline="")
    r = vap("gallery", folder, "--lang", "en", status=65)
    checked += 1
    if "the same session twice: a copied file?" not in r.stderr:
        fail(f"{mid}: a copy with other bytes is not the error 'the same session twice':\n"
             + r.stderr[-600:])

print(f"{len(facts)} generated municipalities, {checked} properties checked, "
      f"{len(failures)} failed")
sys.exit(1 if failures else 0)
