#!/usr/bin/env python3
"""Sanity checks for the sample data written by make_sample.py.

    python3 sample-data/check_sample.py

Checks: every file parses with Python's csv module (with its encoding and
delimiter), row counts, one department name per file, record ids unique per
department (except the planted duplicate), exactly the six planted invalid rows
in 2026-11 and none elsewhere, truth.csv pairs exist and are well formed,
CHANGES-2026-12.csv is complete, 2026-10 differs from 2026-11 only by new
efforts and phase moves, and regeneration is byte-identical.
"""

import csv
import datetime as dt
import glob
import hashlib
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PERIODS = ["2026-10", "2026-11", "2026-12"]
PHASES = ["discovery", "alpha", "beta", "live", "retiring", "retired"]
KINDS = {"project", "service", "platform", "contract"}
ALIASES = {"dept": "department", "record id": "record_id", "project name": "name",
           "description / aims": "description", "budget (£)": "budget_gbp"}
errors = []


def fail(msg):
    errors.append(msg)


def canon(h):
    h = h.strip().lower()
    return ALIASES.get(h, h.replace(" ", "_"))


def read(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        text, enc = raw[3:].decode("utf-8"), "utf-8-sig"
    else:
        try:
            text, enc = raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, enc = raw.decode("cp1252"), "cp1252"
    first = text.split("\n", 1)[0]
    delim = ";" if first.count(";") > first.count(",") else ","
    rows = list(csv.reader(text.splitlines(), delimiter=delim))
    header = [canon(h) for h in rows[0]]
    recs = []
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(header):
            fail(f"{path}:{i}: {len(r)} fields, header has {len(header)}")
            continue
        recs.append((i, dict(zip(header, r))))
    return enc, delim, header, recs


def parse_date(s, style):
    if style == "iso":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
            raise ValueError(s)
        return dt.date.fromisoformat(s)
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", s)
    if not m:
        raise ValueError(s)
    return dt.date(int(m[3]), int(m[2]), int(m[1]))


def parse_money(s):
    m = re.fullmatch(r"£(\d+(?:\.\d)?)([km])", s)
    if m:
        return round(float(m[1]) * (1000 if m[2] == "k" else 1_000_000))
    if re.fullmatch(r"\d{1,3}(,\d{3})+|\d+", s):
        return int(s.replace(",", ""))
    raise ValueError(s)


def problems(rec, style):
    out = []
    for col in ("department", "record_id", "name", "description"):
        if not rec[col].strip():
            out.append(col)
    if rec["phase"] and rec["phase"] not in PHASES:
        out.append("phase")
    if rec["kind"] and rec["kind"] not in KINDS:
        out.append("kind")
    dates = {}
    for col in ("start_date", "end_date"):
        if rec[col]:
            try:
                dates[col] = parse_date(rec[col], style)
            except ValueError:
                out.append(col)
    if len(dates) == 2 and dates["end_date"] < dates["start_date"]:
        out.append("end_date")
    if rec["budget_gbp"]:
        try:
            parse_money(rec["budget_gbp"])
        except ValueError:
            out.append("budget_gbp")
    return out


def main():
    data = {}  # (period, slug) -> {record_id: rec}
    deptname = {}
    for period in PERIODS:
        files = sorted(glob.glob(os.path.join(HERE, period, "*.csv")))
        if len(files) < 12:
            fail(f"{period}: only {len(files)} files")
        for path in files:
            slug = os.path.basename(path)[:-4]
            enc, delim, header, recs = read(path)
            special = (period == "2026-10" and slug in ("defr", "dvra"))
            if enc == "cp1252" and not (period == "2026-10" and slug == "defr"):
                fail(f"{path}: unexpected Windows-1252")
            if delim == ";" and not (period == "2026-10" and slug == "dvra"):
                fail(f"{path}: unexpected semicolon delimiter")
            if special and enc != "cp1252" and delim != ";":
                fail(f"{path}: expected the 2026-10 encoding/delimiter variation")
            missing = {"department", "record_id", "name", "description"} - set(header)
            if missing:
                fail(f"{path}: missing columns {missing}")
                continue
            styles = {"iso" if "-" in r[c] else "uk" for _, r in recs for c in ("start_date", "end_date")
                      if r[c] and r[c] not in ("31/02/2026",)}
            if len(styles) != 1:
                fail(f"{path}: mixed date styles {styles}")
            style = styles.pop() if styles else "iso"
            names = {r["department"] for _, r in recs}
            if len(names) != 1:
                fail(f"{path}: department names {names}")
            name = names.pop()
            if deptname.setdefault(slug, name) != name:
                fail(f"{path}: department name differs across periods")
            bad = [(i, c, r) for i, r in recs for c in problems(r, style)]
            ids = {}
            for i, r in recs:
                if r["record_id"] in ids:
                    bad.append((i, "record_id", r))
                ids.setdefault(r["record_id"], r)
            if period == "2026-11" and slug == "mjc":
                cols = sorted(c for _, c, _ in bad)
                want = sorted(["name", "record_id", "start_date", "budget_gbp", "end_date", "phase"])
                if cols != want:
                    fail(f"{path}: invalid columns {cols}, want {want}")
                for i, c, r in sorted(bad):
                    print(f"  invalid: {period}/{slug}.csv:{i}:{c} = {r[c]!r}")
                n = len(recs) - len(bad)
            else:
                for i, c, r in bad:
                    fail(f"{path}:{i}: invalid {c} {r[c]!r}")
                n = len(recs)
            if not 40 <= n <= 120:
                fail(f"{path}: {n} valid efforts, outside 40..120")
            data[(period, slug)] = ids
    slugs = sorted(deptname)
    by_name = {deptname[s]: s for s in slugs}
    if len(by_name) != len(slugs):
        fail("two files share a department name")
    print("rows (2026-10, 2026-11, 2026-12):")
    for s in slugs:
        print(f"  {s:5} " + " ".join(f"{len(data[(p, s)]):4d}" for p in PERIODS))

    # truth.csv
    rows = list(csv.reader(open(os.path.join(HERE, "truth.csv"), encoding="utf-8")))
    if rows[0] != ["department_a", "record_id_a", "department_b", "record_id_b", "kind"]:
        fail("truth.csv: bad header")
    body = rows[1:]
    if body != sorted(body):
        fail("truth.csv: rows not sorted")
    if len({tuple(r[:4]) for r in body}) != len(body):
        fail("truth.csv: duplicate pairs")
    kinds = {}
    for r in body:
        da, ia, db, ib, k = r
        kinds[k] = kinds.get(k, 0) + 1
        if k not in {"same_name", "reworded", "acronym", "typo", "shared_capability"}:
            fail(f"truth.csv: kind {k}")
        if da == db:
            fail(f"truth.csv: same department {r}")
        if (da, ia) >= (db, ib):
            fail(f"truth.csv: row not ordered {r}")
        for dn, i in ((da, ia), (db, ib)):
            s = by_name.get(dn)
            if s is None or i not in data[("2026-11", s)]:
                fail(f"truth.csv: {dn} {i} not in 2026-11")
            elif s == "mjc" and problems(data[("2026-11", s)][i], "uk"):
                fail(f"truth.csv: {i} is an invalid row")
    print(f"truth pairs: {len(body)} " + str(dict(sorted(kinds.items()))))

    # 2026-10 vs 2026-11: only additions and one-step phase moves
    for s in slugs:
        oct_, nov = data[("2026-10", s)], data[("2026-11", s)]
        for i, r in oct_.items():
            n = nov.get(i)
            if n is None:
                fail(f"2026-10 {s} {i} missing in 2026-11")
                continue
            if r["name"] != n["name"]:
                fail(f"2026-10 {s} {i}: name changed")
            if r["phase"] != n["phase"] and PHASES.index(n["phase"]) != PHASES.index(r["phase"]) + 1:
                fail(f"2026-10 {s} {i}: phase {r['phase']} -> {n['phase']}")

    # CHANGES-2026-12.csv is complete
    ch = list(csv.DictReader(open(os.path.join(HERE, "CHANGES-2026-12.csv"), encoding="utf-8")))
    explained_nov, explained_dec = set(), set()
    for c in ch:
        s = by_name[c["department"]]
        nov, dec = data[("2026-11", s)], data[("2026-12", s)]
        b, a = c["record_id_before"], c["record_id_after"]
        t = c["change"]
        ok = {"renamed": lambda: b == a and b in nov and b in dec and nov[b]["name"] != dec[a]["name"],
              "renumbered": lambda: b in nov and b not in dec and a in dec and a not in nov,
              "retired": lambda: b == a and nov[b]["phase"] == "retiring" and dec[a]["phase"] == "retired",
              "removed": lambda: b in nov and not a and b not in dec,
              "added": lambda: not b and a in dec and a not in nov}[t]()
        if not ok:
            fail(f"CHANGES: {c} does not hold")
        explained_nov.add((s, b))
        explained_dec.add((s, a))
    for s in slugs:
        nov, dec = data[("2026-11", s)], data[("2026-12", s)]
        for i, r in nov.items():
            if s == "mjc" and problems(r, "uk"):
                continue
            if (s, i) in explained_nov:
                continue
            if i not in dec or dec[i] != r:
                fail(f"2026-12 {s} {i}: unexplained change")
        for i in dec:
            if i not in nov and (s, i) not in explained_dec:
                fail(f"2026-12 {s} {i}: unexplained addition")
    print(f"changes 2026-12: {len(ch)}")

    # byte-identical regeneration
    def digest():
        h = hashlib.sha256()
        for p in sorted(glob.glob(os.path.join(HERE, "**", "*"), recursive=True)):
            if os.path.isfile(p) and not p.endswith(".py"):
                h.update(p.encode() + open(p, "rb").read())
        return h.hexdigest()
    before = digest()
    subprocess.run([sys.executable, os.path.join(HERE, "make_sample.py")], check=True)
    if digest() != before:
        fail("regeneration is not byte-identical")

    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
