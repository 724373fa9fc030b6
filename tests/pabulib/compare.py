#!/usr/bin/env python3
"""vap's selections on the shared pabulib instances against pabutools' (the oracle's committed
outputs, tests/pabulib/expected/<rule>.jsonl, made by tests/pabulib/make_expected.sh), and vap's
greedy against each file's `selected` column.

  compare.py EXPECTED_DIR VAP INSTANCES_DIR [FILE.pb...]

Rules compared: greedy-votes = greedy, mes-cost = equal_shares, mes-card =
equal_shares_cardinality, mes-cost-greedy = equal_shares_greedy, mes-cost-add1 =
equal_shares_increase, phragmen = phragmen. Every instance whose rule is greedy and that has
`selected` must have vap's greedy fund exactly the projects marked 1, or be listed in
selected_exceptions.txt (beside this script) with vap's Markdown saying how they differ and
quoting the file's comment when it has one.
"""
import json
import os
import subprocess
import sys

RULES = {"greedy-votes": "greedy", "mes-cost": "equal_shares",
         "mes-card": "equal_shares_cardinality", "mes-cost-greedy": "equal_shares_greedy",
         "mes-cost-add1": "equal_shares_increase", "phragmen": "phragmen"}


def main():
    expected_dir, vap, instances = sys.argv[1:4]
    only = {os.path.basename(f) for f in sys.argv[4:]}
    here = os.path.dirname(os.path.abspath(__file__))
    exceptions = {}
    with open(os.path.join(here, "selected_exceptions.txt"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                name, _, why = line.partition(":")
                exceptions[name.strip()] = why.strip()
    expected = {}
    for oracle_rule, ours in RULES.items():
        path = os.path.join(expected_dir, oracle_rule + ".jsonl")
        with open(path, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                expected.setdefault(d["file"], {})[ours] = sorted(d["selected"])
    files = sorted(n for n in os.listdir(instances) if n.endswith(".pb"))
    if only:
        files = [n for n in files if n in only]
    compared = differ = 0
    missing = []
    problems = []
    for name in files:
        path = os.path.join(instances, name)
        out = subprocess.run([vap, "budget", path, "--format", "json", "--lang", "en"],
                             capture_output=True, text=True)
        if out.returncode != 0:
            problems.append(f"{name}: vap budget failed: {out.stderr.strip()}")
            continue
        j = json.loads(out.stdout)
        funded = {r["rule"]: sorted(r["funded"]) for r in j["rules"]}
        # The oracle's rules for this vote type (make_expected.sh) that the data has no line for.
        wanted = (set(RULES.values()) if j["vote_type"] == "approval" else
                  {"greedy"} if j["vote_type"] == "cumulative" else set())
        missing += [f"{name} {rule}" for rule in sorted(wanted - set(expected.get(name, {})))]
        for rule, want in sorted(expected.get(name, {}).items()):
            compared += 1
            if funded[rule] != want:
                differ += 1
                problems.append(f"{name}: {rule}: pabutools {want}, vap {funded[rule]}")
        g = j.get("greedy_against_selected")
        if g is None:
            continue
        if g["agrees"]:
            if name in exceptions:
                problems.append(f"{name}: listed in selected_exceptions.txt but greedy agrees")
            continue
        if name not in exceptions:
            problems.append(f"{name}: greedy differs from `selected` and the file is not listed "
                            f"in selected_exceptions.txt: {g}")
            continue
        md = subprocess.run([vap, "budget", path, "--lang", "en"], capture_output=True,
                            text=True).stdout
        line = next((l for l in md.splitlines() if l.startswith("Greedy differs")), "")
        if not line:
            problems.append(f"{name}: the Markdown has no line saying how greedy differs")
        for comment in g["comments"]:
            if comment not in line:
                problems.append(f"{name}: the line does not quote the file's comment")
        for p in g["selected_only"] + g["funded_by_greedy_only"]:
            if p not in line:
                problems.append(f"{name}: the line does not name {p}")
    for p in problems:
        print(p)
    if missing:
        print(f"not compared, pabutools' selection not in the data ({len(missing)}): "
              + ", ".join(missing))
    print(f"compare.py: {len(files)} instances, {compared} selections compared with pabutools, "
          f"{differ} differ, {len(missing)} not in the data; {len(problems)} problems")
    return 1 if problems or (compared == 0 and not only) else 0


if __name__ == "__main__":
    sys.exit(main())
