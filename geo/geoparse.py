"""Find and resolve every place named in a text.

Text in, :class:`geo.records.Mention` records out. Names are found with the gazetteer's
Aho-Corasick matcher (whole words, case- and accent-insensitive), filtered by capitalisation,
then resolved with evidence: feature type and population, the countries and provinces the
same article names, "Town, Province" pairs and words such as "province". A name that looks
like a place but cannot be told apart from its namesakes, or is not in the gazetteer, is
returned unresolved (``lat``/``lon`` None).
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from geo import settings
from geo.errors import InputError
from geo.gazetteer import Gazetteer, distance_km, load
from geo.lexicon import lexicon
from geo.normalize import fold_name
from geo.person_names import (
    arabic_article,
    arabic_articles,
    in_venue_name,
    person_cue,
    person_cues,
    surname_after,
    vessel_names,
)
from geo.records import Mention
from geo.refine import named_parts, not_place_words, sites_by_offset
from geo.roles import dateline_span, mention_role
from geo.sentences import is_sentence_start

__all__ = ["DIRECTION_WORDS", "REGION_KM", "SITE_KM", "geoparse"]

#: Compass words that stand before place names ("northern Iraq", "North Waziristan").
DIRECTION_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}
)
_STOP_BEFORE = DIRECTION_WORDS | {
    "the",
    "in",
    "at",
    "of",
    "from",
    "to",
    "near",
    "and",
    "or",
    "for",
    "on",
    "by",
    "with",
    "a",
    "an",
    "as",
    "but",
    "than",
    "into",
    "across",
    "greater",
    "upper",
    "lower",
    "old",
    "new",
    "said",
    "says",
    "outside",
    "inside",
    "via",
    "both",
    "between",
    "against",
    "over",
    "under",
    "while",
    "when",
    "after",
    "before",
    "since",
    "until",
    "during",
    "including",
    "like",
}
_PLACE_TYPE_WORDS = {
    "airport",
    "province",
    "governorate",
    "city",
    "county",
    "district",
    "region",
    "state",
    "base",
    "air",
    "airbase",
    "camp",
    "street",
    "road",
    "square",
    "bridge",
    "river",
    "valley",
    "port",
    "harbour",
    "harbor",
    "bay",
    "island",
    "islands",
    "mountains",
    "plain",
    "desert",
    "oblast",
    "prefecture",
    "international",
    "central",
    "north",
    "south",
    "east",
    "west",
}
_ADMIN_NOUNS = r"province|governorate|state|region|district|oblast|prefecture|county"
_ADMIN_WORD = re.compile(rf"^\s+(?:{_ADMIN_NOUNS})\b", re.I)
#: A list of names ending in the plural noun of provinces: each is a province ("the Kharkiv,
#: Zaporizhzhia and Khmelnytskyi regions").
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
_ADMIN_PLURALS = "|".join(
    n[:-1] + "ies" if n.endswith("y") else n + "s" for n in _ADMIN_NOUNS.split("|")
)
_ADMIN_LIST = re.compile(rf"^(?:\s*,\s*{_NAME})*(?:,?\s+and\s+{_NAME})?\s+(?:{_ADMIN_PLURALS})\b")
#: The same nouns before the names: "the provinces of Latakia and Tartus", "the province of X".
_ADMIN_BEFORE = re.compile(
    rf"\b(?i:{_ADMIN_NOUNS}|{_ADMIN_PLURALS})\s+of\s+(?:{_NAME}(?:\s*,|,?\s+and)\s+){{0,4}}$"
)


#: A capitalised name right before: "Mezzeh " in "the Mezzeh district of".
_NAME_ENDS = re.compile(r"\b(?!The\b)[A-Z][\w'’-]*\s+$")


def _admin_before(text: str, start: int) -> bool:
    """Whether "the provinces of" stands before the name at ``start`` (a cheap look for the
    nouns first: most names have none before them)."""
    window = text[max(0, start - 90) : start]
    if " of " not in window:
        return False
    low = window.lower()
    if not any(noun[:5] in low for noun in _ADMIN_NOUNS.split("|")):
        return False
    m = _ADMIN_BEFORE.search(text, max(0, start - 90), start)
    # "the Mezzeh district of Damascus": the noun is the name's before it, not Damascus's
    return m is not None and not _NAME_ENDS.search(text, max(0, m.start() - 40), m.start())


#: A title's dot and the capitalised name or title after it ("Brig. Gen.", "Det.-Sgt.").
_TITLE_DOT = re.compile(r"\.(?:\s+|-)[A-Z]")
#: Right before a name, these make it a place even when the article also uses it for a person.
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|from|near|outside|around|across)\s+$", re.I)
#: A name ending in a lowercase "city"/"town" followed by "of <Name>" describes that name:
#: "the Gaza city of Khan Younis", "the Iraqi town of Hit".
#: Nouns of a settlement: "Kobani city", "the town of Elbe", "the Gaza city of Khan Younis".
_TOWN_NOUNS = "city|town|village"
_DESCRIBED_TOWN = re.compile(rf"\s(?:{_TOWN_NOUNS})$")
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
#: The words of an Arabic name before another of its words: "al-Qard al-" before "Hassan".
_ARABIC_NAME_BEFORE = re.compile(r"\b[Aa][lr]-[A-Z][\w'’]*\s+[Aa][lr]-$")
#: A town this populous keeps its old and foreign names anywhere ("Bombay", "Peking").
_FAMOUS_TOWN = 500_000
#: Farther than this from every country a story names, a town needs its own name.
_FAR_KM = 2000.0
#: A region of no one country (Kashmir, the Sahel) holds the towns named with it this near its
#: point: its shape is not at hand while reading, and a region is seldom named beside a town
#: far outside it ("Baramulla in Kashmir"; "troops in Kashmir ... in the Kulgam district").
REGION_KM = 1000.0
# "Town in Province", "Dutse village in Kaduna state", "the Taftan area of Sistan-Baluchestan
# province"
_IN_PROVINCE = re.compile(
    rf"\s+(?:(?:{_TOWN_NOUNS})\s+)?(?:in|(?:area|district|region|county)\s+of)\s+(?:the\s+)?",
    re.I,
)
_CITY_WORD = re.compile(rf"^\s+(?:{_TOWN_NOUNS})\b", re.I)
#: Between a quarter and its town: "Kola district of central Beirut", "the Mezzeh area of".
_PART_OF_TOWN = re.compile(
    r"\s+(?:district|neighbourhood|neighborhood|suburb|area|quarter)\s+of\s+(?:the\s+)?"
    rf"(?:(?:{'|'.join(sorted(DIRECTION_WORDS))})\s+)?",
    re.I,
)
#: Before a name: "the" or another capitalised word of a run of names.
_IN_NAME_RUN = re.compile(r"(?:\b[Tt]he|[A-Z][\w'’-]*)\s+$")
#: A site or quarter named with a town lies this near the town's point ("a base south of
#: Baghdad", "the Kola district of central Beirut"); Tel Nof air base, 60 km from Nevatim, is
#: not Nevatim's.
SITE_KM = 50.0
_CITY_BEFORE = re.compile(rf"(?:{_TOWN_NOUNS}) of\s+$", re.I)
_UNKNOWN_PLACE = re.compile(
    r"(?:\b(?:in|near|outside|around|town of|city of|village of|province of|district of|"
    r"governorate of|region of|suburb of|outskirts of)\s+)"
    r"(?P<name>(?:(?:al|el|as|ash|ad|an|ar|at|az)-)?[A-Z][\w'’]+(?:[ -](?:(?:al|el|as|ash|ad|an|ar|at|az)-)?[A-Z][\w'’]+){0,3})"
    r"|(?P<name2>(?:(?:al|el)-)?[A-Z][\w'’]+(?:[ -](?:(?:al|el)-)?[A-Z][\w'’]+){0,2})\s+(?:province|governorate|district)\b"
)

_MONTH_DAY = re.compile(
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\.?\s+\d"
)

#: Ambiguity: the best candidate must lead the runner-up by this much unless both are close.
_MIN_MARGIN = 0.5
_NEAR_KM = 100.0
#: A city candidate this weak (population under ~1,000 and no context) is not guessed.
_MIN_SCORE = 3.0
#: A town smaller than this needs evidence of its own to be chosen: its province named, a
#: "Town, Province" pair, "town of", or a place within 150 km named nearby. That its country is
#: named is not enough: a large country has thousands of small towns named like people and
#: words ("Kelly", "Centre", "Church"), and news names the country for other reasons.
_SMALL_TOWN = 5000
#: Zipf frequency from which a small town's name is also a word or a person's name ("Kelly",
#: "Rowley", "Sutton"): with no evidence of its own, such a town is not guessed.
_WORDLIKE = 3.0
#: Zipf frequency from which a small town's name is a common English word ("Church", "Section",
#: "Jack"): a preposition before it is then no evidence.
_COMMON_WORD = 4.5
#: A town named by a very common word, in a country the article does not name, needs evidence
#: of its own up to this many people ("Liberal", Kansas; "Union", New Jersey).
_COMMON_TOWN = 100_000
#: Zipf frequency from which a name is a word in everyday use ("Liberation", "Arab"): a town
#: of fewer people than ``_WORDY_TOWN`` so named, in a country the article does not name, needs
#: evidence of its own too, when it stands inside a longer name or after "the" ("the Front for
#: the Liberation of Palestine", "al-Ahli Arab hospital"; not "shelled Sake").
_WORDY = 3.8
_WORDY_TOWN = 20_000
#: Zipf frequency above which a province's name is read as the English word where a common
#: word is likely (sentence start, title line, inside a longer name): "More", "Federal", "Store"
#: (not "Montana" or "Michigan", which are rarer as words).
_VERY_COMMON = 5.0


@dataclass
class _Span:
    start: int
    end: int
    key_idx: int
    cands: list[tuple[int, str]]  # (place row, kind)
    scores: dict[int, float] = field(default_factory=dict)
    best: int | None = None
    resolved: bool = False
    cues: _Cues | None = None  # set by the first scoring pass
    kinds: tuple[tuple[int, int], dict[int, str]] | None = None  # cache of _kinds


def _is_title_line(text: str, start: int) -> bool:
    """Whether the line holding ``start`` is a headline in Title Case."""
    lo = max(0, start - 200)
    ls = text.rfind("\n", lo, start) + 1 or lo
    le = text.find("\n", start, start + 200)
    if (ls == lo and lo > 0) or (le < 0 and start + 200 < len(text)):
        return False  # a line longer than a headline
    line = text[ls : le if le >= 0 else len(text)]
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 4 or len(line) > 200:
        return False
    caps = sum(w[0].isupper() for w in words)
    return caps / len(words) > 0.6


def _in_proper_phrase(text: str, start: int, end: int) -> bool:
    """Whether the span touches another capitalised word ("Washington University", "March Madness")."""
    before = re.search(r"([A-Z][\w'’-]*)\s$", text[max(0, start - 30) : start])
    after = re.match(r"\s([A-Z][\w'’-]*)", text[end : end + 30])
    if before and before.group(1).lower() in _STOP_BEFORE:
        before = None  # "Near Hit,", "In Mosul": a capitalised preposition, not a name
    return bool(before or after)


def _prev_word(text: str, start: int) -> str:
    m = re.search(r"([\w'’.-]+)\s+$", text[max(0, start - 40) : start])
    return m.group(1) if m else ""


@lru_cache(maxsize=1)
def _article_run_on() -> re.Pattern:
    """An Arabic article and a capitalised word right after a name: the name goes on ("Tal
    Abyad al-Gharbi", "Hammam al-Alil" read as far as "Hammam")."""
    return re.compile(rf"(?:\s+(?:{arabic_articles()})-[A-Z][\w'’-]*)+")


def _candidates(
    gaz: Gazetteer, text: str, start: int, end: int, key_idx: int
) -> list[tuple[int, str]]:
    """Candidates of a raw match that survive capitalisation and common-word checks."""
    surface = text[start:end]
    if _MONTH_DAY.match(text, start):
        return []  # "Nov. 1, 2017": a date, not Nov in Tajikistan
    if fold_name(surface) in lexicon().table_phrases("weapons"):
        return []  # "a Tomahawk missile", "Storm Shadow": a weapon, not Tomahawk, Wisconsin
    if _DESCRIBED_TOWN.search(surface) and _OF_NAME.match(text, end):
        return []  # "the southern Gaza city of Khan Younis": Khan Younis, not Gaza City
    if text[start - 1 : start] == "-" and _ARABIC_NAME_BEFORE.search(
        text, max(0, start - 30), start
    ):
        return []  # "al-Qard al-Hassan": the end of a longer Arabic name, not Hassan in India
    # (an Arabic article in lower case opens a capitalised name: "al-Qaim", "el-Fasher")
    lower_article = arabic_article().match(surface)
    if lower_article and surface[lower_article.end() : lower_article.end() + 1].isupper():
        surface = surface[lower_article.end() :]
    first = next((c for c in surface if c.isalpha()), "")
    latin = first.isascii() or "LATIN" in unicodedata.name(first, "")
    if latin and not first.isupper():
        return []
    cands = []
    names = gaz.names_text
    feature = gaz.columns["feature"]
    risky = None
    acronym = surface.isupper() and len(surface) <= 5 and not _is_dateline_word(text, start, end)
    words = surface.split()
    for row, kind, common, name_i in gaz.candidates(key_idx):
        if kind == "abbrev":
            alias = names[name_i]
            if text[start : start + len(alias)] != alias:
                continue
            if "$" in text[max(0, start - 1) : start] + text[end : end + 1]:
                continue  # "US$11 million", "$US 15 billion": a currency
            if feature[row] != "country" and re.search(r"\d\s*$", text[max(0, start - 6) : start]):
                continue  # "500 B.C.", "6 Mo.": an era or a unit after a number (not "3,000 U.S.")
            if (
                feature[row] == "admin1"
                and alias.endswith(".")
                and alias.count(".") == 1  # "Mass.", "Calif."; not "D.C.", "B.C."
                and not _AFTER_TOWN.search(text, max(0, start - 40), start)
            ):
                continue  # "during Mass.": a state's abbreviation follows a town ("Boston, Mass.")
        elif acronym and not names[name_i].isupper():
            continue  # "HIV", "SUV", "AMLO": an acronym, not a town spelled Hīv or Amloh
        elif len(words) > 1 and words[0] == "The" and _case_differs(words, names[name_i]):
            continue  # "The city" is not "The City" (of London), "The village" not The Village
        elif common:
            if risky is None:
                risky = (
                    is_sentence_start(text, start)
                    or _is_title_line(text, start)
                    or surface.lower() in not_place_words()
                    or _in_proper_phrase(text, start, end)
                )
            if risky and (
                feature[row] == "city"
                or (feature[row] == "admin1" and gaz.word_frequency(key_idx) >= _VERY_COMMON)
            ):
                continue  # "More than ...", "Federal Trade Commission": the word, not Møre
            if feature[row] == "city" and not surface[1:].islower() and not surface.istitle():
                continue
        cands.append((row, kind))
    if any(feature[r] == "country" and k == "name" for r, k in cands):
        # a country's own name is never a town's alternate one ("Iraq", an old name of Arak)
        cands = [(r, k) for r, k in cands if not (k == "alt" and feature[r] == "city")]
    return cands


_AFTER_TOWN = re.compile(r"[A-Z][\w.'’-]*,\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:\(|,|[-–—])")


def _is_dateline_word(text: str, start: int, end: int) -> bool:
    """Whether an upper-case word opens a line as a dateline ("HOUSTON (AP) -", "GAZA, Oct 9")
    or stands in a line written in capitals ("MARINE ENERGY WALES CONFERENCE")."""
    line_start = text.rfind("\n", max(0, start - 200), start) + 1
    if not text[line_start:start].strip() and _DATELINE_AFTER.match(text, end):
        return True
    line_end = text.find("\n", end, end + 200)
    line = text[max(line_start, start - 200) : line_end if line_end >= 0 else end + 200]
    letters = sum(map(str.isalpha, line))
    return letters > 2 * (end - start) and sum(map(str.isupper, line)) > 0.6 * letters


def _case_differs(words: list[str], name: str) -> bool:
    """Whether a word the gazetteer capitalises is lowercase in the text ("The city").

    Only asked of names opening with "The": elsewhere news writes many names in lower case
    ("Palestinian territories") and the gazetteer keeps one spelling of each.
    """
    name_words = name.split()
    return len(name_words) == len(words) and any(
        n[:1].isupper() and w[:1].islower() for w, n in zip(words, name_words, strict=True)
    )


def _select(raw: list[tuple[int, int, int]], gaz: Gazetteer, text: str) -> list[_Span]:
    """Leftmost-longest non-overlapping matches with surviving candidates."""
    raw.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    out: list[_Span] = []
    last_end = -1
    for start, end, idx in raw:
        if start < last_end:
            continue
        cands = _candidates(gaz, text, start, end, idx)
        if not cands:
            continue
        if any(k == "abbrev" for _, k in cands) and end < len(text) and text[end] == ".":
            end += 1  # "U.S." keeps its final dot
        out.append(_Span(start, end, idx, cands))
        last_end = end
    return out


def _drop_person_names(spans: list[_Span], gaz: Gazetteer, text: str) -> list[_Span]:
    """Drop place names that are part of a person's or an organisation's name.

    A town-only name after a capitalised word that is neither a place nor a sentence start
    ("Matthew Miller"), or a town of under 100,000 people before one ("Leo Thames", "Mega
    Millions"), is a name, not the town; "Erbil Governorate" or "Colchester Hospital" stay.
    Any name with a person's cue (:func:`geo.person_names.person_cue`: a title, a given name, a
    verb of saying) is a person, and so is every later bare use of that name in the article
    ("Dr Ivins ... Ivins"), when it is a small town's name, unless a preposition of place stands
    before it.
    """
    feature = gaz.columns["feature"]
    pop = gaz.size
    capital = gaz.columns["capital"]
    # a neighbour that can only be a town ("Keith", "Robert" for Le Robert) is no evidence of
    # a place: "Paris Texas" and "Israel-Gaza" are, "Robert Puschendorf" is a person
    significant = [
        s
        for s in spans
        if any(feature[r] != "city" or pop[r] >= 100_000 or capital[r] for r, _ in s.cands)
    ]
    ends = {s.end for s in significant}
    starts = {s.start for s in significant}
    cues = person_cues()
    persons = vessel_names(text, cues)  # "USS Carney ... the Carney": a ship, never the town
    kept = []
    for s in spans:
        folded = fold_name(text[s.start : s.end])
        if (
            folded in cues.dotted_titles
            and _TITLE_DOT.match(text, s.end)
            and not _PLACE_PREPOSITION.search(text[max(0, s.start - 12) : s.start])
        ):
            continue  # "Brig. Gen. Yahya Saree": a title, not Brig in Switzerland
        if in_venue_name(text, s.end, cues, s.start):
            continue  # "Northumberland Avenue", "Rogers Centre", "French Quarter": another place
        if all(feature[r] == "country" for r, _ in s.cands) and " " not in text[s.start : s.end]:
            kept.append(s)  # "Andrew Jordan" is rare next to Jordan the country; keep countries
            continue
        small = all(
            feature[r] in ("city", "site") and pop[r] < 100_000 and not capital[r]
            for r, _ in s.cands
        )
        # a given name that is no capital or country speaks as a person: "Ali said",
        # "Florence said" (a capital speaks for its government: "Moscow said")
        small = small or (
            " " not in text[s.start : s.end]
            and folded in cues.given
            and not any(capital[r] or feature[r] == "country" for r, _ in s.cands)
        )
        # a curated given name before a surname is a person's even when a province bears it
        # too ("Vladimir Putin"); provinces named like English given names take a capitalised
        # noun after them ("Florida Senator", "Alberta Liquor Store Association")
        foreign = folded in cues.curated_given
        not_state = not any(capital[r] or feature[r] == "country" for r, _ in s.cands)
        town = all(feature[r] in ("city", "site") for r, _ in s.cands) or (foreign and not_state)
        if (
            folded in cues.given
            and not any(feature[r] == "country" for r, _ in s.cands)
            and " " not in text[s.start : s.end]
            and surname_after(text, s.end)
        ):
            continue  # "Victoria Rowell", "Clare Curley": a given name and a surname
        cue = person_cue(text, s.start, s.end, cues, small, (starts, ends), town)
        if cue is not None:
            if cue == "vessel" or (small and cue in ("title", "given", "speech")):
                persons.add(folded)  # a surname: Dr Ivins ... Ivins
            continue
        # a given name a province also bears goes on as a person's name after a capitalised
        # word too ("Mir Ali", not Ağrı in Turkey, once called Ali)
        given_area = folded in cues.given and not_state and " " not in text[s.start : s.end]
        if " " in text[s.start : s.end] or (
            any(feature[r] != "city" for r, _ in s.cands) and not given_area
        ):
            kept.append(s)
            continue
        prev = _prev_word(text, s.start)
        window = text[max(0, s.start - 40) : s.start]
        prev_end = s.start - (len(window) - len(window.rstrip()))
        after_name = (
            prev[:1].isupper()
            and prev.lower().strip(".") not in _STOP_BEFORE
            and fold_name(prev) not in cues.settlements  # "Kibbutz Be'eri": the kibbutz
            and prev_end not in ends
            and not is_sentence_start(text, prev_end - len(prev))
            and not prev.endswith((".", ","))
        )
        nxt = re.match(r"\s([A-Z][\w'’-]*)", text[s.end : s.end + 40])
        before_name = (
            nxt is not None
            and all(pop[r] < 100_000 for r, _ in s.cands)
            and s.end + 1 not in starts
            and nxt.group(1).lower() not in _PLACE_TYPE_WORDS
        )
        if not (after_name or before_name):
            kept.append(s)
    if not persons:
        return kept
    return [
        s
        for s in kept
        if fold_name(text[s.start : s.end]) not in persons
        or _PLACE_PREPOSITION.search(text[max(0, s.start - 12) : s.start])
    ]


def _context(spans: list[_Span], gaz: Gazetteer, only_resolved: bool) -> tuple[dict, dict, list]:
    """Countries, provinces and points the article names, each counted once per distinct name.

    Returns ``{country: {key_idx, ...}}``, ``{admin1: {key_idx, ...}}`` and (position, row)
    of unambiguous cities, so a mention can discount its own name's evidence.
    """
    country = gaz.columns["country"]
    admin1 = gaz.columns["admin1"]
    feature = gaz.columns["feature"]
    countries: dict[str, set[int]] = {}
    admin1s: dict[str, set[int]] = {}
    points = []
    for s in spans:
        if only_resolved:
            if s.best is None or not s.resolved:
                continue
            rows = [s.best]
        else:
            rows = [r for r, _ in s.cands]
        ccs = {country[r] for r in rows}
        if len(ccs) == 1 and (only_resolved or len(rows) == 1 or feature[rows[0]] == "country"):
            cc = next(iter(ccs))
            if cc:
                countries.setdefault(cc, set()).add(s.key_idx)
        if (
            len(rows) == 1
            and admin1[rows[0]]
            and feature[rows[0]] in ("admin1", "admin2", "region")
        ):
            admin1s.setdefault(admin1[rows[0]], set()).add(s.key_idx)
        if len(rows) == 1 and feature[rows[0]] in ("city", "site"):
            points.append((s.start, rows[0]))
    return countries, admin1s, points


@dataclass(frozen=True, slots=True)
class _Cues:
    """What the text around a name says about it (the same in both scoring passes)."""

    admin_word: bool  # "Babil province"
    city_word: bool  # "the town of Elbe", "Kobani city"
    place_word: bool  # a preposition of place before it: "near Shadadi"
    inside: bool  # "Elbe in Gedo region": the next name holds this one
    hint_rows: tuple[int, ...]  # the next name's countries/provinces, after "," or "in"
    hint_countries: frozenset[str]
    common: bool  # the name is a common English word ("Church")
    wordy: bool  # ... or a word in everyday use inside a longer name ("the Liberation of")
    wordlike: bool  # ... or a word or person's name at all ("Kelly")
    ambiguous: bool  # several places share the name
    named: frozenset[int]  # candidates whose own name or curated alias it is
    wide: frozenset[int]  # candidate regions of several countries
    other_named: frozenset[int]  # candidate areas that bear the name beside their own
    #: "Kola district of central Beirut": the towns of the next name, which holds this one
    in_town_rows: tuple[int, ...] = ()


def _span_cues(spans: list[_Span], i: int, text: str, gaz: Gazetteer) -> _Cues:
    """The text's cues for ``spans[i]``."""
    s, col = spans[i], gaz.columns
    after = text[s.end : s.end + 80]
    before = text[max(0, s.start - 20) : s.start]
    # "Town, Province" / "Town, Country": the next mention after a comma constrains this one
    # (not for a country's own name: "Iraq, Iran and Syria" is a list, not Arak, Iran; nor for
    # a state's beside another state: "Oklahoma, Pennsylvania, Wisconsin" is a list, not
    # Oklahoma, a hamlet in Pennsylvania). "Town in Province" constrains it the same way, and a
    # small town elsewhere is then another place.
    names_a_country = any(col["feature"][r] == "country" and k == "name" for r, k in s.cands)
    names_a_state = any(col["feature"][r] == "admin1" and k == "name" for r, k in s.cands)
    listed = names_a_country or (
        names_a_state
        and i + 1 < len(spans)
        and bool(spans[i + 1].cands)
        and _all_admin1(spans[i + 1], col)
    )
    inside = False
    hint_rows: tuple[int, ...] = ()
    # "Majdal Shams in the Israeli-controlled Golan Heights": a demonym in a compound
    # adjective names no area the town is in
    if i + 1 < len(spans) and not listed and text[spans[i + 1].end : spans[i + 1].end + 1] != "-":
        between = text[s.end : spans[i + 1].start]
        inside = bool(_IN_PROVINCE.fullmatch(between))
        # "Kherson, Russian shelling killed": a demonym after the comma opens a clause, it
        # names no country the town is in
        demonym = all(k == "demonym" for _, k in spans[i + 1].cands)
        if inside or (re.fullmatch(r",\s*", between) and not demonym):
            hint_rows = tuple(
                r
                for r, _ in spans[i + 1].cands
                if col["feature"][r] in ("country", "admin1", "admin2", "region")
            )
    in_town_rows: tuple[int, ...] = ()
    if i + 1 < len(spans) and _PART_OF_TOWN.fullmatch(text, s.end, spans[i + 1].start):
        in_town_rows = tuple(r for r, _ in spans[i + 1].cands if col["feature"][r] == "city")
    zipf = gaz.word_frequency(s.key_idx)
    # among areas of one name, the one whose own name it is ranks first
    areas = [row for row, _ in s.cands if col["feature"][row] != "city"]
    other_named: set[int] = set()
    if len(areas) > 1:
        written = fold_name(text[s.start : s.end])
        other_named = {r for r in areas if fold_name(col["name"][r]) != written}
        if len(other_named) == len(areas):
            other_named = set()
    return _Cues(
        admin_word=bool(
            _ADMIN_WORD.match(after) or _ADMIN_LIST.match(after) or _admin_before(text, s.start)
        ),
        city_word=bool(_CITY_WORD.match(after) or _CITY_BEFORE.search(before)),
        place_word=bool(_PLACE_PREPOSITION.search(before)),
        inside=inside,
        hint_rows=hint_rows,
        hint_countries=frozenset(col["country"][h] for h in hint_rows if col["country"][h]),
        common=zipf >= _COMMON_WORD,
        # (inside a run of names or after "the": "for the Liberation of", "al-Ahli Arab")
        wordy=zipf >= _WORDY and _IN_NAME_RUN.search(before) is not None,
        wordlike=zipf >= _WORDLIKE,
        ambiguous=len({r for r, _ in s.cands}) > 1,
        named=frozenset(row for row, kind in s.cands if kind in ("name", "alias")),
        wide=frozenset(r for r in areas if not col["country"][r]),
        other_named=frozenset(other_named),
        in_town_rows=in_town_rows,
    )


def _score(spans: list[_Span], gaz: Gazetteer, text: str, only_resolved: bool) -> None:
    countries, admin1s, points = _context(spans, gaz, only_resolved)
    point_at = [pos for pos, _ in points]  # (sorted by position)
    point_row = [row for _, row in points]
    col = gaz.columns
    lats, lons = col["lat"], col["lon"]
    size = gaz.size

    @lru_cache(maxsize=65_536)  # long articles ask about the same pairs again and again
    def near(a: int, b: int) -> bool:
        return distance_km(lats[a], lons[a], lats[b], lons[b]) < 150

    for i, s in enumerate(spans):
        if s.cues is None:
            s.cues = _span_cues(spans, i, text, gaz)
        cue = s.cues
        weak: set[int] = set()  # small towns with no evidence of their own
        nearby: set[int] | None = None
        named, wide, other_named = cue.named, cue.wide, cue.other_named
        for row, kind in s.cands:
            sc = gaz.prior(row)
            cc, a1, feat = col["country"][row], col["admin1"][row], col["feature"][row]
            if col["place_id"][row].startswith("x:") or kind == "alias":
                sc += 4.0  # curated places and aliases: added because news names them so
            n_cc = len(countries.get(cc, set()) - {s.key_idx})
            if kind == "alt" and feat == "city" and (n_cc == 0 or named - {row}):
                # a foreign-language or old name of a town abroad, or of a town when the name is
                # another's own or curated for it ("Pokrovsk", once Engels' name; "Slovyansk",
                # once Nikopol's): weaker evidence
                sc -= 1.5
                if n_cc == 0 and size[row] < _FAMOUS_TOWN and not col["capital"][row]:
                    kms = [
                        gaz.km_to_country(lats[row], lons[row], k)
                        for k, v in countries.items()
                        if k != cc and v - {s.key_idx}
                    ]
                    far = [km > _FAR_KM for km in kms if km is not None]
                    if far and all(far):
                        # in a story of countries far away, no town of a country it never
                        # names ("between Boni and Torodi" in Niger: not Bonn, also Boni)
                        weak.add(row)
            if feat != "city" and cc and n_cc == 0 and wide - {row}:
                sc -= 1.0  # "the Sahel": the region of many countries, not Burkina Faso's
            if feat != "city" and ((kind == "alt" and named - {row}) or row in other_named):
                # "Homs province": Homs, not Murqub in Libya, also called Homs
                sc -= 1.0
            own = 0.0  # evidence that points at this place, not merely at its country
            n_a1 = len(admin1s.get(a1, set()) - {s.key_idx})
            if a1 and feat != "admin1" and n_a1 > 0:
                own += 3.0
            if cue.admin_word and feat == "admin1":
                own += 5.0
            if cue.city_word and feat == "city":
                own += 2.0
            elif cue.city_word and feat in ("admin1", "admin2"):
                own -= 2.0  # "the town of Beni": the Congolese town, not Bolivia's department
            if cue.hint_rows:
                for h in cue.hint_rows:
                    hf = col["feature"][h]
                    if (
                        (hf == "country" and col["country"][h] == cc)
                        or (
                            hf in ("admin1", "admin2", "region")
                            and col["admin1"][h]
                            and col["admin1"][h] == a1
                        )
                        or (
                            # "Baramulla in Kashmir": a region of no one country, around it
                            hf == "region"
                            and not col["country"][h]
                            and distance_km(
                                col["lat"][h], col["lon"][h], col["lat"][row], col["lon"][row]
                            )
                            < REGION_KM
                        )
                    ):
                        own += 8.0
                        break
            if feat in ("city", "site") and points:
                if nearby is None:  # the towns named within 2,000 characters, once per name
                    lo = bisect.bisect_left(point_at, s.start - 2000)
                    hi = bisect.bisect_right(point_at, s.start + 2000)
                    # a namesake's point is no evidence ("Rafah" in Gaza by Rafah in Egypt)
                    nearby = set(point_row[lo:hi]) - {r for r, _ in s.cands}
                if any(near(row, prow) for prow in nearby if prow != row):
                    own += 2.0
            small = feat == "city" and size[row] < _SMALL_TOWN
            if small and n_cc > 0 and cue.place_word and not cue.common:
                own += 1.0  # "near Shadadi" in an article about Syria (not "at Church")
            if small and cue.inside and not own >= 8.0:
                own = -10.0  # "the town of Elbe in Gedo region": not the Elbe in Germany
            elif (
                cue.inside
                and feat in ("city", "site")
                and a1
                and not own >= 8.0
                and any(
                    col["feature"][h] == "admin1" and col["admin1"][h] != a1 for h in cue.hint_rows
                )
            ):
                # "Sabon Gari in Borno state": not the Sabon Gari of Yobe
                own = -10.0
                weak.add(row)
            if cue.in_town_rows and not any(
                distance_km(lats[row], lons[row], lats[t], lons[t]) < SITE_KM
                for t in cue.in_town_rows
            ):
                # "the Kola district of central Beirut": not Kola in Russia
                own = -10.0
                weak.add(row)
            if (
                feat in ("city", "site")
                and cue.hint_countries
                and cc not in cue.hint_countries
                and not own >= 8.0  # (in a hint's region: "Baramulla in Kashmir")
                and (size[row] < 100_000 or kind == "alt")
                and not col["capital"][row]
            ):
                # "Dar as Salam, Somalia": not the Dar as Salam in Egypt; "Mambasa in Ituri
                # province": not Mombasa in Kenya, once spelled so
                own = -10.0
                weak.add(row)
            if cc and n_cc > 0 and (own > 0 or not small):
                sc += 3.0 + min(2.0, float(n_cc))
            s.scores[row] = sc + own
            if small and own <= 0 and (cue.ambiguous or cue.wordlike):
                weak.add(row)
            elif (
                (cue.common or (cue.wordy and size[row] < _WORDY_TOWN))
                and own <= 0
                and n_cc == 0
                and feat == "city"
                and size[row] < _COMMON_TOWN
                and not col["capital"][row]
            ):
                # "the Liberal government" (Liberal, Kansas), "Central Bank"; "the Front for the
                # Liberation of", "al-Ahli Arab hospital" (Arab, Alabama)
                weak.add(row)
        ranked = sorted(s.scores.items(), key=lambda kv: -kv[1])
        # of namesakes scored alike, one with evidence of its own before a small town with
        # none ("Jenin": the West Bank city, not a Polish village of that name)
        if ranked[0][0] in weak:
            even = [kv for kv in ranked if kv[0] not in weak and kv[1] > ranked[0][1] - _MIN_MARGIN]
            if even:
                ranked = [even[0]] + [kv for kv in ranked if kv[0] != even[0][0]]
        best, top = _prefer_nested(spans, i, ranked, col, text, cue.admin_word, cue.city_word)
        s.best = best
        s.resolved = (top >= _MIN_SCORE and best not in weak) or col["feature"][best] != "city"
        if len(ranked) > 1 and s.resolved:
            second, sc2 = next((r, v) for r, v in ranked if r != best)
            far = (
                distance_km(
                    col["lat"][best], col["lon"][best], col["lat"][second], col["lon"][second]
                )
                > _NEAR_KM
            )
            nested = _contains(col, best, second) or _contains(col, second, best)
            # a state or country outranks a small town of its name ("Wisconsin and California")
            # and a town that only has its name as an alternate one ("Iraq", once Arak)
            kinds = _kinds(s)
            outranks = (
                col["feature"][best] in ("country", "admin1")
                and col["feature"][second] == "city"
                and not col["capital"][second]
                and (size[second] < 100_000 or kinds.get(second) == "alt")
            )
            if far and not nested and not outranks and abs(top - sc2) < _MIN_MARGIN:
                s.resolved = False
                # provinces of one name in two countries: the one in a country ten times as
                # populous is the one news means ("Florida": the US state, not Uruguay's)
                # a tie between namesakes goes to the one ten times as large: a town by its
                # people ("Avdiivka", not two villages of its name; never a word: "The Monster
                # at Our Door" is not Münster), a province by its country's ("Florida": the US
                # state, not Uruguay's; never a word of direction: "Eastern")
                feats = {col["feature"][best], col["feature"][second]}
                sizes = None
                if feats == {"city"} and not cue.wordlike:
                    sizes = size[best], size[second]
                elif feats <= {"admin1", "admin2", "region"} and (
                    fold_name(text[s.start : s.end]) not in DIRECTION_WORDS
                ):
                    big = gaz.country_population
                    sizes = big.get(col["country"][best], 0), big.get(col["country"][second], 0)
                if sizes is not None and max(sizes) >= 10 * max(min(sizes), 1):
                    s.best = best if sizes[0] > sizes[1] else second
                    s.resolved = True


#: When one place matches under several kinds of name, the kind it counts as: its own name
#: before a demonym ("Djibouti" is Djibouti's name and its demonym: a place, not an actor).
_KIND_PREFERENCE = {"name": 0, "alias": 1, "abbrev": 2, "alt": 3, "demonym": 4}


def _kinds(span: _Span) -> dict[int, str]:
    """The kind each candidate place of ``span`` matched as (the preferred one of several)."""
    key = (id(span.cands), len(span.cands))  # both scoring passes ask; the list may be cut
    if span.kinds is not None and span.kinds[0] == key:
        return span.kinds[1]
    out: dict[int, str] = {}
    for row, kind in span.cands:
        if row not in out or _KIND_PREFERENCE.get(kind, 9) < _KIND_PREFERENCE.get(out[row], 9):
            out[row] = kind
    span.kinds = (key, out)
    return out


def _all_admin1(span: _Span, col: dict) -> bool:
    return all(col["feature"][r] == "admin1" for r, _ in span.cands)


def _prefer_nested(
    spans: list[_Span],
    i: int,
    ranked: list[tuple[int, float]],
    col: dict,
    text: str,
    admin_word: bool,
    city_word: bool,
) -> tuple[int, float]:
    """Choose between a place and a namesake inside it, by how news uses such names.

    "Erbil", "Baghdad", "New York": the city rather than its province, unless the text says
    "province", pairs it ("Buffalo, New York") or lists it among provinces ("in Nova Scotia,
    and in Quebec"). "Mexico": the country rather than its capital, unless it says "city".
    """
    best, top = ranked[0]
    s = spans[i]
    feat = col["feature"][best]
    if feat == "admin1" and not admin_word:
        prev_span = spans[i - 1] if i > 0 else None
        next_span = spans[i + 1] if i + 1 < len(spans) else None
        # "Buffalo, New York": a town of the province before it; not a list of towns ("Kyiv,
        # Lviv, Dnipro")
        paired = (
            prev_span is not None
            and re.fullmatch(r",\s*", text[prev_span.end : s.start]) is not None
            and any(
                col["admin1"][r] == col["admin1"][best] and col["feature"][r] != "admin1"
                for r, _ in prev_span.cands
            )
        )
        listed = any(
            o is not None
            and abs(
                (o.start if o.start > s.start else o.end)
                - (s.end if o.start > s.start else s.start)
            )
            < 80
            and o.cands
            and _all_admin1(o, col)
            for o in (prev_span, next_span)
        )
        if not paired and not listed:
            for row, score in ranked[1:]:
                if (
                    col["feature"][row] == "city"
                    and _contains(col, best, row)
                    and top - score < 4.0
                ):
                    return row, score
    if feat == "city" and not city_word:
        for row, score in ranked[1:]:
            if top - score < 3.0 and col["feature"][row] == "country" and _contains(col, row, best):
                return row, score
    return best, top


def _join_split_names(
    spans: list[_Span], gaz: Gazetteer, text: str
) -> tuple[list[_Span], list[Mention]]:
    """Two capitalised names side by side ("Ain Baal", "Al-Daraja Al-Oula") resolved to places
    far apart are one name the gazetteer lacks, not two places (Ain in France, Baal in
    Belgium): when the article names neither country elsewhere they become one unresolved
    mention; when it names one, the other is left unresolved ("California Penal Code").
    A country, or a second name that holds the first ("Pasadena California"), is kept.

    Returns the spans kept and the joined mentions.
    """
    col = gaz.columns
    joined: list[Mention] = []
    dropped: set[int] = set()
    named: dict[str, set[int]] = {}  # country -> spans placed there
    for s in spans:
        if s.resolved and s.best is not None and col["country"][s.best]:
            named.setdefault(col["country"][s.best], set()).add(id(s))

    def elsewhere(span: _Span, other: _Span) -> bool:
        """Whether the article names the span's country other than in this pair."""
        cc = col["country"][span.best]
        return not cc or bool(named.get(cc, set()) - {id(span), id(other)})

    for a, b in itertools.pairwise(spans):
        if (
            not (a.resolved and b.resolved)
            or a.best is None
            or b.best is None
            or text[a.end : b.start] not in (" ", "-")
            or not (text[a.start].isupper() and text[b.start].isupper())
            or id(a) in dropped
        ):
            continue
        ra, rb = a.best, b.best
        if "country" in (col["feature"][ra], col["feature"][rb]) or _contains(col, rb, ra):
            continue
        if distance_km(col["lat"][ra], col["lon"][ra], col["lat"][rb], col["lon"][rb]) < _NEAR_KM:
            continue
        a_named, b_named = elsewhere(a, b), elsewhere(b, a)
        if a_named and b_named:
            continue  # "Asia-Pacific", two places the article is about
        if a_named or b_named:  # "California Penal Code": California, and no Penal
            (b if a_named else a).resolved = False
            continue
        dropped |= {id(a), id(b)}
        joined.append(Mention(text=text[a.start : b.end], start=a.start, end=b.end, kind="unknown"))
    return [s for s in spans if id(s) not in dropped], joined


def _contains(col: dict, outer: int, inner: int) -> bool:
    """Whether place row ``outer`` (a country or province) contains place row ``inner``."""
    feat = col["feature"][outer]
    if feat == "country":
        return (
            bool(col["country"][outer])
            and col["country"][inner] == col["country"][outer]
            and outer != inner
        )
    if feat == "admin1":
        return (
            bool(col["admin1"][outer])
            and col["admin1"][inner] == col["admin1"][outer]
            and outer != inner
        )
    return False


def _run_on_names(spans: list[_Span], text: str) -> tuple[list[_Span], list[Mention]]:
    """Names that go on with an Arabic article and a capitalised word ("Tal Abyad al-Gharbi",
    "Baghdad al-Jadida"): not the shorter place, nor the place the end names, but one unknown
    name, listed unresolved."""
    kept: list[_Span] = []
    unknown: list[Mention] = []
    end = -1
    for s in spans:
        if s.start < end:
            continue  # inside a run-on name found just before
        run = _article_run_on().match(text, s.end)
        if run is None:
            kept.append(s)
            continue
        end = run.end()  # a name inside the continuation ("Jadida") goes with it
        name = text[s.start : end]
        unknown.append(Mention(text=name, start=s.start, end=end, role="location", kind="unknown"))
    return kept, unknown


def _unknown_places(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Capitalised names after place cues ("in X", "X province") not in the gazetteer.

    ``taken`` holds the spans already found, sorted and non-overlapping.
    """
    out = []
    starts = [t[0] for t in taken]
    for m in _UNKNOWN_PLACE.finditer(text):
        g = "name" if m.group("name") else "name2"
        s, e = m.start(g), m.end(g)
        name = m.group(g)
        words = [w.strip("'’").lower() for w in re.split(r"[ -]", name)]
        if words[0] in not_place_words() or any(w in not_place_words() for w in words[-1:]):
            continue
        i = bisect.bisect_left(starts, e)  # spans starting before this one ends
        if i and taken[i - 1][1] > s:
            continue
        out.append(Mention(text=name, start=s, end=e, role="location", kind="unknown"))
    return out


def geoparse(text: str, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Find and resolve the places named in ``text``.

    Parameters
    ----------
    text : str
        Article text (plain text; strip HTML first).
    gazetteer : Gazetteer, optional
        Defaults to :func:`geo.gazetteer.load`.

    Returns
    -------
    list of Mention
        In text order. Unresolved mentions have ``lat``/``lon`` None.

    Raises
    ------
    InputError
        If ``text`` is not a string or is larger than ``settings.MAX_TEXT_CHARS``.
    """
    if not isinstance(text, str):
        msg = f"geoparse() needs str, got {type(text).__name__}"
        raise InputError(msg)
    if len(text) > settings.MAX_TEXT_CHARS:
        msg = f"text has {len(text):,} characters; the limit is {settings.MAX_TEXT_CHARS:,}"
        raise InputError(msg)
    if not text.strip():
        return []
    gaz = gazetteer or load()
    spans = _select(gaz.find(text), gaz, text)
    spans, run_on = _run_on_names(spans, text)
    spans = _drop_person_names(spans, gaz, text)
    _score(spans, gaz, text, only_resolved=False)
    _score(spans, gaz, text, only_resolved=True)
    spans, joined = _join_split_names(spans, gaz, text)
    dl = dateline_span(text)
    col = gaz.columns
    mentions: list[Mention] = list(joined) + run_on
    for s in spans:
        kind = _kinds(s)[s.best] if s.best is not None else "name"
        kind = "name" if kind == "alt" else kind
        m = Mention(
            text=text[s.start : s.end],
            start=s.start,
            end=s.end,
            kind=kind,
            role=mention_role(text, s.start, s.end, kind, dl),
            candidates=len(s.cands),
        )
        if s.resolved and s.best is not None:
            r = s.best
            gid = col["geonameid"][r]
            m.name = str(col["name"][r])
            m.feature = str(col["feature"][r])
            m.country = str(col["country"][r]) or None
            m.admin1 = str(col["admin1"][r]) or None
            m.lat = float(col["lat"][r])
            m.lon = float(col["lon"][r])
            m.geonameid = None if gid is None or math.isnan(gid) else int(gid)
            m.place_id = str(col["place_id"][r])
            m.score = round(float(s.scores[r]), 3)
        mentions.append(m)
    named_parts(text, mentions, gaz)
    mentions += _unknown_places(text, [(m.start, m.end) for m in mentions])
    mentions.sort(key=lambda m: m.start)
    return sites_by_offset(text, mentions)
