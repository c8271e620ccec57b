"""Event extraction: troop deployments, strikes and attacks, from article text.

Pure functions: text (and its publication date) in, records out. The article is read once:
its places (:mod:`geo.geoparse`), its sentences, and one scan of the lexicon
(:mod:`geo.lexicon`). Each sentence gives its deployments (:mod:`geo.deployments`), its
aggregated reports of attacks on forces (:mod:`geo.attack_reports`) and its incident mentions
(:mod:`geo.incidents`); :mod:`geo.linking` then joins the mentions of the whole article into
incidents, which become :class:`~geo.records.Strike` (remote violence) or
:class:`~geo.records.Attack` (ground violence) records. Nothing is recorded that the text does
not say: no date is invented, no place guessed.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from geopy.distance import geodesic

from geo.attack_reports import find_attack_reports
from geo.dates import clear_cache as forget_dates
from geo.dates import dateline_date
from geo.deployments import distinct_deployments, find_deployments, list_destination
from geo.event_places import country_name, set_place
from geo.gazetteer import Gazetteer, load
from geo.geoparse import geoparse
from geo.incidents import Article, SentenceHits, place_deixis, read_incidents
from geo.lexicon import lexicon
from geo.linking import Incident, link_incidents
from geo.numbers import clear_cache as forget_numbers
from geo.records import Attack, Deployment, Mention, Strike
from geo.roles import dateline_span
from geo.sentences import sentence_spans

__all__ = ["EventSet", "extract_events"]

#: Military words an article needs before "strikes" and "attacks" count without one nearby.
_MILITARY_TEXT = 3
_BULLET = re.compile(r"[ \t]*(?:[•*]|--?\s|[–—]\s)")
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*[-*•—]|\s*[A-Z])")


@dataclass
class EventSet:
    """What :func:`extract_events` found in one article."""

    deployments: list[Deployment] = field(default_factory=list)
    strikes: list[Strike] = field(default_factory=list)
    attacks: list[Attack] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


#: A town named with a distance and bearing from another place lies this near the point they
#: give (or within the distance itself), else the point stands for it.
_OFFSET_KM = 30.0


def _km_text(km: float) -> str:
    """A distance as a text gives it: "40", "19" (from 12 miles), "2.5"."""
    return f"{km:.0f}" if km >= 10 else f"{km:.1f}".removesuffix(".0")


def _record(inc: Incident, text: str, doc_id: str, gaz: Gazetteer) -> Strike | Attack:
    """The record of one incident (a strike for remote violence, an attack for ground)."""
    im = inc.first
    cls = Attack if inc.event_type in ("armed clash/raid", "attack") else Strike
    rec = cls(
        doc_id=doc_id,
        source_text=text[im.start : im.end],
        source_start=im.start,
        source_end=im.end,
        confidence=0.5,
        event_type=inc.event_type,
        actor=inc.actor,
        target=inc.target,
        fatalities=inc.fatalities,
        fatalities_qualifier=inc.fatalities_qualifier,
        injuries=inc.injuries,
        injuries_qualifier=inc.injuries_qualifier,
        group_id=f"{doc_id}#{inc.group_id}" if inc.group_id else None,
    )
    if isinstance(rec, Strike):
        rec.weapon = inc.weapon
    else:
        rec.weapons = inc.weapon
    if inc.date is not None:
        rec.date, rec.date_precision = inc.date.date.isoformat(), inc.date.precision
    if inc.place is not None:
        set_place(rec, inc.place, gaz)
        if isinstance(rec, Attack):
            rec.countries = rec.country
    rel = inc.relative
    if rel is not None and isinstance(rec, Strike):
        rec.ref_place, rec.ref_distance_km, rec.ref_bearing = (
            rel.ref.name,
            round(rel.km, 1),
            rel.bearing,
        )
        rec.ref_place_lat, rec.ref_place_lon = rel.ref.lat, rel.ref.lon
        rec.ref_lat, rec.ref_lon = round(rel.lat, 5), round(rel.lon, 5)
    if rel is not None:
        offset = (
            geodesic((rec.lat, rec.lon), (rel.lat, rel.lon)).km
            if rec.lat is not None and rec.geo_precision in ("town", "site")
            else None
        )
        if offset is not None and isinstance(rec, Strike):
            rec.ref_offset_km = round(offset, 1)
        if offset is None or offset > max(_OFFSET_KM, rel.km):
            # the text locates it only by distance and bearing, or the town named is a
            # namesake far from that point ("Tal Abyad al-Gharbi, 15 km west of Raqqa" is not
            # Tal Abyad on the border): the computed point
            rec.lat, rec.lon = round(rel.lat, 5), round(rel.lon, 5)
            rec.geo_precision = "relative"
            rec.country = rec.country or rel.ref.country
            rec.country_name = rec.country_name or country_name(gaz, rec.country)
            rec.admin1 = rec.admin1_name = None
            rec.place = f"{_km_text(rel.km)} km {rel.bearing} of {rel.ref.text}"
            rec.place_name, rec.place_id = None, None
    rec.confidence = round(
        0.4
        + 0.15 * (rec.actor is not None)
        + 0.15 * (rec.date is not None)
        + 0.2 * (rec.geo_precision in ("town", "site"))
        + 0.1
        * (isinstance(rec, Strike) and rec.ref_offset_km is not None and rec.ref_offset_km < 50),
        2,
    )
    return rec


#: A photo caption: a paragraph of one sentence that ends with the photo's year (and a credit):
#: "Rescuers search the rubble in Kharkiv, May 6, 2024. (Reuters)".
_CAPTION_END = re.compile(r"\b(?:19|20)\d\d\b[^.!?\n]{0,40}[.!?]?\s*(?:\([^()\n]{0,80}\))?\s*$")
_IN_BEFORE = re.compile(r"\b(?:in|into|over|across|inside)\s+(?:the\s+)?$", re.I)


def _heading_country(text: str, s: int, e: int, ms: list[Mention]) -> str | None:
    """The country a section heading names as a place ("Syria", "Strikes in Iraq"): the one
    after "in" when there is one ("U.S. Self-Defense Strikes in Somalia"), or None."""
    words = text[s:e].split()
    if len(words) > 5 or text[s:e].rstrip().endswith((".", "!", "?", '"', "”")):
        return None
    named = [
        m
        for m in ms
        if m.resolved and m.feature == "country" and m.role in ("location", "dateline")
    ]
    placed = [m for m in named if _IN_BEFORE.search(text[max(s, m.start - 12) : m.start])]
    return (placed or named)[0].country if named else None


def _paragraphs(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """Paragraph number of each sentence (a blank line, or a line break before a new line)."""
    breaks = [m.start() for m in _PARAGRAPH.finditer(text)]
    return [bisect.bisect_left(breaks, s) for s, _ in spans]


def _is_caption(text: str, s: int, e: int, spans: list[tuple[int, int]], n: int) -> bool:
    """Whether sentence ``n`` (``text[s:e]``) is a photo caption: a paragraph of its own that
    ends with a year, the photo's date ("..., Feb. 3, 2024. (Reuters)")."""
    alone = (n == 0 or "\n" in text[spans[n - 1][1] : s]) and (
        n + 1 == len(spans) or "\n" in text[e : spans[n + 1][0]]
    )
    if not alone:
        # the credit "(Reuters)" may be read as a sentence of its own
        nxt = spans[n + 1] if n + 1 < len(spans) else None
        alone = nxt is not None and text[nxt[0]] == "(" and "\n" in text[nxt[1] : nxt[1] + 3]
        e = nxt[1] if alone and nxt else e
    return alone and _CAPTION_END.search(text, s, e) is not None


def extract_events(
    text: str, published: dt.date, doc_id: str = "article", gazetteer: Gazetteer | None = None
) -> EventSet:
    """Deployments, strikes and attacks in ``text``.

    Parameters
    ----------
    text : str
        The article.
    published : datetime.date
        Publication date; relative dates ("Friday", "last week") resolve against it.
    doc_id : str
        Identifier copied into every record.
    gazetteer : Gazetteer, optional
        Defaults to :func:`geo.gazetteer.load`.
    """
    gaz = gazetteer or load()
    lex = lexicon()
    mentions = geoparse(text, gaz)
    result = EventSet(mentions=mentions)
    if not mentions:
        return result
    hits = SentenceHits(lex.scan(text))
    spans = sentence_spans(text)
    paragraphs = _paragraphs(text, spans)
    dateline = dateline_span(text)
    # "in the province", "here": read as the place they point back to (not listed as mentions)
    readable = sorted(
        [*mentions, *place_deixis(text, mentions, hits.tables["cues"], dateline, gaz)],
        key=lambda m: m.start,
    )
    starts = [m.start for m in readable]
    ims = []
    military_text = sum(h.label == "military" for h in hits.tables["cues"]) >= _MILITARY_TEXT
    # "KHARTOUM, Feb 1 (Reuters) - ... on Saturday": the story's days count from its dateline
    published = dateline_date(text, dateline, published)
    art = Article(text, published, doc_id, gaz, lex, hits, dateline, military_text)
    section: str | None = None
    listed = None  # (force, destination) of the list being read
    for n, ((s, e), para) in enumerate(zip(spans, paragraphs, strict=True)):
        ms = readable[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, e)]
        if not _BULLET.match(text, s):
            listed = list_destination(text, s, e, ms)
        result.deployments += find_deployments(art, s, e, ms, listed)
        reports = find_attack_reports(art, s, e, ms, len(result.attacks))
        result.attacks += reports
        heading = _heading_country(text, s, e, ms)
        if heading is not None:
            section = heading
        if not reports:
            found = read_incidents(art, s, e, para, ms, n)
            for im in found:
                im.section_country = section
                im.headline = n == 0 and not text[s:e].rstrip().endswith((".", "!", "?", '"', "”"))
                im.caption = _is_caption(text, s, e, spans, n)
            ims += found
    result.deployments = distinct_deployments(result.deployments)
    # a story that names no place but its dateline's: the town places what it tells (not a
    # base's press office; not when the story names its country: "KYIV - ... Ukraine's air force")
    datelined = [m for m in mentions if m.role == "dateline" and m.resolved]
    town = next((m for m in datelined if m.feature == "city"), None)
    if any(m.resolved and m.role != "dateline" for m in mentions):
        town = None
    home = next((m.country for m in datelined if m.country), None)
    for inc in link_incidents(ims, published, gaz, town, home):
        rec = _record(inc, text, doc_id, gaz)
        if rec.lat is None:
            continue  # named but unplaceable: the mention stays in .unresolved
        (result.strikes if isinstance(rec, Strike) else result.attacks).append(rec)
    forget_numbers()  # the readers' shared answers hold the text: let it go
    forget_dates()
    return result
