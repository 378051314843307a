#!/usr/bin/env python3
"""Independent cross-check of a Harmonize data set (docs: shared spec data-format.md).

Usage: scripts/check-data.py DIR [--plan-start=YEAR]

Reads the six CSV files of DIR by the contract's rules (BOM, CRLF, case-insensitive
headers, trimmed values, blank rows ignored), checks the reference rules, prints every
problem as FILE:LINE: message, then prints the headline facts of today's roster (active
donors against min/max, missing skills, links, chair seats, terms that end, burden) so a
person can see the gaps and duplications the data set is meant to show.

Exit status: 0 when no problem was found (warnings allowed), 1 otherwise, 2 on usage.
It is a cross-check written apart from the Swift validator, not part of the product.
"""

import csv
import io
import math
import os
import sys
from collections import defaultdict

COLUMNS = {
    "donors.csv": ["donor", "name", "g19", "chair_capacity", "other_duties", "max_groups"],
    "staff.csv": ["staff", "donor", "name", "days", "max_groups", "skills", "senior", "ta"],
    "groups.csv": [
        "group", "name", "parent", "pillar", "kind", "min_donors", "max_donors", "chair",
        "member_days", "chair_days", "vice_days", "term", "min_term", "links", "ends",
    ],
    "needs.csv": ["group", "skill", "level", "count"],
    "participation.csv": ["staff", "group", "level", "role", "since"],
    "interests.csv": ["donor", "group", "preference", "from", "to"],
}
REQUIRED = {
    "donors.csv": ["donor"],
    "staff.csv": ["staff", "donor"],
    "groups.csv": ["group"],
    "needs.csv": ["group", "skill"],
    "participation.csv": ["staff", "group"],
    "interests.csv": ["donor", "group"],
}
OPTIONAL_FILES = {"needs.csv", "participation.csv", "interests.csv"}
TRUE = {"yes", "true", "y", "1"}
FALSE = {"no", "false", "n", "0"}
KINDS = {"main", "sector", "cross-cutting", "task-force"}
SEATS = {"troika": ["focal", "troika", "troika"], "focal+vice": ["focal", "vice"],
         "focal": ["focal"], "none": []}
LEVELS = {"active", "attending", "informed"}


class Checker:
    """Collects problems (errors) and warnings with their file and line."""

    def __init__(self, folder):
        self.folder = folder
        self.errors = []
        self.warnings = []

    def error(self, file, line, message):
        self.errors.append(f"{file}:{line}: {message}")

    def warn(self, file, line, message):
        self.warnings.append(f"{file}:{line}: warning: {message}")

    def read(self, file):
        """Rows of FILE as (line, {column: value}) with lower-case keys; None if absent."""
        path = os.path.join(self.folder, file)
        if not os.path.exists(path):
            if file not in OPTIONAL_FILES:
                self.error(file, 0, "required file is missing")
            return None
        with open(path, "rb") as handle:
            raw = handle.read()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            self.error(file, 1, f"not UTF-8 ({exc})")
            return []
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        rows = []
        header = None
        last = 0
        try:
            for record in reader:
                start, last = last + 1, reader.line_num
                if not any(cell.strip() for cell in record):
                    continue
                if header is None:
                    header = [cell.strip().lower() for cell in record]
                    for column in header:
                        if column not in COLUMNS[file]:
                            self.warn(file, start, f'unknown column "{column}" is ignored')
                    for column in REQUIRED[file]:
                        if column not in header:
                            self.error(file, start, f'missing required column "{column}"')
                    continue
                if len(record) > len(header):
                    self.error(file, start, f"{len(record)} fields, header has {len(header)}")
                values = {header[i]: record[i].strip() if i < len(record) else ""
                          for i in range(len(header))}
                rows.append((start, values))
        except csv.Error as exc:
            self.error(file, last + 1, f"CSV syntax: {exc}")
        if header is None:
            self.error(file, 1, "no header row")
        return rows

    # Typed getters: each reports its own problem and returns the default on error.

    def ident(self, file, line, row, column):
        value = row.get(column, "")
        if not value:
            self.error(file, line, f'"{column}" is required')
            return None
        if ";" in value or ":" in value:
            self.error(file, line, f'{column} "{value}" must not contain ";" or ":"')
        return value

    def boolean(self, file, line, row, column, default=False):
        value = row.get(column, "").lower()
        if not value:
            return default
        if value in TRUE:
            return True
        if value in FALSE:
            return False
        self.error(file, line, f'{column}: "{value}" is not a boolean')
        return default

    def number(self, file, line, row, column, default, integer=False, low=0, high=None):
        value = row.get(column, "")
        if not value:
            return default
        try:
            parsed = float(value)
        except ValueError:
            self.error(file, line, f'{column}: "{value}" is not a number')
            return default
        if not math.isfinite(parsed) or parsed < low or (high is not None and parsed > high):
            bounds = f"{low}..{high}" if high is not None else f">= {low}"
            self.error(file, line, f'{column}: {value} is out of range ({bounds})')
            return default
        if integer:
            if parsed != int(parsed):
                self.error(file, line, f'{column}: "{value}" is not a whole number')
                return default
            return int(parsed)
        return parsed


def unique(checker, file, rows, column):
    """Rows keyed by their id, reporting duplicates."""
    seen = {}
    for line, row in rows:
        key = checker.ident(file, line, row, column)
        if key is None:
            continue
        if key in seen:
            checker.error(file, line, f'duplicate {column} "{key}" (first at line {seen[key][0]})')
            continue
        seen[key] = (line, row)
    return seen


def load(checker):
    """Parses and cross-checks every file; returns the typed data set."""
    d = {}
    donors = {}
    for key, (line, row) in unique(checker, "donors.csv", checker.read("donors.csv") or [],
                                   "donor").items():
        f = "donors.csv"
        donors[key] = {
            "line": line, "name": row.get("name") or key,
            "g19": checker.boolean(f, line, row, "g19"),
            "chair_capacity": checker.number(f, line, row, "chair_capacity", None, True),
            "other_duties": checker.number(f, line, row, "other_duties", 0.0),
            "max_groups": checker.number(f, line, row, "max_groups", None, True),
        }
    d["donors"] = donors

    staff = {}
    for key, (line, row) in unique(checker, "staff.csv", checker.read("staff.csv") or [],
                                   "staff").items():
        f = "staff.csv"
        donor = checker.ident(f, line, row, "donor")
        if donor is not None and donor not in donors:
            checker.error(f, line, f'unknown donor "{donor}"')
        skills = {}
        for item in filter(None, (s.strip() for s in row.get("skills", "").split(";"))):
            name, _, level = item.partition(":")
            name = name.strip()
            if not name:
                checker.error(f, line, f'skill "{item}" has no name')
                continue
            lvl = 2
            if level.strip():
                try:
                    lvl = int(level)
                except ValueError:
                    lvl = -1
                if not 1 <= lvl <= 3:
                    checker.error(f, line, f'skill "{item}": level must be 1, 2 or 3')
                    continue
            if name in skills:
                checker.error(f, line, f'skill "{name}" listed twice')
            skills[name] = lvl
        staff[key] = {
            "line": line, "donor": donor, "name": row.get("name") or key,
            "days": checker.number(f, line, row, "days", 4.0),
            "max_groups": checker.number(f, line, row, "max_groups", None, True),
            "skills": skills,
            "senior": checker.boolean(f, line, row, "senior"),
            "ta": checker.boolean(f, line, row, "ta"),
        }
    d["staff"] = staff

    groups = {}
    for key, (line, row) in unique(checker, "groups.csv", checker.read("groups.csv") or [],
                                   "group").items():
        f = "groups.csv"
        kind = (row.get("kind") or "sector").lower()
        if kind not in KINDS:
            checker.error(f, line, f'kind "{kind}" is not one of {sorted(KINDS)}')
            kind = "sector"
        chair = (row.get("chair") or ("troika" if kind == "main" else "focal+vice")).lower()
        if chair not in SEATS:
            checker.error(f, line, f'chair "{chair}" is not one of {sorted(SEATS)}')
            chair = "none"
        g = {
            "line": line, "name": row.get("name") or key, "kind": kind, "chair": chair,
            "parent": row.get("parent") or None, "pillar": row.get("pillar") or None,
            "min": checker.number(f, line, row, "min_donors", 2, True),
            "max": checker.number(f, line, row, "max_donors", 5, True),
            "member_days": checker.number(f, line, row, "member_days", 1.0),
            "chair_days": checker.number(f, line, row, "chair_days", 2.0),
            "vice_days": checker.number(f, line, row, "vice_days", 1.0),
            "term": checker.number(f, line, row, "term", 2, True, low=1),
            "min_term": checker.number(f, line, row, "min_term", 1, True, low=1),
            "links": [x.strip() for x in row.get("links", "").split(";") if x.strip()],
            "ends": checker.number(f, line, row, "ends", None, True),
        }
        if g["min"] > g["max"]:
            checker.error(f, line, f'min_donors {g["min"]} exceeds max_donors {g["max"]}')
        if g["min_term"] > g["term"]:
            checker.error(f, line, f'min_term {g["min_term"]} exceeds term {g["term"]}')
        groups[key] = g
    for key, g in groups.items():
        if g["parent"] is not None and g["parent"] not in groups:
            checker.error("groups.csv", g["line"], f'unknown parent "{g["parent"]}"')
        for link in g["links"]:
            if link not in groups:
                checker.error("groups.csv", g["line"], f'unknown linked group "{link}"')
            if link == key:
                checker.error("groups.csv", g["line"], "a group cannot link to itself")
        if g["links"] and g["kind"] != "cross-cutting":
            checker.warn("groups.csv", g["line"], "links on a group that is not cross-cutting")
    for key, g in groups.items():
        seen, node = set(), key
        while node is not None and node in groups:
            if node in seen:
                checker.error("groups.csv", g["line"], f'parent chain of "{key}" has a cycle')
                break
            seen.add(node)
            node = groups[node]["parent"]
    d["groups"] = groups

    needs = []
    for line, row in checker.read("needs.csv") or []:
        f = "needs.csv"
        group, skill = checker.ident(f, line, row, "group"), checker.ident(f, line, row, "skill")
        if group is not None and group not in groups:
            checker.error(f, line, f'unknown group "{group}"')
        needs.append({
            "line": line, "group": group, "skill": skill,
            "level": checker.number(f, line, row, "level", 2, True, low=1, high=3),
            "count": checker.number(f, line, row, "count", 1, True),
        })
    d["needs"] = needs

    members = []
    per_group = defaultdict(dict)
    for line, row in checker.read("participation.csv") or []:
        f = "participation.csv"
        s, g = checker.ident(f, line, row, "staff"), checker.ident(f, line, row, "group")
        if s is not None and s not in staff:
            checker.error(f, line, f'unknown staff "{s}"')
        if g is not None and g not in groups:
            checker.error(f, line, f'unknown group "{g}"')
        level = (row.get("level") or "active").lower()
        if level not in LEVELS:
            checker.error(f, line, f'level "{level}" is not one of {sorted(LEVELS)}')
        role = (row.get("role") or "").lower() or None
        if role is not None and role not in ("focal", "vice", "troika"):
            checker.error(f, line, f'role "{role}" is not focal, vice or troika')
            role = None
        m = {"line": line, "staff": s, "group": g, "level": level, "role": role,
             "since": checker.number(f, line, row, "since", None, True)}
        if s in per_group[g]:
            checker.error(f, line, f'staff "{s}" already in group "{g}" at line '
                          f'{per_group[g][s]["line"]}')
            continue
        per_group[g][s] = m
        members.append(m)
        if role is None:
            if m["since"] is not None:
                checker.warn(f, line, "since without a role is ignored")
            continue
        person = staff.get(s)
        if level != "active":
            checker.error(f, line, f'role "{role}" on a member who is {level}, not active')
        if person is not None and person["ta"]:
            checker.error(f, line, f'role "{role}" on technical assistant "{s}"')
        elif person is not None and not person["senior"]:
            checker.error(f, line, f'role "{role}" on "{s}", who is not senior')
    for g, by_staff in per_group.items():
        if g not in groups:
            continue
        structure = list(SEATS[groups[g]["chair"]])
        donors_seated = {}
        for m in sorted(by_staff.values(), key=lambda m: m["line"]):
            if m["role"] is None:
                continue
            donor = staff.get(m["staff"], {}).get("donor")
            if donor in donors_seated:
                checker.error("participation.csv", m["line"],
                              f'donor "{donor}" already holds a seat of "{g}" at line '
                              f'{donors_seated[donor]}')
            donors_seated[donor] = m["line"]
            if m["role"] in structure:
                structure.remove(m["role"])
            else:
                checker.error("participation.csv", m["line"],
                              f'no free "{m["role"]}" seat in "{g}" '
                              f'(chair structure {groups[g]["chair"]})')
    d["members"] = members

    interests = []
    for line, row in checker.read("interests.csv") or []:
        f = "interests.csv"
        donor, g = checker.ident(f, line, row, "donor"), checker.ident(f, line, row, "group")
        if donor is not None and donor not in donors:
            checker.error(f, line, f'unknown donor "{donor}"')
        if g is not None and g not in groups:
            checker.error(f, line, f'unknown group "{g}"')
        lo = checker.number(f, line, row, "from", None, True)
        hi = checker.number(f, line, row, "to", None, True)
        if lo is not None and hi is not None and lo > hi:
            checker.error(f, line, f"from {lo} is after to {hi}")
        interests.append({"line": line, "donor": donor, "group": g, "from": lo, "to": hi,
                          "preference": checker.number(f, line, row, "preference", 1, True,
                                                       low=1)})
    d["interests"] = interests
    return d


def report(d, start):
    """Prints the headline facts of today's roster."""
    donors, staff, groups = d["donors"], d["staff"], d["groups"]
    active = [m for m in d["members"] if m["level"] == "active" and m["staff"] in staff
              and m["group"] in groups]
    counted = [m for m in active if not staff[m["staff"]]["ta"]]
    donors_in = defaultdict(set)
    people_in = defaultdict(list)
    for m in counted:
        donors_in[m["group"]].add(staff[m["staff"]]["donor"])
        people_in[m["group"]].append(m["staff"])
    seats = defaultdict(list)
    for m in d["members"]:
        if m["role"] and m["staff"] in staff and m["group"] in groups:
            seats[m["group"]].append(m)

    print(f"\n== {len(donors)} donors, {len(staff)} staff, {len(groups)} groups, "
          f"{len(d['members'])} memberships ({len(active)} active), {len(d['needs'])} needs, "
          f"{len(d['interests'])} interests ==")
    print("\n-- groups: active donors vs min..max, seats held / structure --")
    gaps, crowded = [], []
    for key in sorted(groups):
        g = groups[key]
        n = len(donors_in[key])
        state = ""
        if g["ends"] is not None and g["ends"] < start:
            state = f"ENDED {g['ends']}"
        elif n < g["min"]:
            state = f"GAP -{g['min'] - n}"
            gaps.append(key)
        elif n > g["max"]:
            state = f"CROWDED +{n - g['max']}"
            crowded.append(key)
        held = len(seats[key])
        total = len(SEATS[g["chair"]])
        ends = f" ends {g['ends']}" if g["ends"] is not None else ""
        print(f"{key:<14} {g['kind']:<13} {n:>2} in {g['min']}..{g['max']:<3} "
              f"seats {held}/{total} {g['chair']:<10} {state}{ends}")
    print(f"gaps ({len(gaps)}): {', '.join(gaps) or '-'}")
    print(f"crowded ({len(crowded)}): {', '.join(crowded) or '-'}")

    print("\n-- empty chair seats today --")
    for key in sorted(groups):
        g = groups[key]
        free = list(SEATS[g["chair"]])
        for m in seats[key]:
            if m["role"] in free:
                free.remove(m["role"])
        if free:
            print(f"{key}: {', '.join(free)} empty")

    print(f"\n-- leads whose term is reached by {start} (must rotate) --")
    for key in sorted(groups):
        for m in seats[key]:
            if m["role"] != "focal":
                continue
            since = m["since"] if m["since"] is not None else start - 1
            served = start - since
            if served >= groups[key]["term"]:
                late = " (already over its term)" if served > groups[key]["term"] else ""
                print(f"{key}: {staff[m['staff']]['donor']} lead since {since}, held {served} "
                      f"years before {start}, term {groups[key]['term']}{late}")

    print("\n-- missing skills (needs no active member covers) --")
    for need in sorted(d["needs"], key=lambda n: (str(n["group"]), str(n["skill"]))):
        g = need["group"]
        if g not in groups:
            continue
        have = sum(1 for s in people_in[g]
                   if staff[s]["skills"].get(need["skill"], 0) >= need["level"])
        if have < need["count"]:
            print(f"{g}: {need['skill']}>={need['level']} x{need['count']}, have {have}")

    print("\n-- cross-cutting links not covered --")
    for key in sorted(groups):
        for link in groups[key]["links"]:
            if not set(people_in[key]) & set(people_in.get(link, [])):
                print(f"{key} -> {link}: no shared active member")

    print("\n-- two active staff of one donor in a group (the donor counts once) --")
    for key in sorted(groups):
        per_donor = defaultdict(list)
        for s in people_in[key]:
            per_donor[staff[s]["donor"]].append(s)
        for donor in sorted(per_donor):
            if len(per_donor[donor]) > 1:
                print(f"{key}: {donor} ({', '.join(sorted(per_donor[donor]))})")

    print("\n-- technical assistants listed --")
    for m in sorted(d["members"], key=lambda m: (str(m["group"]), str(m["staff"]))):
        if m["staff"] in staff and staff[m["staff"]]["ta"]:
            print(f"{m['group']}: {m['staff']} ({m['level']})")

    print("\n-- donors: active groups / max, seats / capacity, burden / capacity days --")
    for key in sorted(donors):
        dn = donors[key]
        mine = [s for s in staff if staff[s]["donor"] == key]
        in_groups = {g for g in groups if key in donors_in[g]}
        held = [m for g in seats for m in seats[g] if staff[m["staff"]]["donor"] == key]
        burden = dn["other_duties"]
        for m in counted:
            if staff[m["staff"]]["donor"] == key:
                burden += groups[m["group"]]["member_days"]
        for m in held:
            g = groups[m["group"]]
            burden += g["chair_days"] if m["role"] == "focal" else g["vice_days"]
        capacity = sum(staff[s]["days"] for s in mine if not staff[s]["ta"])
        load = burden / capacity if capacity else math.inf
        flags = []
        if dn["max_groups"] is not None and len(in_groups) > dn["max_groups"]:
            flags.append("OVER max_groups")
        if dn["chair_capacity"] is not None and len(held) > dn["chair_capacity"]:
            flags.append("OVER chair_capacity")
        mg = dn["max_groups"] if dn["max_groups"] is not None else "-"
        cc = dn["chair_capacity"] if dn["chair_capacity"] is not None else "-"
        print(f"{key:<6} groups {len(in_groups):>2}/{mg:<2} seats {len(held)}/{cc:<2} "
              f"burden {burden:5.1f}/{capacity:5.1f} load {load:4.2f} "
              f"{'g19' if dn['g19'] else '   '} {' '.join(flags)}")

    print("\n-- staff over their days or max_groups --")
    for key in sorted(staff):
        s = staff[key]
        mine = [m for m in counted if m["staff"] == key]
        used = sum(groups[m["group"]]["member_days"] for m in mine)
        for m in mine:
            if m["role"]:
                g = groups[m["group"]]
                used += g["chair_days"] if m["role"] == "focal" else g["vice_days"]
        over = []
        if used > s["days"]:
            over.append(f"days {used:g}/{s['days']:g}")
        if s["max_groups"] is not None and len(mine) > s["max_groups"]:
            over.append(f"groups {len(mine)}/{s['max_groups']}")
        if over:
            print(f"{key} ({s['donor']}): {', '.join(over)}")

    seat_days = sum(g["member_days"] * len(SEATS[g["chair"]]) + (g["chair_days"] if
                    SEATS[g["chair"]] else 0) + g["vice_days"] * max(0, len(SEATS[g["chair"]]) - 1)
                    for g in groups.values() if g["ends"] is None or g["ends"] >= start)
    senior = [s for s in staff.values() if s["senior"] and not s["ta"]]
    print(f"\n-- chair capacity: {sum(len(SEATS[g['chair']]) for g in groups.values())} seats "
          f"need about {seat_days:g} days/month; {len(senior)} senior non-TA staff have "
          f"{sum(s['days'] for s in senior):g} days --")


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    start = 2027
    for a in argv[1:]:
        if a.startswith("--plan-start="):
            start = int(a.split("=", 1)[1])
    if len(args) != 1 or not os.path.isdir(args[0]):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    checker = Checker(args[0])
    data = load(checker)
    for w in checker.warnings:
        print(w)
    for e in checker.errors:
        print(e)
    if not checker.errors:
        report(data, start)
    print(f"\n{args[0]}: {len(checker.errors)} problem(s), {len(checker.warnings)} warning(s)")
    return 1 if checker.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
