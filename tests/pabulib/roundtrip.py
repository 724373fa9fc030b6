#!/usr/bin/env python3
"""Reads .pb files vap wrote with pabutools' parse_pabulib (the test oracle, through
oracle.py's shims) and checks that pabutools reads the same instance as the file says: the
budget, every project's cost, name and categories, every vote's projects and points in order,
and each voter's sex. Then checks that pabutools' greedy (greedy-votes) selects what vap's
greedy selects on the same file (`vap budget FILE.pb --format json`).

  roundtrip.py PABUTOOLS_DIR VAP FILE.pb...
"""
import csv
import json
import os
import subprocess
import sys
from fractions import Fraction


def sections(path):
    """The file as its text says it: META, PROJECTS, VOTES rows as dicts (csv with ';')."""
    with open(path, encoding="utf-8") as f:
        rows = list(csv.reader(f.read().splitlines(), delimiter=";"))
    out, section, header = {"META": [], "PROJECTS": [], "VOTES": []}, None, None
    it = iter(rows)
    for row in it:
        if row and row[0] in out and len(row) == 1:
            section, header = row[0], next(it)
            continue
        out[section].append(dict(zip(header, row)))
    return out


def main():
    pabutools_dir, vap, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    sys.path.insert(0, pabutools_dir)
    import oracle  # its shims for Debian's pulp and gmpy2

    failures = 0

    def fail(path, what):
        nonlocal failures
        failures += 1
        print(f"{path}: {what}")

    for path in files:
        text = sections(path)
        meta = {r["key"]: r["value"] for r in text["META"]}
        instance, profile = oracle.parse_pabulib(path)
        if Fraction(str(instance.budget_limit)) != Fraction(meta["budget"]):
            fail(path, f"budget {instance.budget_limit}, the file says {meta['budget']}")
        projects = {p.name: p for p in instance}
        if len(projects) != len(text["PROJECTS"]):
            fail(path, f"{len(projects)} projects, the file has {len(text['PROJECTS'])}")
        for r in text["PROJECTS"]:
            p = projects.get(r["project_id"])
            if p is None:
                fail(path, f"pabutools has no project {r['project_id']}")
                continue
            if Fraction(str(p.cost)) != Fraction(r["cost"]):
                fail(path, f"project {p.name} costs {p.cost}, the file says {r['cost']}")
            name = instance.project_meta[p].get("name", "None")
            if "name" in r and name != r["name"]:
                fail(path, f"project {p.name} is named {name!r}, the file says {r['name']!r}")
            cats = r.get("category", "None")
            want = set() if cats == "None" else {c.strip() for c in cats.split(",")}
            if set(p.categories) != want:
                fail(path, f"project {p.name} has categories {p.categories}, the file {want}")
        ballots = list(profile)
        if len(ballots) != len(text["VOTES"]):
            fail(path, f"{len(ballots)} votes, the file has {len(text['VOTES'])}")
        for ballot, r in zip(ballots, text["VOTES"]):
            vote = [] if r["vote"] in ("", "None") else r["vote"].split(",")
            if "points" in r:
                points = [] if r["points"] in ("", "None") else r["points"].split(",")
                got = {p.name: Fraction(str(ballot[p])) for p in ballot}
                want = {v: Fraction(x) for v, x in zip(vote, points)}
            else:
                got = sorted(p.name for p in ballot)
                want = sorted(vote)
            if got != want:
                fail(path, f"voter {r['voter_id']}: pabutools reads {got}, the file says {want}")
            if ballot.meta.get("voter_id") != r["voter_id"]:
                fail(path, f"voter {r['voter_id']} is {ballot.meta.get('voter_id')} in pabutools")
            if "sex" in r and r["sex"] != "None" and ballot.meta.get("sex") != r["sex"]:
                fail(path, f"voter {r['voter_id']}: sex {ballot.meta.get('sex')}, the file {r['sex']}")
        # The same greedy outcome.
        selected = sorted(str(p.name) for p in oracle.run("greedy-votes", instance, profile))
        out = subprocess.run([vap, "budget", path, "--format", "json", "--lang", "en"],
                             capture_output=True, text=True)
        if out.returncode != 0:
            fail(path, f"vap budget failed: {out.stderr}")
            continue
        ours = next(r["funded"] for r in json.loads(out.stdout)["rules"] if r["rule"] == "greedy")
        if sorted(ours) != selected:
            fail(path, f"greedy: pabutools selects {selected}, vap {sorted(ours)}")
    print(f"roundtrip.py: {len(files)} files, {failures} differences")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
