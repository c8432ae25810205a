#!/usr/bin/env python3
"""Generate Gazetteers/actors-states.tsv: one `state` actor per ISO 3166-1 country.

Source data: pycountry (pinned in requirements-actors.txt). Output is fully
deterministic (rows sorted by alpha-2 code, fixed header, no timestamps), so
re-running the script on the same pycountry version yields an identical file.

Usage:
    pip install -r Scripts/gazetteer/requirements-actors.txt
    python3 Scripts/gazetteer/generate_state_actors.py            # writes the file
    python3 Scripts/gazetteer/generate_state_actors.py --check    # exit 1 if stale
"""
from __future__ import annotations

import argparse
import importlib.metadata
import re
import sys
import unicodedata
from pathlib import Path

import pycountry

PYCOUNTRY_VERSION = "26.2.16"
REPO_ROOT = Path(__file__).resolve().parents[2]
OUTPUT = REPO_ROOT / "Gazetteers" / "actors-states.tsv"
COLUMNS = ["id", "name", "aliases", "type", "country", "member_of", "sponsor", "source", "note"]

# Display name used in the `name` column when pycountry's `name` is not the
# form an English news reader expects (inverted "X, Republic of" forms etc.).
NAME_OVERRIDES = {
    "BO": "Bolivia",
    "BN": "Brunei",
    "CC": "Cocos (Keeling) Islands",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "FK": "Falkland Islands",
    "FM": "Micronesia",
    "GB": "United Kingdom",
    "IR": "Iran",
    "KP": "North Korea",
    "KR": "South Korea",
    "LA": "Laos",
    "MD": "Moldova",
    "MF": "Saint Martin",
    "PS": "Palestine",
    "RU": "Russia",
    "SX": "Sint Maarten",
    "SY": "Syria",
    "TW": "Taiwan",
    "TZ": "Tanzania",
    "US": "United States",
    "VA": "Holy See",
    "VE": "Venezuela",
    "VG": "British Virgin Islands",
    "VI": "United States Virgin Islands",
    "VN": "Vietnam",
}

# pycountry names/official names that are not usable surface forms (inverted
# "X, Y of" forms, parenthesised qualifiers, politically loaded forms).
DROP_NAMES = {
    "Bolivia, Plurinational State of",
    "Cocos (Keeling) Islands",
    "Congo, The Democratic Republic of the",
    "Falkland Islands (Malvinas)",
    "Holy See (Vatican City State)",
    "Iran, Islamic Republic of",
    "Korea, Democratic People's Republic of",
    "Korea, Republic of",
    "Micronesia, Federated States of",
    "Moldova, Republic of",
    "Palestine, State of",
    "Saint Martin (French part)",
    "Sint Maarten (Dutch part)",
    "Taiwan, Province of China",
    "Tanzania, United Republic of",
    "Venezuela, Bolivarian Republic of",
    "Virgin Islands, British",
    "Virgin Islands, U.S.",
    # Ambiguous without the "Republic of" (see the CG/CD rows).
    "Congo",
}

# Additional common English names used by the press. An alias prefixed with
# `=` matches only as written (used where the lower-case form is an ordinary
# English word: turkey, china, chile, jersey, guinea).
EXTRA_ALIASES = {
    "AE": ["UAE", "U.A.E."],
    "BA": ["Bosnia"],
    "BN": ["Brunei"],
    "CC": ["Cocos Islands", "Keeling Islands"],
    "CD": ["Democratic Republic of Congo", "DR Congo", "DRC", "Congo-Kinshasa"],
    "CG": ["Republic of Congo", "Congo-Brazzaville"],
    "CI": ["Ivory Coast"],
    "CL": ["=Chile"],
    "CN": ["=China", "People's Republic of China"],
    "CV": ["Cape Verde"],
    "FK": ["Falklands"],
    "FM": ["Micronesia"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "GN": ["=Guinea"],
    "JE": ["=Jersey"],
    "KP": ["DPRK"],
    "KR": ["Republic of Korea"],
    "LA": ["Lao PDR"],
    "MF": ["Saint Martin", "Saint-Martin"],
    "MM": ["Burma"],
    "MO": ["Macau"],
    "PS": ["Palestine", "State of Palestine"],
    "RU": ["Russia"],
    "SA": ["KSA"],
    "SX": ["Sint Maarten"],
    "SZ": ["Swaziland"],
    "TL": ["East Timor"],
    "TR": ["=Turkey", "Republic of Turkey"],
    "UM": ["U.S. Minor Outlying Islands", "=US Minor Outlying Islands"],
    "US": ["United States of America", "US", "U.S.", "USA", "U.S.A.", "America"],
    "VA": ["Holy See", "Vatican", "Vatican City", "Vatican City State"],
    "VI": ["=US Virgin Islands", "U.S. Virgin Islands"],
    "VN": ["Viet Nam"],
}

# Names whose bare lower-case form is an ordinary English word: the bare name
# is replaced by its `=`-prefixed (case-sensitive) form.
CASE_SENSITIVE_NAMES = {"Turkey", "China", "Chile", "Jersey", "Guinea"}

# ISO 3166-1 entries that are not sovereign states (dependent territories,
# special administrative regions, uninhabited areas) and states with limited
# recognition or UN observer status. Used for the `note` column only.
NON_SOVEREIGN = {
    "AI", "AQ", "AS", "AW", "AX", "BL", "BM", "BQ", "BV", "CC", "CK", "CW",
    "CX", "FK", "FO", "GF", "GG", "GI", "GL", "GP", "GS", "GU", "HK", "HM",
    "IM", "IO", "JE", "KY", "MF", "MO", "MP", "MQ", "MS", "NC", "NF", "NU",
    "PF", "PM", "PN", "PR", "RE", "SH", "SJ", "SX", "TC", "TF", "TK", "UM",
    "VG", "VI", "WF", "YT",
}
SPECIAL_NOTES = {
    "EH": "disputed territory (non-self-governing territory per UN)",
    "PS": "UN non-member observer state; covers the West Bank and Gaza Strip",
    "TW": "state with limited recognition",
    "VA": "UN non-member observer state",
    "CK": "self-governing in free association with New Zealand",
    "NU": "self-governing in free association with New Zealand",
    "CG": "bare 'Congo' is ambiguous between CG and CD and is not aliased",
}


def fold(s: str) -> str:
    s = s.lstrip("=")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.replace("\u2019", "'").casefold()


def clean(s: str) -> str:
    s = s.strip()
    s = re.sub(r"^the ", "", s)  # pycountry: "the State of Palestine"
    return s


def build_rows() -> list[list[str]]:
    rows = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = c.alpha_2
        common = getattr(c, "common_name", None)
        official = getattr(c, "official_name", None)
        name = NAME_OVERRIDES.get(code) or common or c.name
        candidates = [name, c.name, official, common] + EXTRA_ALIASES.get(code, [])
        aliases: list[str] = []
        seen: set[str] = set()
        for cand in candidates:
            if not cand:
                continue
            cand = clean(cand)
            if cand in DROP_NAMES or "(" in cand:
                continue
            if cand in CASE_SENSITIVE_NAMES:
                cand = "=" + cand
            key = cand if cand.startswith("=") else fold(cand)
            # A case-sensitive alias and its folded twin are different keys;
            # a folded alias already covers every casing of itself.
            if key in seen:
                continue
            seen.add(key)
            aliases.append(cand)
        if not aliases:
            raise SystemExit(f"no usable alias for {code} ({c.name})")
        if code in SPECIAL_NOTES:
            note = SPECIAL_NOTES[code]
        elif code in NON_SOVEREIGN:
            note = "territory, not a sovereign state"
        else:
            note = ""
        for field in [name, *aliases, note]:
            if "\t" in field or "|" in field:
                raise SystemExit(f"bad character in {field!r}")
        rows.append([
            f"state:{code}", name, "|".join(aliases), "state", code, "", "",
            f"pycountry-{PYCOUNTRY_VERSION}", note,
        ])
    return rows


HEADER_COMMENT = """\
# actors-states.tsv -- one `state` actor per ISO 3166-1 country.
# GENERATED by Scripts/gazetteer/generate_state_actors.py from pycountry=={version};
# do not edit by hand (edit the script's override tables and re-run it).
# Format: UTF-8, LF, TAB-separated, no quoting; lines starting with # are comments;
# the first non-comment line is the header row. List fields use |. Empty = none.
# Same columns as actors.tsv:
#   id         state:<ISO 3166-1 alpha-2>, e.g. state:IR
#   name       display name (common English short name)
#   aliases    |-separated official and common names of the country (the same
#              names as the place). Capitals are NOT aliased: capital-as-metonym
#              ("Tehran said") is decided in context by the matcher.
#              Alias case rule: matching folds case and diacritics, except that an
#              all-upper-case alias with <= 5 letters (US, UK, DRC) and an alias
#              prefixed with = (=Turkey, =China) match only as written.
#   type       always `state`
#   country    the row's own ISO 3166-1 alpha-2 code
#   member_of  empty (not used for states)
#   sponsor    empty (not used for states)
#   source     pycountry-<version>
#   note       empty for sovereign states; otherwise "territory, not a sovereign
#              state" or a short status note (observer state, disputed, ...)
"""


def render() -> str:
    out = [HEADER_COMMENT.format(version=PYCOUNTRY_VERSION), "\t".join(COLUMNS) + "\n"]
    for row in build_rows():
        out.append("\t".join(row) + "\n")
    return "".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="do not write; exit 1 if the file is stale")
    ap.add_argument("--output", type=Path, default=OUTPUT)
    args = ap.parse_args()
    try:
        installed = importlib.metadata.version("pycountry")
    except importlib.metadata.PackageNotFoundError:
        installed = "unknown"
    if installed != PYCOUNTRY_VERSION:
        print(f"error: pycountry {installed} installed, {PYCOUNTRY_VERSION} required "
              f"(pip install -r {Path(__file__).parent / 'requirements-actors.txt'})", file=sys.stderr)
        return 2
    text = render()
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output}: stale; re-run {Path(__file__).name}", file=sys.stderr)
            return 1
        print(f"{args.output}: up to date")
        return 0
    args.output.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {args.output} ({text.count(chr(10)) - HEADER_COMMENT.count(chr(10)) - 1} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
