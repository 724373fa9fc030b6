#!/usr/bin/env python3
"""A checker of pabulib files, written from pabulib's format page (https://pabulib.org/format):
the three sections META, PROJECTS and VOTES in this order, each a title line, a header line and
';'-separated rows (quoted as CSV); META's obligatory keys (description, country, unit,
instance, num_projects, num_votes, budget, vote_type, rule, date_begin, date_end; max_sum_points
for cumulative votes), known keys and columns only, numbers that match the rows they count,
dates as DD.MM.YYYY, votes naming projects of PROJECTS once each with one number of points
per project where the vote type has points, sex M/F/O, ages whole numbers.

  check_pb.py FILE.pb...    every violation, one line each (file:line: what); exit 1 if any
  check_pb.py --self-test   checks the checker on files that break one rule each

Standard library only (tests/script/pabulib_format.sh runs it on every .pb vap writes).
"""
import csv
import datetime
import re
import sys

OBLIGATORY_META = ["description", "country", "unit", "instance", "num_projects", "num_votes",
                   "budget", "vote_type", "rule", "date_begin", "date_end"]
KNOWN_META = set(OBLIGATORY_META) | {
    "subunit", "district", "min_length", "max_length", "min_sum_cost", "max_sum_cost",
    "min_points", "max_points", "min_sum_points", "max_sum_points", "default_score",
    "min_project_cost", "max_project_cost", "neighborhoods", "subdistricts", "categories",
    "edition", "language", "currency", "fully_funded", "experimental", "comment",
    "acknowledgments"}
KNOWN_PROJECTS = {"project_id", "cost", "votes", "score", "name", "category", "target",
                  "selected", "neighborhood", "subunit", "district", "description", "proposer",
                  "public_id", "latitude", "longitude", "beneficiaries"}
KNOWN_VOTES = {"voter_id", "vote", "points", "age", "sex", "voting_method", "district",
               "neighborhood", "education"}
VOTE_TYPES = {"approval", "ordinal", "cumulative", "scoring"}
NUMBER = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")
WHOLE = re.compile(r"^-?[0-9]+$")


def none(value):
    return value == "" or value.lower() == "none"


def check(text, name="file.pb"):
    bad = []

    def say(line, what):
        bad.append(f"{name}:{line}: {what}")

    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    sections, rows, header, header_line = [], {}, {}, {}
    section = None
    i = 0
    while i < len(lines):
        line = lines[i]
        number = i + 1
        i += 1
        if line.strip() == "":
            say(number, "an empty line")
            continue
        if line in ("META", "PROJECTS", "VOTES"):
            if line in sections:
                say(number, f"a second {line} section")
            section = line
            sections.append(line)
            if i >= len(lines):
                say(number, f"{line} has no header line")
                break
            header[line] = next(csv.reader([lines[i]], delimiter=";"))
            header_line[line] = i + 1
            rows[line] = []
            i += 1
            continue
        if section is None:
            say(number, "a line before the first section")
            continue
        fields = next(csv.reader([line], delimiter=";"))
        if len(fields) != len(header[section]):
            say(number, f"{len(fields)} fields, the header of {section} has "
                        f"{len(header[section])}")
            continue
        rows[section].append((number, dict(zip(header[section], fields))))
    if sections != ["META", "PROJECTS", "VOTES"]:
        say(1, "the sections are not META, PROJECTS, VOTES in this order")
        return bad
    if header["META"] != ["key", "value"]:
        say(header_line["META"], "the header of META is not key;value")
    meta, meta_line = {}, {}
    for number, r in rows["META"]:
        key, value = r.get("key", ""), r.get("value", "")
        if key in meta:
            say(number, f"META key {key} twice")
        if key not in KNOWN_META:
            say(number, f"META key {key} is not one of pabulib's")
        meta[key], meta_line[key] = value, number
    for key in OBLIGATORY_META:
        if key not in meta or meta[key].strip() == "":
            say(header_line["META"], f"META lacks {key}")
    vote_type = meta.get("vote_type", "")
    if vote_type and vote_type not in VOTE_TYPES:
        say(meta_line["vote_type"], f"unknown vote_type {vote_type}")
    if vote_type == "cumulative" and "max_sum_points" not in meta:
        say(header_line["META"], "META lacks max_sum_points, which cumulative votes need")
    if "budget" in meta and not NUMBER.match(meta["budget"]):
        say(meta_line["budget"], f"budget is not a number with a decimal point: {meta['budget']}")
    elif "budget" in meta and float(meta["budget"]) < 0:
        say(meta_line["budget"], "budget is below 0")
    for key in ("date_begin", "date_end"):
        if key in meta:
            try:
                datetime.datetime.strptime(meta[key], "%d.%m.%Y")
            except ValueError:
                say(meta_line[key], f"{key} is not a date DD.MM.YYYY: {meta[key]}")
    if "date_begin" in meta and "date_end" in meta:
        try:
            begin = datetime.datetime.strptime(meta["date_begin"], "%d.%m.%Y")
            end = datetime.datetime.strptime(meta["date_end"], "%d.%m.%Y")
            if end < begin:
                say(meta_line["date_end"], "date_end is before date_begin")
        except ValueError:
            pass
    for key in ("num_projects", "num_votes", "min_length", "max_length", "max_sum_points"):
        if key in meta and not WHOLE.match(meta[key]):
            say(meta_line[key], f"{key} is not a whole number: {meta[key]}")
    if meta.get("num_projects", "").isdigit() and int(meta["num_projects"]) != len(rows["PROJECTS"]):
        say(meta_line["num_projects"], f"num_projects {meta['num_projects']}, "
                                       f"rows {len(rows['PROJECTS'])}")
    if meta.get("num_votes", "").isdigit() and int(meta["num_votes"]) != len(rows["VOTES"]):
        say(meta_line["num_votes"], f"num_votes {meta['num_votes']}, rows {len(rows['VOTES'])}")

    for column in header["PROJECTS"]:
        if column not in KNOWN_PROJECTS:
            say(header_line["PROJECTS"], f"PROJECTS column {column} is not one of pabulib's")
    if header["PROJECTS"][:1] != ["project_id"] or "cost" not in header["PROJECTS"]:
        say(header_line["PROJECTS"], "PROJECTS does not start with project_id or has no cost")
    projects = {}
    for number, r in rows["PROJECTS"]:
        pid = r.get("project_id", "")
        if pid in projects:
            say(number, f"project {pid} twice")
        projects[pid] = (number, r)
        cost = r.get("cost", "")
        if not NUMBER.match(cost) or float(cost) < 0:
            say(number, f"the cost of {pid} is not a number ≥ 0 with a decimal point: {cost}")
        if "selected" in r and not none(r["selected"]) and r["selected"] not in ("0", "1", "2", "3"):
            say(number, f"selected of {pid} is not 0, 1, 2 or 3: {r['selected']}")

    for column in header["VOTES"]:
        if column not in KNOWN_VOTES:
            say(header_line["VOTES"], f"VOTES column {column} is not one of pabulib's")
    for column in ["voter_id", "vote"] + (["points"] if vote_type in ("cumulative", "scoring") else []):
        if column not in header["VOTES"]:
            say(header_line["VOTES"], f"VOTES has no column {column}")
    voters, counted_votes, counted_points = set(), {}, {}
    for number, r in rows["VOTES"]:
        vid = r.get("voter_id", "")
        if vid in voters:
            say(number, f"voter {vid} twice")
        voters.add(vid)
        vote = r.get("vote", "")
        ids = [] if none(vote) else vote.split(",")
        if len(set(ids)) != len(ids):
            say(number, f"voter {vid} names a project twice")
        for pid in ids:
            if pid not in projects:
                say(number, f"voter {vid} votes for {pid}, which is not in PROJECTS")
            counted_votes[pid] = counted_votes.get(pid, 0) + 1
        if "points" in r:
            points = [] if none(r["points"]) else r["points"].split(",")
            if len(points) != len(ids):
                say(number, f"voter {vid}: {len(ids)} projects, {len(points)} points")
            for pid, p in zip(ids, points):
                if not NUMBER.match(p) or float(p) < 0:
                    say(number, f"voter {vid}: points {p} are not a number ≥ 0")
                else:
                    counted_points[pid] = counted_points.get(pid, 0) + float(p)
        if "sex" in r and not none(r["sex"]) and r["sex"] not in ("M", "F", "O"):
            say(number, f"voter {vid}: sex {r['sex']} is not M, F or O")
        if "age" in r and not none(r["age"]) and not WHOLE.match(r["age"]):
            say(number, f"voter {vid}: age {r['age']} is not a whole number")
    for pid, (number, r) in projects.items():
        if "votes" in r and (not WHOLE.match(r["votes"]) or int(r["votes"]) != counted_votes.get(pid, 0)):
            say(number, f"project {pid}: votes {r['votes']}, counted {counted_votes.get(pid, 0)}")
        if "score" in r and vote_type in ("cumulative", "scoring") and (
                not NUMBER.match(r["score"]) or float(r["score"]) != counted_points.get(pid, 0)):
            say(number, f"project {pid}: score {r['score']}, counted {counted_points.get(pid, 0):g}")
    return bad


GOOD = ("META\nkey;value\ndescription;d\ncountry;Kyrgyzstan\nunit;u\ninstance;2014\n"
        "num_projects;2\nnum_votes;2\nbudget;100\nvote_type;cumulative\nrule;greedy\n"
        "date_begin;24.02.2014\ndate_end;27.02.2014\nmax_sum_points;3\nPROJECTS\n"
        "project_id;cost;votes;score;name;category\n"
        "a;60;2;3;\"A; the first\";None\nb;40.5;1;1;B;lsg-4\nVOTES\nvoter_id;sex;vote;points\n"
        "s1;F;a,b;2,1\ns2;None;a;1\n")


def self_test():
    def broken(old, new):
        assert old in GOOD, old
        return check(GOOD.replace(old, new))

    cases = [
        (check(GOOD), []),
        (broken("num_votes;2", "num_votes;3"), ["file.pb:8: num_votes 3, rows 2"]),
        (broken("s2;None;a;1", "s2;None;c;1"),
         ["file.pb:22: voter s2 votes for c, which is not in PROJECTS",
          "file.pb:17: project a: votes 2, counted 1", "file.pb:17: project a: score 3, counted 2"]),
        (broken("s1;F;a,b;2,1", "s1;F;a,b;2"),
         ["file.pb:21: voter s1: 2 projects, 1 points", "file.pb:18: project b: score 1, counted 0"]),
        (broken("budget;100", "budget;100,5"),
         ["file.pb:9: budget is not a number with a decimal point: 100,5"]),
        (broken("country;Kyrgyzstan\n", ""), ["file.pb:2: META lacks country"]),
        (broken("date_end;27.02.2014", "date_end;2014-02-27"),
         ["file.pb:13: date_end is not a date DD.MM.YYYY: 2014-02-27"]),
        (broken("max_sum_points;3\n", ""),
         ["file.pb:2: META lacks max_sum_points, which cumulative votes need"]),
        (broken("s2;None;a;1", "s2;X;a;1"), ["file.pb:22: voter s2: sex X is not M, F or O"]),
        (broken("rule;greedy", "rules;greedy"),
         ["file.pb:11: META key rules is not one of pabulib's", "file.pb:2: META lacks rule"]),
        (broken("b;40.5;1;1;B;lsg-4", "b;40.5;1;1;B"),
         ["file.pb:18: 5 fields, the header of PROJECTS has 6", "file.pb:7: num_projects 2, rows 1",
          "file.pb:21: voter s1 votes for b, which is not in PROJECTS"]),
        (broken("\nVOTES\n", "\n\nVOTES\n"), ["file.pb:19: an empty line"]),
    ]
    failed = 0
    for got, want in cases:
        if got != want:
            failed += 1
            print(f"self-test: expected {want}\n           got      {got}", file=sys.stderr)
    print(f"check_pb.py self-test: {len(cases) - failed} of {len(cases)} cases pass")
    return 1 if failed else 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 64
    bad = []
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            bad += check(f.read(), path)
    for line in bad:
        print(line)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
