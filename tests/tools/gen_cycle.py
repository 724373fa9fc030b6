#!/usr/bin/env python3
"""Whole cycles of random municipalities for the chain's property tests (tests/script/chain.sh).

gen_cycle.py OUT --municipalities N --seed S writes OUT/<id>/ for N municipalities: the
municipality (villages, a budget with an envelope for the plan), 3 to 8 sessions with a
gallery (each in its village and group, participants by gender or as a number), an assembly
(most municipalities; random votes under a random rule, an amendment, sometimes a problem no
session chose), a plan (a random choice of the voted problems, the rejected ones among them,
tasks funded from the local budget and others) and two monitoring rounds, the second without
its team. The same seed writes the same bytes. `facts.json` in OUT says, per municipality, what
the generator knows independently of vap: the dots per problem id, the sessions that gave dots,
the assembly's proposals with their votes and rule.
"""
import argparse
import json
import random
from pathlib import Path

PROBLEMS = [  # id, ky, ru
    ("drinking-water", "Ичүүчү суу", "Питьевая вода"),
    ("roads", "Жолдор", "Дороги"),
    ("budget-information", "Бюджеттик маалыматка жеткиликтүүлүк", "Доступ к бюджетной информации"),
    ("schools", "Мектептердин абалы", "Состояние школ"),
    ("preschool-education", "Мектепке чейинки билим берүү", "Дошкольное образование"),
    ("irrigation", "Сугат", "Ирригация"),
    ("garbage", "Таштанды", "Мусор"),
    ("street-lighting", "Көчө жарыгы", "Уличное освещение"),
    ("bridges", "Көпүрөлөр", "Мосты"),
]
GROUPS = ["young-women", "young-men", "older-women", "older-men"]
VILLAGES = ["Жаңы-Жол", "Кербен", "Ак-Суу", "Төрт-Көл", "Сары-Булак", "Кара-Суу"]
RULES = ["simple", "absolute", "two_thirds"]


def passes(rule, yes, no, present):
    if rule == "simple":
        return yes > no
    if rule == "two_thirds":
        return yes + no > 0 and 3 * yes >= 2 * (yes + no)
    return 2 * yes > present


def municipality(rng, k, out):
    mid = f"m{k:03d}"
    lang = rng.choice(["ky", "ru"])
    col = 1 if lang == "ky" else 2
    villages = rng.sample(VILLAGES, rng.randint(2, 4))
    d = out / mid
    (d / "sessions").mkdir(parents=True)
    envelope = rng.choice([300, 500, 800, 1200])
    (d / "municipality.yaml").write_text(
        "vap: 1\nmunicipality:\n"
        f"  id: {mid}\n  name: Муниципалитет {k}\n"
        f"  villages: [{', '.join(villages)}]\n"
        f"  priorities: {rng.randint(3, 5)}\nlang: {lang}\n"
        "budget:\n  year: 2025\n  unit: миң сом\n"
        f"  plan_envelope: {envelope}\n", encoding="utf-8")
    facts = {"id": mid, "dots": {}, "voting_sessions": 0, "proposals": [], "rule": None,
             "plan": []}
    pairs = [(v, g) for v in villages for g in GROUPS]
    rng.shuffle(pairs)
    sessions = pairs[: rng.randint(3, min(8, len(pairs)))]
    for i, (village, group) in enumerate(sessions, 1):
        women = rng.randint(0, 12)
        men = rng.randint(0, 12)
        if women + men == 0:
            women = 5
        participants = (f"{{women: {women}, men: {men}}}" if rng.random() < 0.5
                        else str(women + men))
        dots = 3
        budget = (women + men) * dots
        # Some sessions put every dot on problems far from the top (a voter all the same).
        chosen = rng.sample(PROBLEMS, rng.randint(1, 6))
        votes = {}
        left = budget
        for p in chosen:
            n = rng.randint(0, left)
            if n:
                votes[p] = n
                left -= n
        text = ("vap: 1\nsession:\n"
                f"  date: 2025-02-{i + 1:02d}\n  village: {village}\n  group: {group}\n"
                f"  participants: {participants}\n")
        if votes:
            text += f"gallery:\n  dots: {dots}\n  votes:\n"
            for p, n in votes.items():
                text += f"    {p[col]}: {n}\n"
                facts["dots"][p[0]] = facts["dots"].get(p[0], 0) + n
            facts["voting_sessions"] += 1
        (d / "sessions" / f"s{i:02d}.yaml").write_text(text, encoding="utf-8")
    voted = [p for p in PROBLEMS if p[0] in facts["dots"]]
    if voted and rng.random() < 0.8:
        rule = rng.choice(RULES)
        facts["rule"] = rule
        people = {v: (rng.randint(5, 40), rng.randint(5, 40)) for v in villages}
        present = sum(w + m for w, m in people.values())
        text = (f"vap: 1\nassembly:\n  date: 2025-04-05\n  rule: {rule}\n  villages:\n")
        for v, (w, m) in people.items():
            text += f"    - village: {v}\n      participants: {{women: {w}, men: {m}}}\n"
        text += "  proposals:\n"
        proposed = rng.sample(voted, rng.randint(1, len(voted)))
        others = [p for p in PROBLEMS if p not in voted]
        if others and rng.random() < 0.3:
            proposed.append(rng.choice(others))
        for p in proposed:
            yes = rng.randint(0, present)
            no = rng.randint(0, present - yes)
            abstain = rng.randint(0, present - yes - no)
            text += (f"    - problem: {p[col]}\n      yes: {yes}\n      no: {no}\n"
                     f"      abstain: {abstain}\n")
            amended = rng.random() < 0.2
            if amended:
                text += "      amendment: Биринчи кезекте борбордо\n"
            facts["proposals"].append({"id": p[0], "yes": yes, "no": no, "abstain": abstain,
                                       "passed": passes(rule, yes, no, present)})
        (d / "assembly.yaml").write_text(text, encoding="utf-8")
    planned = rng.sample(voted, min(len(voted), rng.randint(1, 4))) if voted else []
    if planned:
        text = "vap: 1\nplan:\n  year: 2025\n  unit: миң сом\n  problems:\n"
        for j, p in enumerate(planned):
            text += (f"    - problem: {p[col]}\n      goal: Максат {j + 1}\n"
                     "      initiative_group:\n        members:\n"
                     f"          - {{name: Мүчө {j + 1}, gender: female, village: {villages[0]}, "
                     "role: community}\n      tasks:\n")
            for t in range(rng.randint(1, 3)):
                local = rng.choice([50, 100, 150, 200, 400])
                text += (f"        - task: Милдет {j + 1}.{t + 1}\n          start: 2025-06\n"
                         f"          end: 2025-09\n          funding:\n"
                         f"            local-budget: {local}\n")
                if rng.random() < 0.5:
                    text += f"            community: {rng.choice([10, 20, 50])}\n"
            facts["plan"].append(p[0])
        (d / "plan.yaml").write_text(text, encoding="utf-8")
    return facts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--municipalities", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    facts = []
    for k in range(1, a.municipalities + 1):
        rng = random.Random(a.seed * 100003 + k)
        facts.append(municipality(rng, k, out))
    (out / "facts.json").write_text(json.dumps(facts, ensure_ascii=False, indent=1),
                                    encoding="utf-8")


if __name__ == "__main__":
    main()
