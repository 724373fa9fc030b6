#!/usr/bin/env python3
"""N satisfaction-survey submissions as KoboToolbox's CSV export of `vap form --for survey`
(XML names, ';' with a byte-order mark, Kobo's meta columns): bench/phones/run.sh.

    gen_survey.py N OUT.csv
"""
import random
import sys

n, out = int(sys.argv[1]), sys.argv[2]
rng = random.Random(7)
villages = ["zhangy-zhol", "kerben", "ak-suu"]
services = ["drinking-water", "roads", "preschool-education", "other"]
others = ["Көчө жарыгы", "Бала бакча", "Спорт аянтчасы"]
head = ["vap_form", "vap_municipality", "date", "village", "service", "service_other", "gender",
        "age", "score", "comment", "_id", "_uuid", "_submission_time", "_validation_status",
        "_notes", "_status", "_submitted_by", "__version__", "_tags", "_index"]
with open(out, "w", encoding="utf-8", newline="") as f:
    f.write("\ufeff" + ";".join(head) + "\r\n")
    for i in range(1, n + 1):
        service = rng.choice(services)
        status = "validation_status_not_approved" if i % 97 == 0 else "validation_status_approved"
        row = ["survey", "jany-jol", "2015-%02d-%02d" % (rng.randint(1, 2), rng.randint(1, 28)),
               rng.choice(villages), service, rng.choice(others) if service == "other" else "",
               rng.choice(["female", "male"]), rng.choice(["young", "older"]),
               str(rng.choices([1, 2, 3, 4, 5], weights=[1, 2, 3, 4, 3])[0]),
               "\"жакшы; бирок кеч\"" if i % 13 == 0 else "",
               str(100000 + i), "uuid:%08x-0000-4000-8000-%012x" % (i, i * 7919),
               "2015-03-01T10:00:00", status, "", "submitted_via_web", "", "v1", "", str(i)]
        f.write(";".join(row) + "\r\n")
