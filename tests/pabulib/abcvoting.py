#!/usr/bin/env python3
"""abcvoting's committee-voting instances (../shared/pabulib/abcvoting/*.abc.yaml) read as
participatory budgets: every candidate a project of cost 1, the committee size the budget, each
approval set a vote. Each is written as a .pb, vap reads them all at once, and for each instance
vap's equal shares completed by greedy must be one of abcvoting's winning committees of
`equal-shares-with-av-completion`, and vap's Phragmén one of `seqphragmen`'s (`resolute: false`
lists every tied winner; vap breaks ties by id, a resolute rule).

  abcvoting.py ABC_DIR VAP OUT_DIR
"""
import json
import os
import subprocess
import sys

import yaml

RULES = {"equal_shares_greedy": "equal-shares-with-av-completion", "phragmen": "seqphragmen"}


def main():
    abc_dir, vap, out_dir = sys.argv[1:4]
    expected = {}
    names = sorted(n for n in os.listdir(abc_dir) if n.endswith(".abc.yaml"))
    for name in names:
        with open(os.path.join(abc_dir, name), encoding="utf-8") as f:
            doc = yaml.safe_load(f)
        profile, k, m = doc["profile"], doc["committeesize"], doc["num_cand"]
        pb = name[: -len(".abc.yaml")] + ".pb"
        lines = ["META", "key;value", f"description;abcvoting {name}", "country;None",
                 "unit;abcvoting", "instance;1", f"num_projects;{m}", f"num_votes;{len(profile)}",
                 f"budget;{k}", "vote_type;approval", "rule;greedy", "PROJECTS",
                 "project_id;cost"]
        lines += [f"{c};1" for c in range(m)]
        lines += ["VOTES", "voter_id;vote"]
        lines += [f"{i + 1};{','.join(str(c) for c in sorted(ballot))}"
                  for i, ballot in enumerate(profile)]
        with open(os.path.join(out_dir, pb), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        sets = {}
        for c in doc["compute"]:
            if c["rule_id"] in RULES.values() and not c["resolute"]:
                sets[c["rule_id"]] = [sorted(str(x) for x in s) for s in c["result"]]
        expected[pb] = sets
    out = subprocess.run([vap, "budget", out_dir, "--format", "json", "--lang", "en"],
                         capture_output=True, text=True)
    if out.returncode != 0:
        print(out.stderr)
        return 1
    checked = differ = 0
    for inst in json.loads(out.stdout)["instances"]:
        sets = expected[inst["file"]]
        for rule in inst["rules"]:
            theirs = RULES.get(rule["rule"])
            if theirs is None or theirs not in sets:
                continue
            checked += 1
            if sorted(rule["funded"]) not in sets[theirs]:
                differ += 1
                print(f"{inst['file']}: {rule['rule']} funds {sorted(rule['funded'])}, "
                      f"{theirs} wins with one of {sets[theirs]}")
    print(f"abcvoting.py: {len(names)} instances, {checked} outcomes checked, {differ} outside "
          "the expected sets")
    return 1 if differ or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
