#!/usr/bin/env python3
"""Check a run folder's events.csv and events.geojson (salvo extract --format csv,geojson).

events.csv: UTF-8 without a byte-order mark; the header is SCHEMA.md's columns in order;
every record has as many fields as the header (Python's csv module, RFC 4180 quoting);
numeric columns hold numbers or nothing; one row per events.jsonl line, same ids, same
order. When pandas is installed, pandas.read_csv must load it with no warning at all and
give the same shape; `--require-pandas` makes pandas' absence an error.

events.geojson: an RFC 7946 FeatureCollection: no `crs` member; every feature a Feature
with a Point geometry whose coordinates are [longitude, latitude] within range, matching
the event's location in events.jsonl, and the event record as properties; one feature
per located event.

Usage: python3 Scripts/views/check_views.py RUN_DIR [--require-pandas]
Exit status 0 when valid, 1 with the problems listed on stderr.
"""

from __future__ import annotations

import csv
import io
import json
import sys
import warnings

COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2",
    "civilian_targeting", "iso", "country", "admin1", "location", "latitude", "longitude",
    "geo_precision", "source", "notes", "fatalities", "tags", "kind", "quantity",
    "num_articles",
]
INTEGER = {"year", "time_precision", "iso", "geo_precision", "fatalities", "num_articles"}
DECIMAL = {"latitude", "longitude"}


def check_csv(folder: str, events: list[dict], require_pandas: bool) -> list[str]:
    problems: list[str] = []
    raw = open(f"{folder}/events.csv", "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append("events.csv starts with a byte-order mark")
    text = raw.decode("utf-8")
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as error:
        return [f"events.csv is not valid CSV: {error}"]
    if not rows or rows[0] != COLUMNS:
        problems.append(f"events.csv header is {rows[0] if rows else None}")
        return problems
    body = rows[1:]
    if len(body) != len(events):
        problems.append(f"events.csv has {len(body)} rows, events.jsonl {len(events)} lines")
    for number, row in enumerate(body, start=2):
        if len(row) != len(COLUMNS):
            problems.append(f"events.csv record {number}: {len(row)} fields")
            continue
        record = dict(zip(COLUMNS, row))
        for column in INTEGER:
            if record[column] and not record[column].lstrip("-").isdigit():
                problems.append(f"events.csv record {number}: {column} = {record[column]!r}")
        for column in DECIMAL:
            if record[column]:
                try:
                    float(record[column])
                except ValueError:
                    problems.append(f"events.csv record {number}: {column} = {record[column]!r}")
    for number, (row, event) in enumerate(zip(body, events), start=2):
        if row and row[0] != event["id"]:
            problems.append(f"events.csv record {number}: id {row[0]} != {event['id']}")
    try:
        import pandas
    except ImportError:
        if require_pandas:
            problems.append("pandas is not installed")
        return problems
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            frame = pandas.read_csv(f"{folder}/events.csv")
        except Exception as error:  # a warning raised as an error, or a parse error
            problems.append(f"pandas.read_csv: {type(error).__name__}: {error}")
            return problems
    if list(frame.columns) != COLUMNS or len(frame) != len(events):
        problems.append(f"pandas reads {frame.shape}, expected {(len(events), len(COLUMNS))}")
    return problems


def check_geojson(folder: str, events: list[dict]) -> list[str]:
    problems: list[str] = []
    collection = json.load(open(f"{folder}/events.geojson", encoding="utf-8"))
    if collection.get("type") != "FeatureCollection" or not isinstance(
        collection.get("features"), list
    ):
        return ["events.geojson is not a FeatureCollection with a features array"]
    if "crs" in collection:
        problems.append("events.geojson has a crs member (RFC 7946 §4 drops it)")
    located = {
        e["id"]: e
        for e in events
        if e.get("location") and e["location"].get("lat") is not None
        and e["location"].get("lon") is not None
    }
    seen = []
    for index, feature in enumerate(collection["features"]):
        where = f"events.geojson features[{index}]"
        if feature.get("type") != "Feature":
            problems.append(f"{where}: type {feature.get('type')!r}")
            continue
        geometry = feature.get("geometry") or {}
        coordinates = geometry.get("coordinates")
        if geometry.get("type") != "Point" or not (
            isinstance(coordinates, list) and len(coordinates) == 2
            and all(isinstance(c, (int, float)) for c in coordinates)
        ):
            problems.append(f"{where}: not a Point with two numbers")
            continue
        lon, lat = coordinates
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            problems.append(f"{where}: coordinates out of range {coordinates}")
        properties = feature.get("properties")
        if not isinstance(properties, dict) or properties.get("id") != feature.get("id"):
            problems.append(f"{where}: properties are not the event record")
            continue
        event = located.get(feature["id"])
        if event is None:
            problems.append(f"{where}: {feature['id']} is not a located event")
            continue
        if event != properties:
            problems.append(f"{where}: properties differ from the events.jsonl record")
        if [lon, lat] != [event["location"]["lon"], event["location"]["lat"]]:
            problems.append(f"{where}: coordinates are not [lon, lat] of the location")
        seen.append(feature["id"])
    if sorted(seen) != sorted(located):
        problems.append(f"events.geojson has {len(seen)} features, {len(located)} located events")
    return problems


def main(arguments: list[str]) -> int:
    if not arguments:
        print(__doc__, file=sys.stderr)
        return 2
    folder = arguments[0]
    events = [
        json.loads(line)
        for line in open(f"{folder}/events.jsonl", encoding="utf-8")
        if line.strip()
    ]
    problems = check_csv(folder, events, "--require-pandas" in arguments)
    problems += check_geojson(folder, events)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"{folder}: events.csv and events.geojson are valid ({len(events)} events)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
