#!/usr/bin/env python3
"""The satisfaction table of `vap monitor` computed with pandas from the same Kobo CSV export:
respondents, mean score and the share satisfied (the top two scores of 5) per service and group
(gender and age), and per service over its groups; rejected submissions left out.

    satisfaction.py EXPORT.csv [--rows]

--rows prints one line per service and group, "group respondents mean satisfied", for
bench/phones/run.sh to compare with vap monitor's.
"""
import sys

import pandas as pd

df = pd.read_csv(sys.argv[1], sep=";", encoding="utf-8-sig", dtype=str, keep_default_na=False)
df = df[df["_validation_status"] != "validation_status_not_approved"]
df = df.drop_duplicates("_uuid")
df["score"] = df["score"].astype(int)
df["service"] = df["service"].where(df["service"] != "other", df["service_other"])
young = df["age"] == "young"
df["group"] = (young.map({True: "young-", False: "older-"}) +
               df["gender"].map({"female": "women", "male": "men"}))
df["satisfied"] = df["score"] >= 4
g = df.groupby(["service", "group"]).agg(respondents=("score", "size"), mean=("score", "mean"),
                                         satisfied=("satisfied", "mean"))
total = df.groupby("service").agg(respondents=("score", "size"), mean=("score", "mean"),
                                  satisfied=("satisfied", "mean"))
if sys.argv[2:] == ["--rows"]:
    for (service, group), r in g.iterrows():
        print(group, int(r["respondents"]), "%.2f" % r["mean"], int(round(r["satisfied"] * r["respondents"])))
    for service, r in total.iterrows():
        print("all", int(r["respondents"]), "%.2f" % r["mean"], int(round(r["satisfied"] * r["respondents"])))
else:
    print(g.round(3).to_string())
    print(total.round(3).to_string())
