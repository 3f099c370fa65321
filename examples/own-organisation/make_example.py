#!/usr/bin/env python3
"""Writes the fictional example organisation of examples/own-organisation/: units.csv, staff.csv and
ties.csv for "Fjordvik kommune", about 300 staff in four sectors, with a network survey that 70 % of
staff answered. Run once; the files are shipped. Deterministic (seeded), standard library only.

    python3 examples/own-organisation/make_example.py
"""
import csv
import math
import os
import random

rng = random.Random(17)
here = os.path.dirname(os.path.abspath(__file__))

# Sector, line units (name, size incl. leader); the organisation sector hosts the central staff.
SECTORS = [
    ("Helse og omsorg", [("Hjemmetjenesten", 28), ("Sykehjemmet", 30), ("Legetjenesten", 12),
                         ("Psykisk helse", 14), ("NAV-samarbeid", 10)]),
    ("Oppvekst", [("Fjordvik skole", 26), ("Nordsida skole", 20), ("Barnehagene", 24),
                  ("Helsestasjonen", 9), ("PPT", 8), ("Kultur og fritid", 16)]),
    ("Teknisk", [("Vei og vann", 18), ("Bygg og eiendom", 16), ("Plan og byggesak", 10), ("Renovasjon", 10)]),
    ("Organisasjon", [("Service og IT", 14), ("Økonomi", 10), ("Personal", 8)]),
]
SECTOR_ADVISORS = 2
CENTRAL_ADVISORS = 6  # plus the municipal director and a communications adviser

units, staff = [], []
pid = 0


def person(unit, role, tenure_shift=0.0):
    global pid
    pid += 1
    tenure = min(45.0, rng.lognormvariate(math.log(10.0) - 0.32, 0.8) + tenure_shift)
    staff.append({"id": f"E{pid:03d}", "unit": unit, "role": role, "tenure": f"{tenure:.1f}"})


central_id = "U-SENTRAL"
for s, (sector, lines) in enumerate(SECTORS):
    staff_unit = f"U{s + 1}-STAB"
    units.append({"id": staff_unit, "name": f"{sector}: stab", "sector": sector, "parent": central_id,
                  "kind": "sector_staff"})
    person(staff_unit, "director", 8.0)
    for _ in range(SECTOR_ADVISORS):
        person(staff_unit, "sector_advisor", 3.0)
    if sector == "Organisasjon":
        units.append({"id": central_id, "name": "Kommunedirektørens fagstab", "sector": sector, "parent": "",
                      "kind": "central_staff"})
        person(central_id, "municipal_director", 10.0)
        person(central_id, "communications", 4.0)
        for _ in range(CENTRAL_ADVISORS):
            person(central_id, "central_advisor", 4.0)
    for k, (name, size) in enumerate(lines):
        unit = f"U{s + 1}-{k + 1:02d}"
        units.append({"id": unit, "name": name, "sector": sector, "parent": staff_unit, "kind": "line"})
        person(unit, "unit_leader", 5.0)
        for _ in range(size - 1):
            person(unit, "staff")

unit_of = {p["id"]: p["unit"] for p in staff}
sector_of_unit = {u["id"]: u["sector"] for u in units}
by_unit, by_sector = {}, {}
for p in staff:
    by_unit.setdefault(p["unit"], []).append(p["id"])
    by_sector.setdefault(sector_of_unit[p["unit"]], []).append(p["id"])

# The survey: "Whom do you turn to for advice or collaboration, and how often?" (monthly 0.25,
# fortnightly 0.5, weekly 0.75, daily 1.0). 70 % answered; answers name 3–8 colleagues, mostly in
# their own unit, some in their sector, a few elsewhere.
ties = []
for p in staff:
    if rng.random() >= 0.70:
        continue
    me = p["id"]
    named = set()
    for _ in range(rng.randint(3, 8)):
        r = rng.random()
        if r < 0.65:
            pool = by_unit[unit_of[me]]
        elif r < 0.9:
            pool = by_sector[sector_of_unit[unit_of[me]]]
        else:
            pool = [q["id"] for q in staff]
        other = rng.choice(pool)
        if other == me or other in named:
            continue
        named.add(other)
        ties.append({"source": me, "target": other, "weight": rng.choice(["0.25", "0.5", "0.75", "1"]),
                     "kind": rng.choice(["advice", "collaboration"])})


def write(name, rows, columns):
    with open(os.path.join(here, name), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


write("units.csv", units, ["id", "name", "sector", "parent", "kind"])
write("staff.csv", staff, ["id", "unit", "role", "tenure"])
write("ties.csv", ties, ["source", "target", "weight", "kind"])
print(f"{len(units)} units, {len(staff)} staff, {len(ties)} ties")
