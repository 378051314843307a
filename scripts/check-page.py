#!/usr/bin/env python3
"""Checks one rendered index.html (called by scripts/browser-check; standard library only).

Usage: check-page.py DATASET REPORT_DIR analyze|plan, with REPORT_DIR.png (screenshot),
.dom.html (dumped DOM), .netlog.json, .shot.log and .dom.log (Chromium's stderr) beside it.
"""
import csv
import json
import os
import struct
import sys
import zlib
from html.parser import HTMLParser

RANK = {"active": 0, "attending": 1, "informed": 2}


def fail(message):
    sys.exit(f"browser check FAILED: {message}")


def rows(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        header = [h.strip().lower() for h in next(reader)]
        return [dict(zip(header, [c.strip() for c in r])) for r in reader if any(r)]


class Cells(HTMLParser):
    def __init__(self):
        super().__init__()
        self.cells = {}
        self.duplicates = 0
        self.pillars = []
        self.sections = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "td" and "data-cell" in a:
            key = (a.get("data-donor"), a.get("data-group"))
            self.duplicates += key in self.cells
            self.cells[key] = a
        if "data-pillar" in a:
            self.pillars.append(a["data-pillar"])
        if tag == "section" and "id" in a:
            self.sections.add(a["id"])


def best(a, b):
    return b if a is None or RANK[b] < RANK[a] else a


def expected_cells(data, folder, plan):
    """(donor, group) -> (today, plan) best levels of non-TA staff, recomputed from CSVs."""
    staff = {r["staff"]: r for r in rows(f"{data}/staff.csv")}
    ta = {s for s, r in staff.items() if r.get("ta", "").lower() in ("y", "yes", "true", "1")}
    levels = {}
    for r in rows(f"{data}/participation.csv"):
        levels[(r["staff"], r["group"])] = (r.get("level") or "active").lower()
    today = {}
    for (s, g), level in levels.items():
        if s not in ta:
            key = (staff[s]["donor"], g)
            today[key] = best(today.get(key), level)
    after = {}
    if plan:
        for r in rows(f"{folder}/staff_plan.csv"):
            levels[(r["staff"], r["group"])] = r["level"] or None
        for (s, g), level in levels.items():
            if s not in ta and level:
                key = (staff[s]["donor"], g)
                after[key] = best(after.get(key), level)
    return today, after


def page_requests(netlog):
    """URLs the page asked the network for: requests in Chromium's net log whose initiator
    is an origin (a file:// page's is "null"); the browser's own update and account checks
    have none ("not an origin") and are left out. File loads never enter the net log."""
    with open(netlog, encoding="utf-8", errors="replace") as f:
        log = json.load(f)
    start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    return sorted({e["params"]["url"] for e in log["events"]
                   if e["type"] == start and "url" in e.get("params", {})
                   and e["params"].get("initiator") != "not an origin"})


def change(a, b):
    if a is None and b is None:
        return None
    if a is None:
        return "joined"
    if b is None:
        return "left"
    return "kept" if a == b else ("promoted" if RANK[b] < RANK[a] else "demoted")


def distinct_colours(png_path):
    """Distinct pixel values of an 8-bit RGB(A) PNG (non-interlaced), by a small decoder."""
    with open(png_path, "rb") as f:
        blob = f.read()
    if blob[:8] != b"\x89PNG\r\n\x1a\n":
        fail(f"{png_path}: not a PNG")
    pos, idat, ihdr = 8, b"", None
    while pos < len(blob):
        length, kind = struct.unpack(">I4s", blob[pos:pos + 8])
        chunk = blob[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = ihdr
    if depth != 8 or colour not in (2, 6) or interlace:
        fail(f"{png_path}: unexpected PNG format {ihdr}")
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    prev = bytearray(stride)
    colours = set()
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 255
        if y % 4 == 0:
            colours.update(bytes(line[i:i + 3]) for i in range(0, stride, bpp * 2))
        prev = line
    return len(colours)


def main():
    data, folder, kind = sys.argv[1:4]
    plan = kind == "plan"
    name = f"{os.path.basename(data)} {kind}"
    page = f"{folder}/index.html"
    size = os.path.getsize(page)
    if size >= 1_000_000:
        fail(f"{name}: index.html is {size} bytes")
    foreign = page_requests(f"{folder}.netlog.json")
    if foreign:
        fail(f"{name}: network requests {foreign[:5]}")
    for log in (f"{folder}.shot.log", f"{folder}.dom.log"):
        with open(log, encoding="utf-8", errors="replace") as f:
            console = [line for line in f if "CONSOLE" in line]
        if console:
            fail(f"{name}: console messages {console[:3]}")
    parser = Cells()
    with open(f"{folder}.dom.html", encoding="utf-8") as f:
        parser.feed(f.read())
    donors = [r["donor"] for r in rows(f"{data}/donors.csv")]
    groups = [r["group"] for r in rows(f"{data}/groups.csv")]
    want = {(d, g) for d in donors for g in groups}
    if parser.duplicates or set(parser.cells) != want:
        fail(f"{name}: {len(parser.cells)} cells ({parser.duplicates} duplicated), "
             f"want {len(want)} (donors x groups)")
    today, after = expected_cells(data, folder, plan)
    for key, attrs in parser.cells.items():
        got = (attrs.get("data-today"), attrs.get("data-plan"), attrs.get("data-change"))
        exp = (today.get(key), after.get(key) if plan else None,
               change(today.get(key), after.get(key)) if plan else None)
        if got != exp:
            fail(f"{name}: cell {key} shows {got}, CSV files say {exp}")
    if plan:
        # An empty seat's row (change "empty") has no holder to show.
        seats = {(r["donor"], r["group"]) for r in rows(f"{folder}/chair_plan.csv")
                 if r["year"] == "2027" and r["change"] != "empty"}
        shown = {k for k, a in parser.cells.items() if a.get("data-plan-seat")}
        if seats != shown:
            fail(f"{name}: plan seats differ from chair_plan.csv: {sorted(seats ^ shown)[:5]}")
    if "labour" not in parser.sections:
        fail(f"{name}: no division-of-labour section")
    want_pillars = [r["pillar"] for r in rows(f"{folder}/pillars.csv")]
    if parser.pillars != want_pillars:
        fail(f"{name}: pillars {parser.pillars} shown, pillars.csv has {want_pillars}")
    colours = distinct_colours(f"{folder}.png")
    if colours < 8:
        fail(f"{name}: screenshot looks blank ({colours} colours)")
    print(f"{name}: {len(parser.cells)} cells, {size} bytes, {colours} colours, no network")


main()
