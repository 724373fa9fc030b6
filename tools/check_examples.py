#!/usr/bin/env python3
"""Check the shipped catalogs (templates/catalogs) and the example workshop folders (examples/).

Catalogs: unique ASCII-slug ids, ky/ru/en labels present, no name (id, label or synonym,
normalised by NFC + casefold + collapsed white space) shared by two entries of one kind.
Examples: vap: 1, one section per file, closed vocabularies, dot-voting checks (FORMAT.md),
and the batch examples/batch-13 must reproduce the seed chart "13 АА ... артыкчылык көйгөйлөрү".

Usage: python3 tools/check_examples.py   (needs PyYAML: apt-get install python3-yaml)
"""
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from fractions import Fraction

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATDIR = os.path.join(ROOT, "templates", "catalogs")
EXDIR = os.path.join(ROOT, "examples")

KINDS = ["problems", "groups", "budget_items", "map_categories", "institution_types",
         "institutions", "funding_sources", "conditions", "statuses", "roles", "genders", "solvers"]
EXACT = {
    "institution_types": ["community-group", "local-institution", "external"],
    "funding_sources": ["local-budget", "republican-budget", "community", "sponsor", "investor", "donor", "other"],
    "conditions": ["good", "fair", "poor", "absent"],
    "statuses": ["not-started", "in-progress", "done", "delayed", "cancelled"],
    "roles": ["lsg-staff", "deputy", "community", "organization"],
    "genders": ["female", "male"],
    "solvers": ["community", "lsg", "external", "none"],
}
CHART = [  # seed chart, municipalities per problem (Russian labels verbatim)
    ("Питьевая вода", 13), ("Дороги", 13), ("Доступ к бюджетной информации", 12),
    ("Состояние школ", 10), ("Дошкольное образование", 9), ("Ирригация", 7),
    ("Условия для спорта и отдыха молодежи", 6), ("Мусор", 5), ("Места для отдыха", 5),
    ("Уличное освещение", 5), ("Экология", 4), ("Электроснабжение", 4), ("Мосты", 3),
    ("Дренажная система", 3), ("Качество медицинских услуг", 3), ("Баня, объекты культуры и быта", 3),
    ("Условия ведения бизнеса", 2), ("Информация о работе жайыт комитетов", 1), ("Сельхозтехника", 1),
    ("Общественная мельница", 1), ("Рынок сбыта сельхозпродукции", 1), ("Безработица", 1),
]
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def norm(s):
    return " ".join(unicodedata.normalize("NFC", str(s)).casefold().split())


class Catalog:
    """One kind: normalised name -> id."""

    def __init__(self, kind, entries, where):
        self.kind = kind
        self.entries = {}
        self.names = {}
        self.add(entries, where)

    def add(self, entries, where):
        if not isinstance(entries, list):
            err(f"{where}: {self.kind}: expected a list of entries")
            return
        for e in entries:
            if not isinstance(e, dict) or "id" not in e:
                err(f"{where}: {self.kind}: entry without id: {e!r}")
                continue
            i = str(e["id"])
            if not SLUG.match(i):
                err(f"{where}: {self.kind}: id {i!r} is not a lower-case ASCII slug")
            if i in self.entries:
                err(f"{where}: {self.kind}: duplicate id {i!r}")
            for lang in ("ky", "ru", "en"):
                if not isinstance(e.get(lang), str) or not e[lang].strip():
                    err(f"{where}: {self.kind}: {i}: missing {lang} label")
            syn = e.get("synonyms", []) or []
            if not isinstance(syn, list):
                err(f"{where}: {self.kind}: {i}: synonyms must be a list")
                syn = []
            self.entries[i] = e
            for name in [i, e.get("ky"), e.get("ru"), e.get("en")] + list(syn):
                if name is None:
                    continue
                n = norm(name)
                other = self.names.get(n)
                if other is not None and other != i:
                    err(f"{where}: {self.kind}: name {name!r} of {i!r} collides with entry {other!r}")
                self.names.setdefault(n, i)

    def match(self, name):
        return self.names.get(norm(name))


def load(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if "\t" in text:
        err(f"{path}: contains a tab")
    return yaml.safe_load(text)


def load_catalogs():
    cats = {}
    for kind in KINDS:
        path = os.path.join(CATDIR, kind + ".yaml")
        if not os.path.exists(path):
            err(f"{path}: missing")
            continue
        with open(path, encoding="utf-8") as f:
            first = f.readline()
        if not first.startswith("#"):
            err(f"{path}: should start with a comment")
        d = load(path)
        if not isinstance(d, dict) or list(d) != [kind]:
            err(f"{path}: the single top-level key must be {kind!r}")
            continue
        cats[kind] = Catalog(kind, d[kind], path)
    for kind, ids in EXACT.items():
        if kind in cats and list(cats[kind].entries) != ids:
            err(f"{kind}: ids must be exactly {ids}, got {list(cats[kind].entries)}")
    if "problems" in cats:
        p = cats["problems"]
        for ru, _ in CHART:
            if not any(e.get("ru") == ru for e in p.entries.values()):
                err(f"problems: no entry with ru label {ru!r} (verbatim)")
        for i, e in p.entries.items():
            li = e.get("lsg_issue")
            if li is not None and (not isinstance(li, int) or not 1 <= li <= 23):
                err(f"problems: {i}: lsg_issue must be 1..23")
    for kind, field, allowed in (("groups", "gender", {"female", "male", "mixed"}),
                                 ("budget_items", "side", {"revenue", "expenditure"})):
        for i, e in cats.get(kind, Catalog(kind, [], "")).entries.items():
            if e.get(field) not in allowed:
                err(f"{kind}: {i}: {field} must be one of {sorted(allowed)}")
    if "map_categories" in cats and "problems" in cats:
        for i, e in cats["map_categories"].entries.items():
            if "problem" in e and e["problem"] not in cats["problems"].entries:
                err(f"map_categories: {i}: problem {e['problem']!r} is not a catalog problem")
    if "institutions" in cats:
        for i, e in cats["institutions"].entries.items():
            if "type" in e and e["type"] not in EXACT["institution_types"]:
                err(f"institutions: {i}: bad type {e['type']!r}")
    return cats


# ---------------------------------------------------------------- examples

def main():
    cats = load_catalogs()
    sizes = ", ".join(f"{k} {len(c.entries)}" for k, c in cats.items())
    print(f"catalogs: {sizes}")
    if os.path.isdir(EXDIR) and not errors:
        check_examples(cats)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    if errors:
        print(f"FAILED: {len(errors)} error(s)")
        return 1
    print("OK")
    return 0


SECTIONS = {"municipality", "session", "causes", "plan", "monitoring"}
EXTRA_KEYS = {"municipality": {"catalog", "lang", "budget"}, "session": {"map", "venn", "pie", "gallery"},
              "causes": set(), "plan": set(), "monitoring": set()}
# examples where unknown (open-vocabulary) names are allowed on purpose, to show the warning
UNKNOWN_ALLOWED = {"ak-tash-mixed"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONTH = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")


class Muni:
    def __init__(self, folder, cats):
        self.folder = folder
        self.rel = os.path.relpath(folder, EXDIR)
        self.cats = cats
        self.data = None
        self.sessions = []   # (path, session dict, gallery tally {problem key: dots})
        self.docs = []       # (path, key, doc)

    def known(self, kind, name, where, closed=False):
        i = self.cats[kind].match(name) if kind in self.cats else None
        if i is None:
            msg = f"{where}: unknown {kind[:-1] if kind.endswith('s') else kind} {name!r}"
            if closed:
                err(msg + f" (allowed: {', '.join(self.cats[kind].entries)})")
            elif self.rel.split(os.sep)[0] in UNKNOWN_ALLOWED:
                warnings.append(msg + " (kept as its own entry)")
            else:
                err(msg + " (only " + "/".join(sorted(UNKNOWN_ALLOWED)) + " may hold unknown names)")
        return i


def is_count(v):
    return isinstance(v, int) and not isinstance(v, bool) and v >= 0


def check_examples(cats):
    munis = []
    for dirpath, dirnames, filenames in os.walk(EXDIR):
        dirnames.sort()
        files = sorted(f for f in filenames if f.endswith((".yaml", ".yml")))
        if "municipality.yaml" in files:
            munis.append(Muni(dirpath, cats))
    if not munis:
        err("examples: no municipality folder found")
    for m in munis:
        load_muni(m)
    for m in munis:
        check_muni(m)
    # the batch
    batch = [m for m in munis if m.rel.startswith("batch-13" + os.sep)]
    if len(batch) != 13:
        err(f"batch-13: expected 13 municipalities, found {len(batch)}")
    counts = Counter()
    for m in batch:
        if m.data is None:
            continue
        for pid in priorities(m, verbose=False):
            counts[pid] += 1
    print("batch-13: municipalities that have each problem among their priorities:")
    byru = {e["ru"]: i for i, e in cats["problems"].entries.items()}
    for ru, want in CHART:
        got = counts.get(byru[ru], 0)
        mark = "ok" if got == want else f"MISMATCH (chart {want})"
        print(f"  {got:3d}  {ru}  {mark}")
        if got != want:
            err(f"batch-13: {ru}: {got} municipalities, the chart says {want}")
    rest = {k: v for k, v in counts.items() if k not in byru.values()}
    if rest:
        err(f"batch-13: problems outside the chart are priorities: {rest}")
    print(f"  total {sum(counts.values())} (chart {sum(n for _, n in CHART)})")
    for m in munis:
        if m not in batch and m.data is not None:
            pr = priorities(m, verbose=False)
            print(f"{m.rel}: priorities {', '.join(pr)}")


def load_muni(m):
    files = []
    for dirpath, dirnames, filenames in os.walk(m.folder):
        if dirpath != m.folder and os.path.exists(os.path.join(dirpath, "municipality.yaml")):
            dirnames[:] = []
            continue
        for f in filenames:
            if f.endswith((".yaml", ".yml")):
                files.append(os.path.join(dirpath, f))
    for path in sorted(files):
        try:
            d = load(path)
        except yaml.YAMLError as e:
            err(f"{path}: YAML: {e}")
            continue
        if not isinstance(d, dict):
            err(f"{path}: not a mapping")
            continue
        if d.get("vap") != 1:
            err(f"{path}: must start with vap: 1")
        keys = set(d) - {"vap"}
        sec = keys & SECTIONS
        if len(sec) != 1:
            err(f"{path}: needs exactly one section key of {sorted(SECTIONS)}, has {sorted(sec)}")
            continue
        key = sec.pop()
        bad = keys - {key} - EXTRA_KEYS[key]
        if bad:
            err(f"{path}: unexpected top-level keys {sorted(bad)}")
        if key == "municipality":
            m.data = d
        else:
            m.docs.append((path, key, d))
    if m.data is None:
        err(f"{m.folder}: no municipality file")
        return
    # extend the catalogs with the municipality's own entries
    own = m.data.get("catalog") or {}
    if own:
        import copy
        m.cats = {k: copy.deepcopy(c) for k, c in m.cats.items()}
        for kind, entries in own.items():
            if kind not in m.cats:
                err(f"{m.folder}: catalog: unknown kind {kind!r}")
                continue
            m.cats[kind].add(entries, os.path.join(m.folder, "municipality.yaml") + ": catalog")


def check_muni(m):
    if m.data is None:
        return
    where = os.path.join(m.folder, "municipality.yaml")
    mu = m.data["municipality"]
    for f in ("name", "villages"):
        if not mu.get(f):
            err(f"{where}: municipality: missing {f}")
    villages = [norm(v) for v in mu.get("villages", [])]
    if m.data.get("lang", "ky") not in ("ky", "ru", "en"):
        err(f"{where}: lang must be ky, ru or en")
    pr = mu.get("priorities", 5)
    if not (isinstance(pr, int) and pr >= 1):
        err(f"{where}: priorities must be a positive whole number")
    budget = m.data.get("budget")
    if budget:
        for side in ("revenue", "expenditure"):
            for item, amount in (budget.get(side) or {}).items():
                i = m.known("budget_items", item, f"{where}: budget.{side}")
                if i and m.cats["budget_items"].entries[i].get("side") != side:
                    err(f"{where}: budget item {item!r} is not a {side} item")
                if not isinstance(amount, (int, float)) or amount < 0:
                    err(f"{where}: budget.{side}.{item}: bad amount {amount!r}")
        rev = sum((budget.get("revenue") or {}).values())
        own_ids = {"land-tax", "property-tax", "income-tax", "patent-fees", "single-tax", "other-taxes", "non-tax-revenue"}
        own_rev = sum(v for k, v in (budget.get("revenue") or {}).items()
                      if m.cats["budget_items"].match(k) in own_ids)
        exp = sum((budget.get("expenditure") or {}).values())
        if abs(rev - exp) > 0.5:
            err(f"{where}: the example budget is not balanced: revenue {rev}, expenditure {exp}")
        if rev and not 0.2 <= own_rev / rev <= 0.4:
            err(f"{where}: own revenue is {own_rev / rev:.0%} of the budget (expected about 1/4..1/3)")
    plan_tasks = defaultdict(list)
    for path, key, d in m.docs:
        if key == "plan":
            for p in d["plan"].get("problems", []):
                for t in p.get("tasks", []):
                    plan_tasks[norm(t.get("task", ""))].append(p.get("problem"))
    for path, key, d in m.docs:
        sec = d[key]
        if key != "session" and sec.get("municipality") is not None:
            pass
        if key == "session":
            check_session(m, path, d, villages)
        elif key == "causes":
            check_causes(m, path, sec)
        elif key == "plan":
            check_plan(m, path, sec)
        elif key == "monitoring":
            check_monitoring(m, path, sec, plan_tasks)


def check_person(m, where, p):
    if not p.get("name"):
        err(f"{where}: member without name")
    if "gender" in p:
        m.known("genders", p["gender"], where, closed=True)
    if "role" in p:
        m.known("roles", p["role"], where, closed=True)


def check_session(m, path, d, villages):
    s = d["session"]
    for f in ("date", "village", "group", "participants"):
        if f not in s:
            err(f"{path}: session: missing {f}")
    if not DATE.match(str(s.get("date", ""))):
        err(f"{path}: date must be YYYY-MM-DD")
    if norm(s.get("village", "")) not in villages:
        err(f"{path}: village {s.get('village')!r} is not one of the municipality's villages")
    if "group" in s:
        m.known("groups", s["group"], path, closed=True)
    part = s.get("participants")
    if isinstance(part, dict):
        pg = {}
        for g, n in part.items():
            gid = m.known("genders", g, f"{path}: participants", closed=True)
            if not is_count(n):
                err(f"{path}: participants.{g}: not a whole number")
            pg[gid] = n
        total_part = sum(v for v in pg.values() if is_count(v))
    elif is_count(part) and part > 0:
        pg = None
        total_part = part
    else:
        err(f"{path}: participants must be a count or {{women: n, men: n}}")
        return
    for o in d.get("map") or []:
        w = f"{path}: map {o.get('name')!r}"
        if not o.get("name") or not o.get("category"):
            err(f"{w}: name and category are required")
            continue
        m.known("map_categories", o["category"], w)
        if "condition" in o:
            m.known("conditions", o["condition"], w, closed=True)
        loc = o.get("location")
        if loc is not None and not (isinstance(loc, list) and len(loc) == 2
                                    and all(isinstance(x, (int, float)) for x in loc)
                                    and -90 <= loc[0] <= 90 and -180 <= loc[1] <= 180):
            err(f"{w}: location must be [lat, lon]")
    for o in d.get("venn") or []:
        w = f"{path}: venn {o.get('name')!r}"
        if not o.get("name"):
            err(f"{w}: name required")
            continue
        m.known("institutions", o["name"], w)
        m.known("institution_types", o.get("type", ""), w, closed=True)
        for f in ("importance", "closeness"):
            if not (isinstance(o.get(f), int) and 1 <= o[f] <= 5):
                err(f"{w}: {f} must be 1..5")
    pie = d.get("pie")
    if pie:
        for side in ("revenue", "expenditure"):
            for item, v in (pie.get(side) or {}).items():
                i = m.known("budget_items", item, f"{path}: pie.{side}")
                if i and m.cats["budget_items"].entries[i].get("side") != side:
                    err(f"{path}: pie item {item!r} is not a {side} item")
                if not isinstance(v, (int, float)) or v < 0:
                    err(f"{path}: pie.{side}.{item}: bad value")
    g = d.get("gallery")
    if g is None:
        return
    dots = g.get("dots", 3)
    if not (is_count(dots) and dots > 0):
        err(f"{path}: gallery.dots must be a positive whole number")
        return
    tally = Counter()
    by_colour = Counter()
    seen = {}
    has_votes, has_ballots = "votes" in g, "ballots" in g
    if has_votes == has_ballots:
        err(f"{path}: gallery needs votes or ballots (not both)")
    for name, v in (g.get("votes") or {}).items():
        pid = m.known("problems", name, f"{path}: gallery")
        k = pid or norm(name)
        if k in seen:
            warnings.append(f"{path}: {name!r} and {seen[k]!r} are one problem: merged")
        seen[k] = name
        if isinstance(v, dict):
            for col, n in v.items():
                gid = m.known("genders", col, f"{path}: gallery colour", closed=True)
                if not is_count(n):
                    err(f"{path}: gallery {name!r}.{col}: dots must be a whole number >= 0")
                    continue
                tally[k] += n
                by_colour[gid] += n
        elif is_count(v):
            tally[k] += v
        else:
            err(f"{path}: gallery {name!r}: dots must be a whole number >= 0")
    ballots = g.get("ballots") or []
    for bi, b in enumerate(ballots):
        if not isinstance(b, list):
            err(f"{path}: ballot {bi + 1} is not a list")
            continue
        if len(b) > dots:
            err(f"{path}: ballot {bi + 1} holds {len(b)} dots, more than {dots}")
        for name in b:
            pid = m.known("problems", name, f"{path}: ballot {bi + 1}")
            tally[pid or norm(name)] += 1
    if has_ballots and len(ballots) != total_part:
        err(f"{path}: {len(ballots)} ballots for {total_part} participants")
    total = sum(tally.values())
    if total > total_part * dots:
        err(f"{path}: {total} dots > {total_part} participants x {dots} dots")
    if by_colour:
        if pg is None:
            err(f"{path}: votes by colour need participants by gender")
        else:
            for gid, n in by_colour.items():
                if n > pg.get(gid, 0) * dots:
                    err(f"{path}: {n} {gid} dots > {pg.get(gid, 0)} {gid} participants x {dots}")
    m.sessions.append((path, s, tally))


def check_causes(m, path, sec):
    if not DATE.match(str(sec.get("date", ""))):
        err(f"{path}: causes.date must be YYYY-MM-DD")
    for p in sec.get("problems", []):
        if not p.get("problem"):
            err(f"{path}: causes: problem required")
            continue
        m.known("problems", p["problem"], f"{path}: causes")
        for s in p.get("solutions", []):
            if not s.get("action"):
                err(f"{path}: solution without action")
            if "by" in s:
                m.known("solvers", s["by"], f"{path}: solution", closed=True)


def check_plan(m, path, sec):
    for p in sec.get("problems", []):
        w = f"{path}: plan {p.get('problem')!r}"
        if not p.get("problem") or not p.get("goal"):
            err(f"{w}: problem and goal are required")
            continue
        m.known("problems", p["problem"], w)
        ig = p.get("initiative_group") or {}
        for mem in ig.get("members", []):
            check_person(m, w, mem)
        for t in p.get("tasks", []):
            if not t.get("task"):
                err(f"{w}: task title required")
            for f in ("start", "end"):
                if f in t and not MONTH.match(str(t[f])):
                    err(f"{w}: {f} must be YYYY-MM or YYYY-MM-DD, got {t[f]!r}")
            for src, amount in (t.get("funding") or {}).items():
                m.known("funding_sources", src, w, closed=True)
                if not isinstance(amount, (int, float)) or amount < 0:
                    err(f"{w}: funding {src}: bad amount")


def check_monitoring(m, path, sec, plan_tasks):
    if not DATE.match(str(sec.get("date", ""))):
        err(f"{path}: monitoring.date must be YYYY-MM-DD")
    for mem in sec.get("team", []):
        check_person(m, path, mem)
    for t in sec.get("tasks", []):
        w = f"{path}: monitoring task {t.get('task')!r}"
        probs = plan_tasks.get(norm(t.get("task", "")))
        if not probs:
            err(f"{w}: not a task of the plan")
        elif len(probs) > 1 and not t.get("problem"):
            err(f"{w}: the plan has this task under several problems; name the problem")
        m.known("statuses", t.get("status", ""), w, closed=True)
        for src in (t.get("spent") or {}):
            m.known("funding_sources", src, w, closed=True)
    for sv in sec.get("surveys", []):
        if "group" in sv:
            m.known("groups", sv["group"], path, closed=True)
        scale = sv.get("scale", 5)
        for score in (sv.get("answers") or {}):
            if not (isinstance(score, int) and 1 <= score <= scale):
                err(f"{path}: survey score {score!r} outside 1..{scale}")


def priorities(m, verbose=False):
    """Rank problems by total dots, then share; competition ranking; rank <= priorities."""
    gal = [t for _, _, t in m.sessions]
    dots = Counter()
    for t in gal:
        dots.update(t)
    share = {}
    for k in dots:
        share[k] = sum((Fraction(t.get(k, 0), sum(t.values())) for t in gal if sum(t.values())), Fraction(0)) / len(gal)
    keys = sorted(dots, key=lambda k: (-dots[k], -share[k], k))
    n = m.data["municipality"].get("priorities", 5)
    out = []
    rank = 0
    prev = None
    for pos, k in enumerate(keys, 1):
        if (dots[k], share[k]) != prev:
            rank = pos
            prev = (dots[k], share[k])
        if rank <= n:
            out.append(k)
    # a tie straddling the cut is allowed by FORMAT.md but the examples avoid it
    if len(out) != n and len(keys) >= n:
        err(f"{m.rel}: a tie straddles the priority cut ({len(out)} priorities for priorities: {n})")
    return out


if __name__ == "__main__":
    sys.exit(main())
