#!/usr/bin/env python3
"""The exports KoboToolbox and ODK Central make of a form's submissions, in each of their
variants, made from one set of submissions: for tests/script/phones_exports.sh, which imports
every variant and compares the workshop files.

    kobo_odk_exports.py XLSFORM.xlsx SUBMISSIONS.json OUTDIR

XLSFORM.xlsx is the form `vap form` wrote (its survey, choices and settings sheets are read);
SUBMISSIONS.json is {"submissions": [{"uuid": ..., "time": ..., "status": "approved" |
"rejected", "answers": {name: value or [entries of a repeat]}}]} with answers by question
name (groups are found from the form). Writes into OUTDIR one folder per variant:

  kobo-xml-slash.xlsx   XML names, group prefixes with '/', select_multiple joined and split
  kobo-label-ru-dot.xlsx  Russian labels for headers and values, '.' between groups
  kobo-label-ky.xlsx    Kyrgyz labels, select_multiple split only
  kobo-semicolon.csv    Kobo's CSV, ';' with a byte-order mark (forms without repeats)
  kobo-comma.csv        Kobo's CSV with ','
  central/FORM.csv + central/FORM-REPEAT.csv   ODK Central's CSVs
  central.zip           the same in a zip
  xml/N.xml             the submissions as XML instances, those not rejected (an instance
                        carries no review state: a rejected one is left out, as a reviewer would)
"""
import csv
import io
import json
import os
import sys
import zipfile

import openpyxl

LANGS = {"ky": "Кыргызча (ky)", "ru": "Русский (ru)", "en": "English (en)"}
KOBO_META = ["_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status",
             "_submitted_by", "__version__", "_tags", "_index"]
KOBO_REPEAT_META = ["_index", "_parent_table_name", "_parent_index", "_submission__id",
                    "_submission__uuid", "_submission__submission_time",
                    "_submission__validation_status", "_submission__notes", "_submission__status",
                    "_submission__submitted_by", "__version__", "_submission__tags"]


def read_form(path):
    book = openpyxl.load_workbook(path)
    rows = list(book["survey"].iter_rows(values_only=True))
    head = rows[0]
    col = {h: i for i, h in enumerate(head)}
    root = {"type": "group", "name": "data", "children": [], "labels": {}}
    stack = [root]
    for r in rows[1:]:
        t = r[col["type"]]
        if not t:
            continue
        name = r[col["name"]]
        labels = {k: r[col["label::" + v]] or "" for k, v in LANGS.items()}
        if t in ("end_group", "end_repeat"):
            stack.pop()
            continue
        q = {"type": t.split()[0], "name": name, "labels": labels,
             "list": t.split()[1] if " " in t else None, "children": []}
        stack[-1]["children"].append(q)
        if t in ("begin_group", "begin_repeat"):
            stack.append(q)
    choices = {}
    crow = list(book["choices"].iter_rows(values_only=True))
    ccol = {h: i for i, h in enumerate(crow[0])}
    for r in crow[1:]:
        choices.setdefault(r[ccol["list_name"]], []).append(
            (r[ccol["name"]], {k: r[ccol["label::" + v]] for k, v in LANGS.items()}))
    settings = list(book["settings"].iter_rows(values_only=True))
    s = dict(zip(settings[0], settings[1]))
    return root, choices, s


def leaves(group, path=()):
    """The questions of a group, each with its groups, not entering repeats."""
    for q in group["children"]:
        if q["type"] == "begin_group":
            yield from leaves(q, path + (q,))
        elif q["type"] == "begin_repeat":
            continue
        else:
            yield q, path


def repeats(group, path=()):
    for q in group["children"]:
        if q["type"] == "begin_repeat":
            yield q, path
        if q["type"] in ("begin_group", "begin_repeat"):
            yield from repeats(q, path + (q,))


class Variant:
    def __init__(self, mode="xml", lang="en", sep="/", multiple="both", groups=True):
        self.mode, self.lang, self.sep, self.multiple, self.groups = mode, lang, sep, multiple, groups

    def header(self, q, path):
        if self.mode == "xml":
            parts = [p["name"] for p in path] + [q["name"]]
        else:
            parts = [p["labels"][self.lang] or p["name"] for p in path] + [q["labels"][self.lang] or q["name"]]
        return self.sep.join(parts) if self.groups else parts[-1]

    def choice(self, choices, q, name):
        if self.mode == "xml":
            return name
        for n, labels in choices[q["list"]]:
            if n == name:
                return labels[self.lang]
        return name


def columns(group, path, variant, choices):
    """(header, getter) per column of a table of `group`'s questions."""
    cols = []
    for q, qpath in leaves(group):
        full = path + qpath
        h = variant.header(q, full)
        t = q["type"]
        if t == "select_multiple":
            if variant.multiple in ("joined", "both"):
                cols.append((h, lambda a, q=q: " ".join(variant.choice(choices, q, n) for n in str(a.get(q["name"], "")).split())))
            if variant.multiple in ("split", "both"):
                for n, labels in choices[q["list"]]:
                    ch = n if variant.mode == "xml" else labels[variant.lang]
                    cols.append((h + "/" + ch, lambda a, q=q, n=n: ("" if q["name"] not in a else
                                                                   ("1" if n in str(a[q["name"]]).split() else "0"))))
        elif t == "select_one":
            cols.append((h, lambda a, q=q: variant.choice(choices, q, a[q["name"]]) if q["name"] in a else ""))
        elif t == "geopoint":
            cols.append((h, lambda a, q=q: a.get(q["name"], "")))
            for i, part in enumerate(["latitude", "longitude", "altitude", "precision"]):
                cols.append(("_" + h + "_" + part,
                             lambda a, q=q, i=i: (str(a[q["name"]]).split() + ["", "", "", ""])[i] if q["name"] in a else ""))
        else:
            cols.append((h, lambda a, q=q: "" if a.get(q["name"]) is None else str(a[q["name"]])))
    return cols


def flat(submission):
    return submission["answers"]


def kobo_xlsx(path, form, choices, settings, subs, variant):
    book = openpyxl.Workbook()
    main = book.active
    main.title = settings["form_title"][:31]
    cols = columns(form, (), variant, choices)
    main.append([h for h, _ in cols] + KOBO_META)
    reps = list(repeats(form))
    sheets = {}
    for r, rpath in reps:
        ws = book.create_sheet(r["name"][:31])
        rcols = columns(r, rpath + (r,), variant, choices)
        ws.append([h for h, _ in rcols] + KOBO_REPEAT_META)
        sheets[r["name"]] = (ws, rcols)
    for i, s in enumerate(subs, start=1):
        a = flat(s)
        status = {"approved": "validation_status_approved", "rejected": "validation_status_not_approved"}[s.get("status", "approved")]
        if variant.mode == "label":
            status = {"validation_status_approved": "Approved", "validation_status_not_approved": "Not Approved"}[status]
        main.append([g(a) for _, g in cols] + [1000 + i, s["uuid"], s["time"], status, "", "submitted_via_web", "", settings["version"], "", i])
    for r, _ in reps:
        ws, rcols = sheets[r["name"]]
        n = 0
        for i, s in enumerate(subs, start=1):
            for entry in flat(s).get(r["name"], []):
                n += 1
                ws.append([g(entry) for _, g in rcols] + [n, main.title, i, 1000 + i, s["uuid"], s["time"], "", "", "", "", settings["version"], ""])
    book.save(path)


def csv_text(rows, delimiter=",", bom=False, crlf=True):
    out = io.StringIO()
    w = csv.writer(out, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n")
    for r in rows:
        w.writerow(r)
    return ("\ufeff" if bom else "") + out.getvalue()


def kobo_csv(path, form, choices, settings, subs, delimiter, bom):
    variant = Variant("xml", "en", "/", "both")
    cols = columns(form, (), variant, choices)
    rows = [[h for h, _ in cols] + KOBO_META]
    for i, s in enumerate(subs, start=1):
        a = flat(s)
        status = {"approved": "validation_status_approved", "rejected": "validation_status_not_approved"}[s.get("status", "approved")]
        rows.append([g(a) for _, g in cols] + [str(1000 + i), s["uuid"], s["time"], status, "", "submitted_via_web", "", settings["version"], "", str(i)])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(csv_text(rows, delimiter, bom))


def central_tables(form, choices, settings):
    """ODK Central's CSVs: (file name, rows)."""
    variant = Variant("xml", "en", "-", "joined")
    form_id = settings["form_id"]

    def cols_of(group, path):
        cols = []
        for q, qpath in leaves(group):
            h = variant.header(q, path + qpath)
            if q["type"] == "geopoint":
                for i, part in enumerate(["Latitude", "Longitude", "Altitude", "Accuracy"]):
                    cols.append((h + "-" + part, lambda a, q=q, i=i: (str(a[q["name"]]).split() + ["", "", "", ""])[i] if q["name"] in a else ""))
            else:
                cols.append((h, lambda a, q=q: "" if a.get(q["name"]) is None else str(a[q["name"]])))
        return cols

    def tables(subs):
        main_cols = cols_of(form, ())
        out = [(form_id + ".csv", [["SubmissionDate"] + [h for h, _ in main_cols] +
                                   ["meta-instanceID", "KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent",
                                    "AttachmentsExpected", "Status", "ReviewState", "DeviceID", "Edits", "FormVersion"]])]
        for s in subs:
            a = flat(s)
            review = "rejected" if s.get("status") == "rejected" else ""
            out[0][1].append([s["time"]] + [g(a) for _, g in main_cols] +
                             [s["uuid"], s["uuid"], "5", "Айгүл", "0", "0", "", review, "", "0", settings["version"]])
        for r, rpath in repeats(form):
            rcols = cols_of(r, rpath + (r,))
            rows = [[h for h, _ in rcols] + ["PARENT_KEY", "KEY"]]
            for s in subs:
                for i, entry in enumerate(flat(s).get(r["name"], []), start=1):
                    rows.append([g(entry) for _, g in rcols] + [s["uuid"], "%s/%s[%d]" % (s["uuid"], r["name"], i)])
            out.append(("%s-%s.csv" % (form_id, r["name"]), rows))
        return out
    return tables


def xml_instance(form, settings, s):
    def esc(t):
        return str(t).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def body(group, a, indent):
        out = ""
        pad = " " * indent
        for q in group["children"]:
            if q["type"] == "begin_group":
                out += "%s<%s>\n%s%s</%s>\n" % (pad, q["name"], body(q, a, indent + 2), pad, q["name"])
            elif q["type"] == "begin_repeat":
                for entry in a.get(q["name"], []):
                    out += "%s<%s>\n%s%s</%s>\n" % (pad, q["name"], body(q, entry, indent + 2), pad, q["name"])
            elif a.get(q["name"]) is None:
                out += "%s<%s/>\n" % (pad, q["name"])
            else:
                out += "%s<%s>%s</%s>\n" % (pad, q["name"], esc(a[q["name"]]), q["name"])
        return out
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<data xmlns:jr="http://openrosa.org/javarosa" '
            'id="%s" version="%s">\n%s  <meta>\n    <instanceID>%s</instanceID>\n  </meta>\n</data>\n'
            % (settings["form_id"], settings["version"], body(form, flat(s), 2), s["uuid"]))


def main():
    xlsform, subs_path, out = sys.argv[1:4]
    form, choices, settings = read_form(xlsform)
    subs = json.load(open(subs_path, encoding="utf-8"))["submissions"]
    os.makedirs(out, exist_ok=True)
    kobo_xlsx(os.path.join(out, "kobo-xml-slash.xlsx"), form, choices, settings, subs, Variant("xml", "en", "/", "both"))
    kobo_xlsx(os.path.join(out, "kobo-label-ru-dot.xlsx"), form, choices, settings, subs, Variant("label", "ru", ".", "joined"))
    kobo_xlsx(os.path.join(out, "kobo-label-ky.xlsx"), form, choices, settings, subs, Variant("label", "ky", "/", "split"))
    kobo_csv(os.path.join(out, "kobo-semicolon.csv"), form, choices, settings, subs, ";", True)
    kobo_csv(os.path.join(out, "kobo-comma.csv"), form, choices, settings, subs, ",", False)
    tables = central_tables(form, choices, settings)(subs)
    os.makedirs(os.path.join(out, "central"), exist_ok=True)
    with zipfile.ZipFile(os.path.join(out, "central.zip"), "w") as z:
        for name, rows in tables:
            text = csv_text(rows)
            with open(os.path.join(out, "central", name), "w", encoding="utf-8", newline="") as f:
                f.write(text)
            z.writestr(name, text)
    os.makedirs(os.path.join(out, "xml"), exist_ok=True)
    for i, s in enumerate(subs, start=1):
        if s.get("status") == "rejected":
            continue
        with open(os.path.join(out, "xml", "%03d.xml" % i), "w", encoding="utf-8") as f:
            f.write(xml_instance(form, settings, s))


if __name__ == "__main__":
    main()
