#!/usr/bin/env python3
"""Write a large, valid catalogue CSV for timing `overlap validate` (and ingest generally).

Deterministic (fixed seed, no clock), standard library only. Rows look like real catalogue
rows: 60 departments, varied names and descriptions, `;` lists, ISO and UK dates, budgets in
the accepted money forms, some optional fields empty. Every row is valid, so
`overlap validate` should report rows read = rows accepted = N and exit 0.

    python3 scripts/make_big_catalogue.py /tmp/big.csv            # 1,000,000 rows (~370 MB)
    python3 scripts/make_big_catalogue.py /tmp/small.csv --rows 100000
    time target/release/overlap -q validate /tmp/big.csv
"""

import argparse
import csv
import random

HEADER = ["department", "record_id", "name", "description", "kind", "phase", "user_groups",
          "capabilities", "technologies", "start_date", "end_date", "budget_gbp", "owner",
          "contact_email"]
TOPICS = ["Grants", "Appointment Booking", "Case Management", "Payments", "Identity Verification",
          "Notifications", "Licensing", "Complaints", "Data Platform", "Document Management",
          "Inspections", "Registrations", "Debt Recovery", "Fraud Detection", "Casework",
          "Workforce Planning", "Open Data", "Contact Centre", "Scanning", "Risk Register"]
QUALIFIERS = ["Online", "Digital", "Service", "Platform", "System", "Portal", "Modernisation",
              "Replacement", "Tracker", "Hub"]
USERS = ["citizens", "businesses", "local authorities", "caseworkers", "contact centre staff",
         "schools", "employers", "claimants", "clinicians", "analysts"]
CAPS = ["payments", "identity", "booking", "case management", "notifications", "document upload",
        "eligibility checking", "reporting", "search", "workflow"]
TECH = ["AWS", "Azure", "Java", "Python", "Salesforce", "Microsoft Dynamics 365", "GOV.UK Notify",
        "PostgreSQL", "Kubernetes", "ServiceNow"]
VERBS = ["Lets", "Helps", "Allows", "Enables"]
PHASES = ["discovery", "alpha", "beta", "live", "retiring", "retired"]
KINDS = ["project", "service", "platform", "contract"]
FIRST = ["Amira", "Ben", "Catriona", "Dev", "Eleanor", "Femi", "Gareth", "Hannah", "Imran", "Jo"]
LAST = ["Shah", "Lloyd", "MacLeod", "Patel", "Okafor", "Jones", "Campbell", "Nowak", "Reid", "Khan"]


def money(rng, value):
    form = rng.randrange(5)
    if form == 0:
        return str(value)
    if form == 1:
        return f"{value:,}"
    if form == 2:
        return f"£{value / 1e6:.1f}m"
    if form == 3:
        return f"£{value // 1000}k"
    return ""


def date(rng, year, uk):
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    return f"{day:02}/{month:02}/{year}" if uk else f"{year}-{month:02}-{day:02}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    departments = [f"Department {i:02} for {rng.choice(TOPICS)}" for i in range(60)]
    with open(args.out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        for i in range(args.rows):
            d = i % len(departments)
            topic, qual = rng.choice(TOPICS), rng.choice(QUALIFIERS)
            users = rng.sample(USERS, rng.randint(1, 3))
            start = rng.randint(2015, 2026)
            uk = d % 2 == 0
            first, last = rng.choice(FIRST), rng.choice(LAST)
            w.writerow([
                departments[d],
                f"D{d:02}-{i:07}",
                f"{topic} {qual}",
                f"{rng.choice(VERBS)} {users[0]} to use {topic.lower()} online, "
                f"replacing paper forms and phone calls, and gives staff one view of each case.",
                rng.choice(KINDS),
                rng.choice(PHASES),
                ";".join(users),
                ";".join(rng.sample(CAPS, rng.randint(1, 4))),
                ";".join(rng.sample(TECH, rng.randint(0, 3))),
                date(rng, start, uk),
                date(rng, start + rng.randint(1, 6), uk) if rng.random() < 0.7 else "",
                money(rng, rng.randint(1, 5000) * 10_000),
                f"{first} {last}, Service Owner",
                f"{first.lower()}.{last.lower()}@dept{d:02}.gov.example",
            ])


if __name__ == "__main__":
    main()
