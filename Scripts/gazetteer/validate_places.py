#!/usr/bin/env python3
"""Validate Salvo's place gazetteer files (Gazetteers/places/*.tsv).

Checks, across countries.tsv, admin1.tsv, cities.tsv and curated.tsv:
  * UTF-8, LF line endings, final newline, '#' comments then the header row;
  * the header equals the binding column list and every row has that many fields;
  * ids are unique across all four files and use a known prefix;
  * every non-empty parent exists; rows with a country need a parent;
  * lat in [-90, 90], lon in [-180, 180], at most 5 decimals;
  * feature in the allowed set; country is ISO 3166-1 (pycountry) or XK, and empty
    only for region/sea/strait rows; admin1 is an ISO 3166-2 code of that country;
  * population is an integer or empty; aliases have no empty items, no duplicates
    (case-insensitive) and do not repeat the name;
  * generated rows have an empty source, curated rows a non-empty one;
  * rows are sorted by (country, name, id);
  * curated rows lie near their parent (city <= 40 km, admin1 <= 600 km) and
    within 250 km of some city of their country (catches swapped or mistyped
    coordinates);
  * a list of places the project relies on is present.

Usage (from the repository root):
    python3 Scripts/gazetteer/validate_places.py [--dir Gazetteers/places]
Exit status 0 when everything passes, 1 otherwise.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import sys

import pycountry

COLUMNS = ["id", "name", "aliases", "feature", "subtype", "country", "admin1",
           "lat", "lon", "population", "parent", "source"]
FEATURES = {"country", "admin1", "city", "site", "base", "region", "sea", "strait"}
FILES = ["countries.tsv", "admin1.tsv", "cities.tsv", "curated.tsv"]
ID_RE = re.compile(r"^(geonames:\d+|iso3166-2:[A-Z0-9]{2}-[A-Z0-9]{1,3}|"
                   r"iso3166-1:[A-Z]{2}|salvo:[a-z0-9]+(?:-[a-z0-9]+)*)$")
NUM_RE = re.compile(r"^-?\d+(\.\d{1,5})?$")
EXTRA_COUNTRIES = {"XK"}

# (file, country, name) that must exist (name compared with name and aliases).
EXPECTED = [
    ("cities.tsv", "IL", "Eilat"), ("cities.tsv", "SY", "Masyaf"),
    ("cities.tsv", "SY", "Homs"), ("cities.tsv", "LY", "Homs"),
    ("cities.tsv", "SY", "Hama"), ("cities.tsv", "SY", "Latakia"),
    ("cities.tsv", "IL", "Tel Aviv"), ("cities.tsv", "IL", "Haifa"),
    ("cities.tsv", "YE", "Hodeidah"), ("cities.tsv", "IQ", "Baghdad"),
    ("cities.tsv", "LB", "Tripoli"), ("cities.tsv", "LY", "Tripoli"),
    ("cities.tsv", "SY", "Damascus"), ("cities.tsv", "IQ", "Hit"),
    ("cities.tsv", "PS", "Khan Younis"), ("curated.tsv", "SY", "Mezzeh"),
    ("cities.tsv", "UA", "Chasiv Yar"), ("cities.tsv", "RU", "Sudzha"),
    ("cities.tsv", "HT", "Mirebalais"), ("curated.tsv", "BF", "Barsalogho"),
    ("admin1.tsv", "SY", "Idlib"), ("admin1.tsv", "SY", "Deir ez-Zor"),
    ("admin1.tsv", "IQ", "Anbar"), ("curated.tsv", "IQ", "Kurdistan Region"),
    ("admin1.tsv", "UA", "Kherson region"), ("admin1.tsv", "UA", "Crimea"),
    ("admin1.tsv", "RU", "Kursk region"), ("admin1.tsv", "NG", "Borno State"),
    ("admin1.tsv", "CD", "North Kivu"), ("admin1.tsv", "SD", "North Darfur"),
    ("curated.tsv", "IQ", "Ain al-Asad"), ("curated.tsv", "", "Red Sea"),
    ("countries.tsv", "US", "USA"), ("countries.tsv", "GB", "UK"),
    ("countries.tsv", "AE", "UAE"), ("countries.tsv", "PS", "Palestine"),
]


def haversine_km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def load(path: str, errors: list[str]):
    name = os.path.basename(path)
    raw = open(path, "rb").read()
    if b"\r" in raw:
        errors.append(f"{name}: contains CR characters (must be LF only)")
    if not raw.endswith(b"\n"):
        errors.append(f"{name}: does not end with a newline")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append(f"{name}: not UTF-8 ({e})")
        return []
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    i = 0
    while i < len(lines) and lines[i].startswith("#"):
        i += 1
    if i == 0:
        errors.append(f"{name}: no '#' comment header documenting the columns")
    if i >= len(lines):
        errors.append(f"{name}: no header row")
        return []
    header = lines[i].split("\t")
    if header != COLUMNS:
        errors.append(f"{name}: header {header} != {COLUMNS}")
        return []
    rows = []
    for n, line in enumerate(lines[i + 1:], start=i + 2):
        if line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != len(COLUMNS):
            errors.append(f"{name}:{n}: {len(fields)} fields, expected {len(COLUMNS)}")
            continue
        rows.append((n, dict(zip(COLUMNS, fields))))
    return rows


def main(argv=None) -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    default_dir = os.path.normpath(os.path.join(here, "..", "..", "Gazetteers", "places"))
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default=default_dir)
    args = ap.parse_args(argv)

    errors: list[str] = []
    countries = {c.alpha_2 for c in pycountry.countries} | EXTRA_COUNTRIES
    subdivisions = {s.code for s in pycountry.subdivisions}
    data = {}
    for f in FILES:
        path = os.path.join(args.dir, f)
        if not os.path.exists(path):
            errors.append(f"missing file {path}")
            data[f] = []
            continue
        data[f] = load(path, errors)

    ids = {}
    for f in FILES:
        for n, r in data[f]:
            if r["id"] in ids:
                errors.append(f"{f}:{n}: duplicate id {r['id']} (also {ids[r['id']]})")
            else:
                ids[r["id"]] = (f, n)
    by_id = {r["id"]: r for f in FILES for _, r in data[f]}

    for f in FILES:
        generated = f != "curated.tsv"
        prev = None
        for n, r in data[f]:
            where = f"{f}:{n} ({r['id']})"
            if not ID_RE.match(r["id"]):
                errors.append(f"{where}: malformed id")
            if not r["name"]:
                errors.append(f"{where}: empty name")
            for col, v in r.items():
                if "|" in v and col != "aliases":
                    errors.append(f"{where}: '|' inside {col}")
                if v != v.strip():
                    errors.append(f"{where}: leading/trailing space in {col}")
            if r["aliases"]:
                items = r["aliases"].split("|")
                seen = {r["name"].casefold()}
                for a in items:
                    if not a.strip():
                        errors.append(f"{where}: empty alias item")
                    elif a.casefold() in seen:
                        errors.append(f"{where}: duplicate alias or alias = name: {a!r}")
                    seen.add(a.casefold())
            if r["feature"] not in FEATURES:
                errors.append(f"{where}: bad feature {r['feature']!r}")
            if r["subtype"] and not re.match(r"^[a-z0-9_]+$", r["subtype"]):
                errors.append(f"{where}: subtype should be lowercase words: {r['subtype']!r}")
            cc = r["country"]
            if cc:
                if cc not in countries:
                    errors.append(f"{where}: unknown country {cc}")
            elif r["feature"] not in ("region", "sea", "strait"):
                errors.append(f"{where}: empty country only allowed for region/sea/strait")
            if r["admin1"]:
                if r["admin1"] not in subdivisions:
                    errors.append(f"{where}: unknown ISO 3166-2 code {r['admin1']}")
                if not r["admin1"].startswith(cc + "-"):
                    errors.append(f"{where}: admin1 {r['admin1']} not in country {cc}")
            for col, lo, hi in (("lat", -90, 90), ("lon", -180, 180)):
                v = r[col]
                if not NUM_RE.match(v):
                    errors.append(f"{where}: {col} {v!r} not a decimal with <= 5 decimals")
                elif not lo <= float(v) <= hi:
                    errors.append(f"{where}: {col} {v} out of range")
            if r["population"] and not re.match(r"^\d+$", r["population"]):
                errors.append(f"{where}: population {r['population']!r} not an integer")
            p = r["parent"]
            if p:
                if p not in ids:
                    errors.append(f"{where}: parent {p} does not exist")
                elif p == r["id"]:
                    errors.append(f"{where}: parent is itself")
            elif r["feature"] != "country" and cc:
                errors.append(f"{where}: missing parent")
            if generated and r["source"]:
                errors.append(f"{where}: generated row with a source")
            if not generated and not r["source"]:
                errors.append(f"{where}: curated row without a source")
            if generated and r["id"].startswith("salvo:"):
                errors.append(f"{where}: salvo: id in a generated file")
            key = (r["country"], r["name"], r["id"])
            if prev is not None and key < prev:
                errors.append(f"{where}: rows not sorted by (country, name, id)")
            prev = key

    # geographic sanity for curated rows
    city_pts: dict[str, list[tuple[float, float]]] = {}
    for _, r in data["cities.tsv"]:
        try:
            city_pts.setdefault(r["country"], []).append((float(r["lat"]), float(r["lon"])))
        except ValueError:
            pass
    for n, r in data["curated.tsv"]:
        where = f"curated.tsv:{n} ({r['id']})"
        try:
            lat, lon = float(r["lat"]), float(r["lon"])
        except ValueError:
            continue
        par = by_id.get(r["parent"])
        if par and par["feature"] in ("city", "admin1"):
            d = haversine_km(lat, lon, float(par["lat"]), float(par["lon"]))
            limit = 40 if par["feature"] == "city" else 600
            if d > limit:
                errors.append(f"{where}: {d:.0f} km from parent {par['id']} (limit {limit})")
        pts = city_pts.get(r["country"])
        if r["country"] and pts and r["feature"] not in ("sea", "strait"):
            d = min(haversine_km(lat, lon, a, b) for a, b in pts)
            if d > 250:
                errors.append(f"{where}: {d:.0f} km from the nearest city of {r['country']}")

    # expected places
    for f, cc, nm in EXPECTED:
        k = nm.casefold()
        if not any(r["country"] == cc and (r["name"].casefold() == k or k in
                   (a.casefold() for a in r["aliases"].split("|")))
                   for _, r in data.get(f, [])):
            errors.append(f"expected place missing: {nm!r} ({cc or 'no country'}) in {f}")

    counts = ", ".join(f"{f}: {len(data[f])}" for f in FILES)
    if errors:
        for e in errors[:200]:
            print("ERROR", e)
        if len(errors) > 200:
            print(f"... and {len(errors) - 200} more")
        print(f"FAILED: {len(errors)} problem(s); rows {counts}")
        return 1
    print(f"OK: rows {counts}; {len(ids)} unique ids")
    return 0


if __name__ == "__main__":
    sys.exit(main())
