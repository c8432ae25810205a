#!/usr/bin/env python3
"""Validate the Salvo lexicon files in Gazetteers/.

Checked files:
    actors.tsv, actors-states.tsv, generic-actors.tsv, sponsor-cues.tsv,
    demonyms.tsv, weapons.tsv, events/triggers.tsv

Every problem is printed as ``file:line: message`` (file relative to the repo
root; line 0 = the file as a whole). Exit status 0 when clean, 1 when problems
were found, 2 on usage errors.

Usage:
    python3 Scripts/gazetteer/validate_lexicons.py [--root REPO_ROOT]

pycountry (see requirements-actors.txt) is optional: with it, the validator
also checks that actors-states.tsv has exactly one row per ISO 3166-1 code;
without it, the set of valid country codes is taken from actors-states.tsv.
"""
from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

# --------------------------------------------------------------------------
# Schema
# --------------------------------------------------------------------------

ACTOR_COLUMNS = ["id", "name", "aliases", "type", "country", "member_of", "sponsor", "source", "note"]
SCHEMAS = {
    "actors.tsv": ACTOR_COLUMNS,
    "actors-states.tsv": ACTOR_COLUMNS,
    "generic-actors.tsv": ["head", "forms", "type", "generic_id", "qualified", "demonym", "note"],
    "sponsor-cues.tsv": ["cue", "forms", "relation", "note"],
    "demonyms.tsv": ["surface", "country", "form", "note"],
    "weapons.tsv": ["class", "aliases", "family", "acled_sub_event_type", "note"],
    "events/triggers.tsv": ["lemma", "forms", "pos", "family", "event_type", "sub_event_type", "anchor", "note"],
}
LIST_FIELDS = {
    "actors.tsv": {"aliases", "member_of", "sponsor"},
    "actors-states.tsv": {"aliases", "member_of", "sponsor"},
    "generic-actors.tsv": {"forms"},
    "sponsor-cues.tsv": {"forms"},
    "demonyms.tsv": set(),
    "weapons.tsv": {"aliases"},
    "events/triggers.tsv": {"forms"},
}
# Fields that may be empty (all others are required).
OPTIONAL_FIELDS = {
    "actors.tsv": {"aliases", "country", "member_of", "sponsor", "note"},
    "actors-states.tsv": {"member_of", "sponsor", "note"},
    "generic-actors.tsv": {"note"},
    "sponsor-cues.tsv": {"note"},
    "demonyms.tsv": {"country", "note"},
    "weapons.tsv": {"acled_sub_event_type", "note"},
    "events/triggers.tsv": {"event_type", "sub_event_type", "anchor", "note"},
}

ACTOR_TYPES = {"nonstate_armed", "state_military", "state", "government", "igo",
               "media", "think_tank", "ngo", "coalition"}
GENERIC_TYPES = ACTOR_TYPES - {"state"}
DEMONYM_FORMS = {"adjective", "singular", "plural", "attributive"}
WEAPON_FAMILIES = {"air", "missile", "artillery", "explosive", "ground", "naval", "other"}
WEAPON_ACLED = {"Air/drone strike", "Shelling/artillery/missile attack",
                "Remote explosive/landmine/IED", "Suicide bomb", "Armed clash",
                "Grenade", "Chemical weapon"}
TRIGGER_POS = {"verb", "noun"}
TRIGGER_FAMILIES = {"attack", "interception", "claim", "threat"}
# ACLED event types and their sub-event types (verbatim, ACLED codebook).
ACLED = {
    "Battles": {"Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack",
                                   "Abduction/forced disappearance"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
    "Protests": {"Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
}
SPONSOR_RELATIONS = {"sponsor", "leader"}
MIN_ACTORS = 120
MIN_TRIGGER_LEMMAS = 60

# Plain common nouns that must never be actor aliases (compared after folding).
COMMON_NOUNS = {
    "militia", "militias", "rebel", "rebels", "government", "governments", "army",
    "military", "forces", "force", "troops", "soldiers", "coalition", "resistance",
    "group", "groups", "faction", "factions", "fighters", "militants", "insurgents",
    "authorities", "officials", "administration", "regime", "navy", "air force",
    "police", "proxies", "proxy", "the resistance", "security forces", "terrorists",
}
# Capitals are metonyms decided in context; never aliases.
CAPITALS = {
    "washington", "tehran", "jerusalem", "tel aviv", "baghdad", "beirut", "damascus",
    "sanaa", "sana'a", "amman", "riyadh", "cairo", "ankara", "moscow", "london",
    "paris", "berlin", "beijing", "doha", "abu dhabi", "muscat", "kuwait city",
    "manama", "kabul", "islamabad", "kyiv", "kiev", "brussels", "white house",
    "kremlin", "ramallah", "gaza",
}
# Religious / sectarian adjectives and movement names: not demonyms.
NOT_DEMONYMS = {
    "shiite", "shi'ite", "shia", "shi'a", "shiites", "shi'ites", "sunni", "sunnis",
    "alawite", "alawites", "druze", "jewish", "jews", "muslim", "muslims", "christian",
    "christians", "yazidi", "yazidis", "houthi", "houthis", "zionist", "zionists",
    "islamist", "islamists", "salafi", "salafist",
}
# ISO codes for which no demonym row is required (no established English
# demonym, or the demonym is shared with another country and assigned there).
DEMONYM_EXEMPT = {
    "AQ": "Antarctica: no population",
    "BL": "Saint Barthelemy: no common English demonym",
    "BQ": "Caribbean Netherlands: no common English demonym",
    "BV": "Bouvet Island: uninhabited",
    "CG": "'Congolese' is assigned to CD",
    "DM": "'Dominican' is assigned to DO",
    "GG": "Guernsey: no common English demonym",
    "GS": "South Georgia: no permanent population",
    "HM": "Heard Island: uninhabited",
    "IO": "British Indian Ocean Territory: no permanent population",
    "JE": "Jersey: no common English demonym",
    "MF": "Saint Martin: no common English demonym",
    "PM": "Saint Pierre and Miquelon: no common English demonym",
    "SJ": "Svalbard and Jan Mayen: no common English demonym",
    "SX": "Sint Maarten: no common English demonym",
    "TF": "French Southern Territories: no permanent population",
    "UM": "US Minor Outlying Islands: no permanent population",
}

ALLOW_RE = re.compile(r"^#\s*allow-shared-alias:\s*(?P<alias>.+?)\s*->\s*(?P<ids>\S+)\s*$")
ACTOR_ID_RE = re.compile(r"^actor:[a-z0-9]+(?:-[a-z0-9]+)*$")
STATE_ID_RE = re.compile(r"^state:[A-Z]{2}$")
GENERIC_ID_RE = re.compile(r"^generic:[a-z]+(?:-[a-z]+)*$")
BARE_NUMBER_RE = re.compile(r"^[\d.,\s/-]+$")


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------

def fold(s: str) -> str:
    """Case- and diacritic-folded form (the matcher's folding), '=' stripped."""
    s = strip_eq(s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    return s.casefold()


def strip_eq(s: str) -> str:
    return s[1:] if s.startswith("=") else s


def is_protected(alias: str) -> bool:
    """True if the alias matches only as written (case rule of the format)."""
    if alias.startswith("="):
        return True
    letters = [ch for ch in alias if ch.isalpha()]
    return bool(letters) and len(letters) <= 5 and all(ch.isupper() for ch in letters)


def collide(a: str, b: str) -> bool:
    """Would aliases a and b match the same text?"""
    if fold(a) != fold(b):
        return False
    if is_protected(a) and is_protected(b):
        return strip_eq(a) == strip_eq(b)
    return True


class Problems:
    def __init__(self) -> None:
        self.items: list[tuple[str, int, str]] = []

    def add(self, file: str, line: int, msg: str) -> None:
        self.items.append((file, line, msg))

    def __len__(self) -> int:
        return len(self.items)


class Row:
    __slots__ = ("line", "f")

    def __init__(self, line: int, fields: dict[str, str]):
        self.line = line
        self.f = fields

    def __getitem__(self, key: str) -> str:
        return self.f[key]

    def items(self, key: str) -> list[str]:
        v = self.f[key]
        return v.split("|") if v else []


class Table:
    def __init__(self, name: str, rel: str):
        self.name = name
        self.rel = rel
        self.rows: list[Row] = []
        self.comments: list[tuple[int, str]] = []
        self.ok = False


def read_table(root: Path, name: str, P: Problems) -> Table:
    rel = f"Gazetteers/{name}"
    t = Table(name, rel)
    path = root / rel
    if not path.exists():
        P.add(rel, 0, "file missing")
        return t
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        P.add(rel, 0, f"not valid UTF-8 ({e})")
        return t
    if text.startswith("\ufeff"):
        P.add(rel, 1, "byte-order mark not allowed")
        text = text[1:]
    if "\r" in text:
        P.add(rel, 0, "CR characters found: line endings must be LF")
    if text and not text.endswith("\n"):
        P.add(rel, 0, "file must end with a newline")
    cols = SCHEMAS[name]
    lists = LIST_FIELDS[name]
    optional = OPTIONAL_FIELDS[name]
    header_seen = False
    comment_before_header = False
    for lineno, line in enumerate(text.split("\n"), start=1):
        if line == "" and lineno == text.count("\n") + 1:
            break  # after the final newline
        line = line.rstrip("\r")
        if line.startswith("#"):
            t.comments.append((lineno, line))
            if not header_seen:
                comment_before_header = True
            continue
        if line.strip() == "":
            P.add(rel, lineno, "blank line (use a # comment line instead)")
            continue
        fields = line.split("\t")
        if not header_seen:
            header_seen = True
            if not comment_before_header:
                P.add(rel, lineno, "header comment documenting the columns is missing")
            if fields != cols:
                P.add(rel, lineno, f"header row must be {'<TAB>'.join(cols)!r}, got {'<TAB>'.join(fields)!r}")
                return t
            continue
        if len(fields) != len(cols):
            P.add(rel, lineno, f"expected {len(cols)} columns, found {len(fields)}")
            continue
        rec = dict(zip(cols, fields))
        bad = False
        for col, val in rec.items():
            if val != val.strip():
                P.add(rel, lineno, f"{col}: leading/trailing whitespace")
            if not val and col not in optional:
                P.add(rel, lineno, f"{col}: required field is empty")
                bad = True
            if col in lists:
                if val:
                    parts = val.split("|")
                    for p in parts:
                        if p == "":
                            P.add(rel, lineno, f"{col}: empty list item (stray |)")
                        elif p != p.strip():
                            P.add(rel, lineno, f"{col}: whitespace around list item {p!r}")
                        elif p == "=":
                            P.add(rel, lineno, f"{col}: bare '=' item")
                    seen = set()
                    for p in parts:
                        if p in seen:
                            P.add(rel, lineno, f"{col}: item {p!r} listed twice")
                        seen.add(p)
            elif "|" in val:
                P.add(rel, lineno, f"{col}: '|' not allowed in a non-list field")
        if not bad:
            t.rows.append(Row(lineno, rec))
    if not header_seen:
        P.add(rel, 0, "no header row")
        return t
    t.ok = True
    return t


def check_alias_text(P: Problems, rel: str, line: int, col: str, alias: str) -> None:
    a = strip_eq(alias)
    if BARE_NUMBER_RE.match(a):
        P.add(rel, line, f"{col}: bare number {alias!r} not allowed")
    letters = [ch for ch in a if ch.isalpha()]
    if not is_protected(alias) and len(letters) <= 3 and len(a.replace(" ", "")) <= 4:
        P.add(rel, line, f"{col}: short alias {alias!r} must be upper-case or =-prefixed")
    first = a.split(" ", 1)[0]
    if " " in a and not is_protected(alias) and first.casefold() in {"us", "is"}:
        P.add(rel, line, f"{col}: {alias!r} would match the word {first.casefold()!r}; prefix it with =")
    if "  " in a:
        P.add(rel, line, f"{col}: double space in {alias!r}")


def check_unique_surfaces(P: Problems, rel: str, entries: list[tuple[str, int, str]], what: str,
                          allowed: dict[str, set[str]] | None = None,
                          within_owner_ok: bool = False) -> None:
    """entries: (surface, line, owner). Reports colliding surfaces owned by different owners."""
    by_fold: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    for surface, line, owner in entries:
        by_fold[fold(surface)].append((surface, line, owner))
    for key, group in by_fold.items():
        for i in range(len(group)):
            for j in range(i + 1, len(group)):
                (sa, la, oa), (sb, lb, ob) = group[i], group[j]
                if not collide(sa, sb):
                    continue
                if oa == ob:
                    if within_owner_ok:
                        continue
                    if is_protected(sa) != is_protected(sb):
                        continue  # redundant protected + folded twin: harmless
                    P.add(rel, lb, f"{what} {sb!r} duplicates {sa!r} of the same entry")
                    continue
                if allowed is not None and {oa, ob} <= allowed.get(key, set()):
                    continue
                P.add(rel, lb, f"{what} {sb!r} ({ob}) collides with {sa!r} ({oa}, line {la})")


# --------------------------------------------------------------------------
# Per-file checks
# --------------------------------------------------------------------------

def iso_codes_from_pycountry() -> set[str] | None:
    try:
        import pycountry  # type: ignore
    except ImportError:
        return None
    return {c.alpha_2 for c in pycountry.countries}


def check_actors(P: Problems, actors: Table, states: Table, iso: set[str],
                 generic_forms: dict[str, str], demonym_surfaces: dict[str, str]) -> None:
    ids: dict[str, tuple[str, int]] = {}
    rows: list[tuple[Table, Row]] = [(states, r) for r in states.rows] + [(actors, r) for r in actors.rows]
    for t, r in rows:
        i = r["id"]
        if i in ids:
            f, ln = ids[i]
            P.add(t.rel, r.line, f"duplicate id {i!r} (first at {f}:{ln})")
        else:
            ids[i] = (t.rel, r.line)

    # allow-list for shared aliases (in actors.tsv comments)
    allowed: dict[str, set[str]] = defaultdict(set)
    allow_lines: list[tuple[int, str, list[str]]] = []
    for ln, c in actors.comments:
        m = ALLOW_RE.match(c)
        if not m:
            if re.match(r"^#\s*allow-shared-alias", c):
                P.add(actors.rel, ln, "malformed allow-shared-alias comment (expected '# allow-shared-alias: ALIAS -> ID|ID')")
            continue
        alias, idlist = m.group("alias"), m.group("ids").split("|")
        if len(idlist) < 2:
            P.add(actors.rel, ln, "allow-shared-alias needs at least two ids")
        for i in idlist:
            if i not in ids:
                P.add(actors.rel, ln, f"allow-shared-alias: unknown id {i!r}")
        allowed[fold(alias)].update(idlist)
        allow_lines.append((ln, alias, idlist))

    parents: dict[str, list[str]] = {}
    alias_entries: list[tuple[str, int, str]] = []
    alias_file: dict[str, str] = {}
    for t, r in rows:
        rel, ln, rid = t.rel, r.line, r["id"]
        alias_file[rid] = rel
        is_state_file = t is states
        if is_state_file:
            if not STATE_ID_RE.match(rid):
                P.add(rel, ln, f"id {rid!r} must be state:<ISO2>")
            elif rid[6:] != r["country"]:
                P.add(rel, ln, f"country {r['country']!r} must equal the id's code {rid[6:]!r}")
            if r["type"] != "state":
                P.add(rel, ln, f"type must be 'state' in actors-states.tsv, got {r['type']!r}")
        else:
            if not ACTOR_ID_RE.match(rid):
                P.add(rel, ln, f"id {rid!r} must be actor:<kebab-slug>")
            if r["type"] == "state":
                P.add(rel, ln, "type 'state' belongs in actors-states.tsv")
            if r["source"] != "manual":
                P.add(rel, ln, f"source should be 'manual' for hand-made rows, got {r['source']!r}")
        if r["type"] not in ACTOR_TYPES:
            P.add(rel, ln, f"type {r['type']!r} not one of {sorted(ACTOR_TYPES)}")
        c = r["country"]
        if c and c not in iso:
            P.add(rel, ln, f"country {c!r} is not an ISO 3166-1 alpha-2 code")
        if not c and r["type"] not in {"igo", "coalition"} and not r["note"]:
            P.add(rel, ln, "country is empty: explain why in note")
        for col in ("member_of", "sponsor"):
            for ref in r.items(col):
                if ref == rid:
                    P.add(rel, ln, f"{col}: refers to itself")
                elif ref not in ids:
                    P.add(rel, ln, f"{col}: unknown id {ref!r}")
        if r["name"].startswith("="):
            P.add(rel, ln, "name must not carry the '=' prefix (aliases only)")
        parents[rid] = [p for p in r.items("member_of") if p in ids]
        generic = "(generic)" in r["note"]
        aliases = r.items("aliases")
        if generic and aliases:
            P.add(rel, ln, "generic row (note contains '(generic)') must have no aliases")
        if not generic and not aliases:
            P.add(rel, ln, "aliases empty (only generic rows may have none)")
        for a in aliases:
            check_alias_text(P, rel, ln, "aliases", a)
            fa = fold(a)
            if fa in COMMON_NOUNS:
                P.add(rel, ln, f"aliases: plain common noun {a!r} not allowed")
            if fa in CAPITALS:
                P.add(rel, ln, f"aliases: capital/metonym {a!r} not allowed (decided in context)")
            if fa in generic_forms:
                P.add(rel, ln, f"aliases: {a!r} is a generic head form ({generic_forms[fa]}) in generic-actors.tsv")
            if fa in demonym_surfaces and not is_state_file:
                P.add(rel, ln, f"aliases: {a!r} is a demonym ({demonym_surfaces[fa]})")
            alias_entries.append((a, ln, rid))

    # alias collisions across both files (reported in the later file)
    by_fold: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    for a, ln, owner in alias_entries:
        by_fold[fold(a)].append((a, ln, owner))
    used_allow: set[str] = set()
    for key, group in by_fold.items():
        for i in range(len(group)):
            for j in range(i + 1, len(group)):
                (sa, la, oa), (sb, lb, ob) = group[i], group[j]
                if not collide(sa, sb):
                    continue
                if oa == ob:
                    # A lower-case variant is meaningful: the matcher requires an alias's
                    # capitalized first word to be capitalized in the text, so "axis of
                    # resistance" finds what "Axis of Resistance" does not.
                    if is_protected(sa) == is_protected(sb) and sa == sb:
                        P.add(alias_file[ob], lb, f"aliases: {sb!r} duplicates {sa!r} in the same entry")
                    continue
                if {oa, ob} <= allowed.get(key, set()):
                    used_allow.add(key)
                    continue
                P.add(alias_file[ob], lb,
                      f"aliases: {sb!r} ({ob}) is shared with {sa!r} ({oa}, {alias_file[oa]}:{la}); "
                      f"add '# allow-shared-alias: {strip_eq(sb)} -> {oa}|{ob}' to actors.tsv if intended")
    for ln, alias, _ in allow_lines:
        if fold(alias) not in used_allow:
            P.add(actors.rel, ln, f"allow-shared-alias for {alias!r} is not needed (no such shared alias)")

    # member_of cycles
    state: dict[str, int] = {}

    def visit(n: str, stack: list[str]) -> None:
        state[n] = 1
        for p in parents.get(n, []):
            if state.get(p) == 1:
                cyc = stack[stack.index(p):] + [p] if p in stack else [n, p]
                f, ln = ids[n]
                P.add(f, ln, "member_of cycle: " + " -> ".join(cyc))
            elif state.get(p) is None:
                visit(p, stack + [p])
        state[n] = 2

    for n in parents:
        if state.get(n) is None:
            visit(n, [n])

    n_actors = len(actors.rows)
    if actors.ok and n_actors < MIN_ACTORS:
        P.add(actors.rel, 0, f"only {n_actors} entries; at least {MIN_ACTORS} required")

    # ISO coverage of actors-states.tsv
    py_iso = iso_codes_from_pycountry()
    if py_iso is not None and states.ok:
        have = {r["id"][6:] for r in states.rows if STATE_ID_RE.match(r["id"])}
        for code in sorted(py_iso - have):
            P.add(states.rel, 0, f"missing state row for ISO code {code}")
        for r in states.rows:
            if STATE_ID_RE.match(r["id"]) and r["id"][6:] not in py_iso:
                P.add(states.rel, r.line, f"{r['id']} is not an ISO 3166-1 code")


def check_demonyms(P: Problems, t: Table, iso: set[str]) -> dict[str, str]:
    entries = []
    covered: set[str] = set()
    out: dict[str, str] = {}
    for r in t.rows:
        s, c, form = r["surface"], r["country"], r["form"]
        check_alias_text(P, t.rel, r.line, "surface", s)
        if form not in DEMONYM_FORMS:
            P.add(t.rel, r.line, f"form {form!r} not one of {sorted(DEMONYM_FORMS)}")
        if c:
            if c not in iso:
                P.add(t.rel, r.line, f"country {c!r} is not an ISO 3166-1 alpha-2 code")
            covered.add(c)
        elif "ethnic" not in r["note"]:
            P.add(t.rel, r.line, "empty country needs a note such as 'ethnic, not a state'")
        if fold(s) in NOT_DEMONYMS:
            P.add(t.rel, r.line, f"{s!r} is a religious/sectarian or movement word, not a demonym")
        entries.append((s, r.line, f"line {r.line}"))
        out[fold(s)] = f"demonyms.tsv:{r.line}"
    check_unique_surfaces(P, t.rel, entries, "surface")
    if t.ok:
        for code in sorted(iso - covered - set(DEMONYM_EXEMPT)):
            P.add(t.rel, 0, f"no demonym for ISO code {code} (add one or list it in DEMONYM_EXEMPT with a reason)")
    return out


def check_weapons(P: Problems, t: Table) -> None:
    classes: dict[str, int] = {}
    entries = []
    for r in t.rows:
        cls = r["class"]
        if cls in classes:
            P.add(t.rel, r.line, f"duplicate class {cls!r} (first at line {classes[cls]})")
        classes.setdefault(cls, r.line)
        if r["family"] not in WEAPON_FAMILIES:
            P.add(t.rel, r.line, f"family {r['family']!r} not one of {sorted(WEAPON_FAMILIES)}")
        ac = r["acled_sub_event_type"]
        if ac and ac not in WEAPON_ACLED:
            P.add(t.rel, r.line, f"acled_sub_event_type {ac!r} not one of {sorted(WEAPON_ACLED)}")
        for a in r.items("aliases"):
            check_alias_text(P, t.rel, r.line, "aliases", a)
            entries.append((a, r.line, cls))
    check_unique_surfaces(P, t.rel, entries, "alias")


def check_triggers(P: Problems, t: Table) -> None:
    keys: dict[tuple[str, str], int] = {}
    entries_by_pos: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    lemmas = set()
    for r in t.rows:
        lemma, pos, fam, et, st = r["lemma"], r["pos"], r["family"], r["event_type"], r["sub_event_type"]
        lemmas.add(lemma)
        k = (lemma, pos)
        if k in keys:
            P.add(t.rel, r.line, f"duplicate lemma {lemma!r} with pos {pos!r} (first at line {keys[k]})")
        keys.setdefault(k, r.line)
        if pos not in TRIGGER_POS:
            P.add(t.rel, r.line, f"pos {pos!r} not one of {sorted(TRIGGER_POS)}")
        if fam not in TRIGGER_FAMILIES:
            P.add(t.rel, r.line, f"family {fam!r} not one of {sorted(TRIGGER_FAMILIES)}")
        if et and et not in ACLED:
            P.add(t.rel, r.line, f"event_type {et!r} is not an ACLED event type")
        if st:
            if not et:
                P.add(t.rel, r.line, "sub_event_type set without event_type")
            elif et in ACLED and st not in ACLED[et]:
                P.add(t.rel, r.line, f"sub_event_type {st!r} does not belong to event_type {et!r}")
        for f in r.items("forms"):
            if BARE_NUMBER_RE.match(f):
                P.add(t.rel, r.line, f"forms: bare number {f!r}")
            entries_by_pos[pos].append((f, r.line, f"{lemma}/{pos}"))
    for pos, entries in entries_by_pos.items():
        check_unique_surfaces(P, t.rel, entries, f"{pos} form")
    if t.ok and len(lemmas) < MIN_TRIGGER_LEMMAS:
        P.add(t.rel, 0, f"only {len(lemmas)} lemmas; at least {MIN_TRIGGER_LEMMAS} required")


def check_generic(P: Problems, t: Table) -> dict[str, str]:
    heads: dict[str, int] = {}
    entries = []
    gid_type: dict[str, tuple[str, int]] = {}
    forms: dict[str, str] = {}
    for r in t.rows:
        h = r["head"]
        if h in heads:
            P.add(t.rel, r.line, f"duplicate head {h!r} (first at line {heads[h]})")
        heads.setdefault(h, r.line)
        if r["type"] not in GENERIC_TYPES:
            P.add(t.rel, r.line, f"type {r['type']!r} not one of {sorted(GENERIC_TYPES)}")
        gid = r["generic_id"]
        if not GENERIC_ID_RE.match(gid):
            P.add(t.rel, r.line, f"generic_id {gid!r} must be generic:<kebab-slug>")
        if gid in gid_type and gid_type[gid][0] != r["type"]:
            P.add(t.rel, r.line, f"generic_id {gid!r} has type {r['type']!r} here but "
                                 f"{gid_type[gid][0]!r} at line {gid_type[gid][1]}")
        gid_type.setdefault(gid, (r["type"], r.line))
        if r["qualified"] not in ("yes", "no"):
            P.add(t.rel, r.line, f"qualified {r['qualified']!r} must be yes or no")
        if r["demonym"] not in ("home", "sponsor"):
            P.add(t.rel, r.line, f"demonym {r['demonym']!r} must be home or sponsor")
        for f in r.items("forms"):
            entries.append((f, r.line, h))
            forms[fold(f)] = f"head {h!r}"
    check_unique_surfaces(P, t.rel, entries, "form")
    return forms


def check_cues(P: Problems, t: Table) -> None:
    cues: dict[str, int] = {}
    entries = []
    for r in t.rows:
        c = r["cue"]
        if c in cues:
            P.add(t.rel, r.line, f"duplicate cue {c!r} (first at line {cues[c]})")
        cues.setdefault(c, r.line)
        if r["relation"] not in SPONSOR_RELATIONS:
            P.add(t.rel, r.line, f"relation {r['relation']!r} not one of {sorted(SPONSOR_RELATIONS)}")
        for f in r.items("forms"):
            entries.append((f, r.line, c))
    check_unique_surfaces(P, t.rel, entries, "form")


# --------------------------------------------------------------------------

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[2],
                    help="repository root (default: two levels above this script)")
    args = ap.parse_args()
    root = args.root
    if not (root / "Gazetteers").is_dir():
        print(f"error: {root}/Gazetteers not found", file=sys.stderr)
        return 2

    P = Problems()
    T = {name: read_table(root, name, P) for name in SCHEMAS}

    iso = iso_codes_from_pycountry()
    if iso is None:
        iso = {r["id"][6:] for r in T["actors-states.tsv"].rows if STATE_ID_RE.match(r["id"])}

    generic_forms = check_generic(P, T["generic-actors.tsv"])
    check_cues(P, T["sponsor-cues.tsv"])
    demonym_surfaces = check_demonyms(P, T["demonyms.tsv"], iso)
    check_actors(P, T["actors.tsv"], T["actors-states.tsv"], iso, generic_forms, demonym_surfaces)
    check_weapons(P, T["weapons.tsv"])
    check_triggers(P, T["events/triggers.tsv"])

    order = {f"Gazetteers/{n}": k for k, n in enumerate(SCHEMAS)}
    for file, line, msg in sorted(P.items, key=lambda x: (order.get(x[0], 99), x[1])):
        print(f"{file}:{line}: {msg}")
    if P:
        print(f"{len(P)} problem(s) found", file=sys.stderr)
        return 1
    counts = ", ".join(f"{n}: {len(T[n].rows)} rows" for n in SCHEMAS)
    print(f"OK ({counts})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
