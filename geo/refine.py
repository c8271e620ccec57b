"""What the text adds to the names :mod:`geo.geoparse` resolved.

- The part of an area it names: "eastern Syria", "north-west Syria" (:mod:`geo.parts`; the words
  are in ``data/lexicon/directions.csv``).
- Sites the gazetteer lacks that it places by distance and bearing: "Basmaya base, 40 kilometers
  southeast of Baghdad" (:mod:`geo.bearings`), wherever it names them.

Mentions in, mentions out; the gazetteer is read only for the points of parts.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache

from geo.bearings import destination, offset_before
from geo.dates import CALENDAR_WORDS
from geo.gazetteer import Gazetteer
from geo.lexicon import lexicon
from geo.normalize import fold, fold_name
from geo.person_names import person_cues
from geo.records import Mention
from geo.roles import dateline_span, mention_role
from geo.sentences import is_sentence_start

__all__ = ["named_parts", "not_place_words", "sites_by_offset"]


@lru_cache(maxsize=1)
def not_place_words() -> frozenset[str]:
    """Words that never open or close a place name the text gives unlisted: days, months and
    the ``not_place`` words of ``data/lexicon/words.csv`` ("The", "His", "Mr")."""
    return frozenset(CALENDAR_WORDS | lexicon().phrases("words", "not_place"))


#: A name right before a "N km <direction> of <place>" phrase, as an apposition: "Basmaya base,
#: 40 kilometers southeast of Baghdad", "Dargamandi, a village 20 km north of Miranshah".
_SITE_BEFORE = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,3})(?:\s+(?P<noun>[a-z]+))?,\s+"
    r"(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?)?$"
)


def sites_by_offset(text: str, mentions: list[Mention]) -> list[Mention]:
    """Places the gazetteer lacks that the text locates by distance and bearing.

    Each such name resolves, wherever the article uses it, to the point the phrase gives (a
    ``site`` in the reference place's country); unresolved mentions of it are replaced.
    """
    cues = person_cues()
    points: dict[str, Mention] = {}
    resolved = [(o.start, o.end) for o in mentions if o.resolved]  # sorted, non-overlapping
    for ref in mentions:
        if not ref.resolved or ref.role == "dateline":
            continue
        off = offset_before(text, ref.start)
        if off is None:
            continue
        m = _SITE_BEFORE.search(text, max(0, off.start - 80), off.start)
        if m is None or m.end() != off.start:
            continue
        name, noun = m.group("name"), m.group("noun")
        if noun and fold_name(noun) not in cues.place_words:
            continue
        if name.split()[0].lower() in not_place_words() or _overlaps(
            resolved, m.start("name"), m.end("name")
        ):
            continue  # a known place keeps its own point
        lat, lon = destination(ref.lat, ref.lon, off.km, off.bearing)
        points.setdefault(
            name,
            Mention(
                text=name,
                start=0,
                end=0,
                name=name,
                feature="site",
                country=ref.country,
                lat=round(lat, 5),
                lon=round(lon, 5),
                place_id=f"rel:{fold(name)}",
            ),
        )
    if not points:
        return mentions
    dl = dateline_span(text)
    sites = []
    for name, site in points.items():
        for hit in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
            s, e = hit.span()
            if not _overlaps(resolved, s, e):
                sites.append(
                    replace(site, start=s, end=e, role=mention_role(text, s, e, "name", dl))
                )
    sites.sort(key=lambda m: m.start)
    spans = [(m.start, m.end) for m in sites]
    kept = [o for o in mentions if not _overlaps(spans, o.start, o.end)] + sites
    kept.sort(key=lambda m: m.start)
    return kept


#: The word or two right before a name, with "part(s) of (the)" between: "eastern Syria",
#: "north-west Syria", "southern parts of Somalia".
_WORDS_BEFORE = re.compile(r"([A-Za-z]+(?:[- ][A-Za-z]+)?)\s+(?:parts?\s+of\s+)?(?:the\s+)?$")
#: Features whose parts a text can name (they have outlines).
_PART_FEATURES = ("country", "admin1", "region")


@lru_cache(maxsize=4)
def _stems(phrases: frozenset[str]) -> frozenset[str]:
    """The first four letters of every word of ``phrases``: a cheap test before the pattern."""
    return frozenset(word[:4] for phrase in phrases for word in phrase.split())


def named_parts(text: str, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Mark a country, province or region named with a direction ("eastern Syria"): its id
    gets the part (``cc:SY#east``; records placed there take a point in it and draw that part
    of the outline, :mod:`geo.parts`), its name the words the text uses. The mention keeps
    the area's own point: the toponym names Syria. Changes ``mentions`` in place."""
    directions = lexicon().labels("directions")
    stems = _stems(frozenset(directions))
    for m in mentions:
        if not m.resolved or m.feature not in _PART_FEATURES or not m.place_id:
            continue
        near = text[max(0, m.start - 30) : m.start].lower()
        if not any(stem in near for stem in stems):
            continue  # the cheap test first: most names have no direction before them
        found = _WORDS_BEFORE.search(text, max(0, m.start - 30), m.start)
        if found is None:
            continue
        words, at = found.group(1), found.start(1)
        part = directions.get(fold_name(words))
        if part is None:
            last = words.replace("-", " ").split()[-1]
            words, at = last, found.end(1) - len(last)
            part = directions.get(fold_name(words))
        if part is None or gaz.part_point(m.place_id, part) is None:
            continue
        if words[0].isupper() and not is_sentence_start(text, at):
            continue  # "West Nile", "South Ossetia": a name, not a part
        m.place_id = f"{m.place_id}#{part}"
        m.name = f"{words} {m.name}"


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of ``spans`` (sorted by start, non-overlapping)."""
    i = bisect.bisect_left(spans, (end,))
    return i > 0 and spans[i - 1][1] > start
