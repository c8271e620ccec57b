"""Reports of attacks on a force over a period: "Since October, US troops in Iraq and Syria have
been attacked around 70 times, causing over 60 injuries".

Such a sentence is an aggregate, not one incident: it gives one :class:`geo.records.Attack` per
country it names (sharing ``group_id``), with the count, weapons, perpetrator and casualty
totals of the whole report, placed at the country (or at the one town it names there).
"""

from __future__ import annotations

import re
from functools import lru_cache

from geo.casualties import find_tolls
from geo.dates import find_dates
from geo.event_places import force_mention, set_place
from geo.incidents import Article
from geo.lexicon import Lexicon
from geo.numbers import find_quantities
from geo.records import Attack, Mention, codes_field

__all__ = ["find_attack_reports"]

_ATTACK_COUNT = re.compile(
    r"(?P<q>(?:\w+\s+)?\S+)\s+(?:times|attacks|separate\s+attacks|incidents)\b", re.I
)
_NEGATED = re.compile(
    r"\b(?:halted|paused|suspended|stopped|ceased|no\s+attacks|not\s+been\s+attacked)\b", re.I
)
_PERPETRATOR = re.compile(
    r"\bby\s+(?P<who>(?:armed\s+groups|militias|militants|groups|fighters|insurgents|rebels|[A-Z][\w-]+)[^,.;]{0,50}?)(?=,|\.|;|\s+(?:and\s+)?(?:causing|injuring|wounding|killing|leaving)\b|$)"
)


@lru_cache(maxsize=4)
def _patterns(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    troops = lex.alternation("cues", "troop")
    passive = re.compile(
        rf"(?P<force>\b[A-Z][\w.]*)\s+(?:{troops}|bases|troops\s+and\s+bases)\b[^.;]{{0,80}}?\b(?:have|has|had)?\s*(?:been|were|was|came|come)\s+(?:under\s+)?(?:attacked|targeted|attack|fire|struck|hit)\b"
    )
    noun = re.compile(
        rf"\battacks?\b[^.;]{{0,60}}?\b(?:on|against)\s+(?:the\s+)?(?P<force>[A-Z][\w.]*)\s+(?:{troops}|bases|military|installations)\b"
    )
    return passive, noun


def find_attack_reports(art: Article, s: int, e: int, ms: list[Mention], n: int) -> list[Attack]:
    """Aggregated attack reports of the sentence ``art.text[s:e]`` (``n`` numbers their group)."""
    text, published, doc_id = art.text, art.published, art.doc_id
    gaz, lex, hits = art.gaz, art.lex, art.hits
    sentence = text[s:e]
    passive, noun = _patterns(lex)
    am = passive.search(sentence) or noun.search(sentence)
    if not am or _NEGATED.search(sentence):
        return []
    count = None
    for cm in _ATTACK_COUNT.finditer(sentence):
        qs = find_quantities(cm.group("q"))
        if qs:
            count = qs[-1]
            break
    tolls = find_tolls(text, s, e, hits.within("casualties", s, e), lex)
    inj = next((t for t in tolls if t.role == "injuries"), None)
    fat = next((t for t in tolls if t.role == "fatalities"), None)
    if count is None and inj is None and fat is None:
        return []
    fm = force_mention(ms, s + am.start("force"), s + am.end("force"))
    force = fm.country if fm else None
    weapons = sorted({w.label for w in hits.within("weapons", s, e)})
    perp = _PERPETRATOR.search(sentence)
    dates = find_dates(text, published, s, e)
    since = next((d for d in dates if d.since), None)
    point = next((d for d in dates if not d.since), None)
    places = [
        m
        for m in ms
        if m.resolved
        and m.role == "location"
        and m.feature in ("country", "admin1", "admin2", "city", "site", "region")
        and m.country
        and m.country != force
    ]
    by_country: dict[str, Mention] = {}
    for m in places:
        by_country.setdefault(m.country or "", m)
    if not by_country:
        return []
    group = f"{doc_id}#attack-{n}"
    out = []
    for cc, m in by_country.items():
        at = Attack(
            **art.provenance(s, e),
            confidence=0.8 if count else 0.6,
            event_type="attack",
            target=f"{force} forces" if force else am.group("force"),
            actor=perp.group("who").strip() if perp else None,
            weapons=", ".join(weapons) or None,
            countries=codes_field(by_country),
            group_id=group,
        )
        if count:
            at.count, at.qualifier = count.value, count.qualifier
        if inj:
            at.injuries, at.injuries_qualifier = inj.value, inj.qualifier
        if fat:
            at.fatalities, at.fatalities_qualifier = fat.value, fat.qualifier
        if since:
            at.date, at.date_end, at.date_precision = (
                since.date.isoformat(),
                published.isoformat(),
                since.precision,
            )
        elif point:
            at.date, at.date_precision = point.date.isoformat(), point.precision
        country = gaz.get(f"cc:{cc}")
        at.place = at.place_name = at.country_name = country.name
        at.place_id, at.country = country.place_id, cc
        at.lat, at.lon, at.geo_precision = country.lat, country.lon, "country"
        if (
            m.feature in ("city", "site", "admin1")
            and len([x for x in places if x.country == cc]) == 1
        ):
            set_place(at, m, gaz)
        out.append(at)
    return out
