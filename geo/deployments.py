"""Troop deployments in a sentence: "around 2,500 American troops in Iraq and 900 in Syria".

A counted troop noun (the ``troop`` cues of ``data/lexicon/cues.csv``) followed by a place it
is in or deployed to gives one record per place; an elliptical list ("and 900 in Syria") gives
more. Vague numbers ("hundreds of troops") are not counts, and casualties ("three soldiers
were killed") are not presence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geo.event_places import force_mention, set_place
from geo.gazetteer import Gazetteer
from geo.incidents import Article, capital_row
from geo.lexicon import Lexicon
from geo.normalize import fold_name
from geo.numbers import QUALIFIERS, Quantity, find_quantities
from geo.records import Deployment, Mention

__all__ = ["distinct_deployments", "find_deployments", "list_destination"]

_LOCATIVE_BEFORE = re.compile(r"\b(?:in|to|into|from|across|of|at|near)\s+(?:the\s+)?$", re.I)
_OPERATION = re.compile(r"\bOperation\s+(?:[A-Z][\w'-]+\s?){1,3}")
_CASUALTY_NEAR = re.compile(
    r"[^.;]{0,40}?\b(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+)?(?:killed|wounded|injured|dead|died|missing|captured|hurt)\b",
    re.I,
)
_QUALS = "|".join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True))
#: between a destination and the troops sent with something else: "to Israel along with about"
_WITH_AFTER = re.compile(rf",?\s+(?:along\s+|together\s+)?with\s+(?:(?:{_QUALS})\s+)?", re.I)
_TO_BEFORE = re.compile(r"\b(?:to|into)\s+(?:the\s+)?$", re.I)


def _named_before(ms: list[Mention], end: int, fits) -> Mention | None:
    """The first resolved place named before ``end`` that ``fits(mention, end)``."""
    return next((m for m in ms if m.end <= end and m.resolved and fits(m, end)), None)


@lru_cache(maxsize=4)
def _patterns(lex: Lexicon) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """The troop-noun patterns, compiled from the lexicon's ``troop`` cues (and its words for
    a part of a country: "in eastern Syria")."""
    troops = lex.alternation("cues", "troop")
    after_number = re.compile(
        r"\s+(?:more\s+|additional\s+|extra\s+)?"
        r"(?:of\s+(?:the\s+)?(?P<owner>[A-Z][\w.'’-]*?)(?:['’]s)?\s+)?"
        rf"(?P<force>(?:[A-Z][\w.'’-]*\s+){{0,2}}?)(?:military\s+|combat\s+|ground\s+|support\s+)?"
        rf"(?P<noun>{troops})\b(?:\s+(?:of|from)\s+the\s+[\w'’ -]{{1,40}}?(?=\s+(?:are|were|is|have|has|in|to|near)\b))?"
    )
    ellipsis = re.compile(
        rf"^\s*(?:,\s*(?:and\s+|including\s+)?|\s+and\s+)(?:(?P<qual>{_QUALS})\s+)?(?P<num>\d[\d,]*|[a-z]+(?:[\s-][a-z]+)*?)\s+(?:more\s+)?(?:(?:{troops})\s+)?(?:in|to|across)\s+(?:the\s+)?"
        # "and about 900 in neighbouring Syria"
        rf"(?:(?:{lex.alternation('words', 'near_adjective')})\s+)?$",
        re.I,
    )
    # between the troops and their place: "are stationed in (eastern) (the city of)"
    parts = lex.table_alternation("directions")
    in_place = re.compile(
        r"^\s*(?:(?:are|were|is|remain|remained|have\s+been|has\s+been|had\s+been|will\s+be|would\s+be|being)\s+)?"
        r"(?:(?:currently|now|already|still)\s+)?"  # "are already in the region"
        rf"(?:(?:{lex.alternation('words', 'presence')})\s+"
        # "fighting alongside M23 inside Congo": the side they fight with is no place
        r"(?:(?:alongside|with)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+)?)?"
        r"(?:in|across|to|into|inside|at|near)\s+(?:the\s+)?(?:[a-z]+\s+(?:city|town)\s+of\s+)?"
        # "to the border in Ladakh", "to the front in Donetsk" (not "the border with China")
        r"(?:(?:border|frontier|front|front\s+line|frontline)\s+(?:in|of|near)\s+(?:the\s+)?)?"
        rf"(?:(?:{parts})\s+(?:parts?\s+of\s+(?:the\s+)?)?)?$",
        re.I,
    )
    # a verb of killing or wounding right before the number: its object is the count
    harm = lex.alternation("casualties", "kill", "injure")
    victims = re.compile(rf"\b(?:{harm})\s+(?:(?:{_QUALS})\s+)?$", re.I)
    # the country before "hosts" is where the troops after it are
    host = re.compile(
        rf"\s+(?:(?:still|now|currently)\s+)?(?:{lex.alternation('words', 'hosts')})\s+"
        rf"(?:(?:{_QUALS})\s+)?",
        re.I,
    )
    return after_number, ellipsis, in_place, victims, host


def _force_code(
    phrase: str, mentions: list[Mention], lo: int, hi: int
) -> tuple[str | None, str | None]:
    """ISO code and name of the force named in text[lo:hi] (a demonym or country mention)."""
    m = force_mention(mentions, lo, hi)
    return (m.country, m.name) if m else (None, phrase.strip() or None)


def _capital_id(gaz: Gazetteer, country: str | None) -> str | None:
    """The place id of ``country``'s capital city, or None."""
    row = capital_row(gaz, country) if country else None
    return gaz.place(row).place_id if row is not None else None


def find_deployments(
    art: Article,
    s: int,
    e: int,
    ms: list[Mention],
    listed: tuple[str | None, Mention] | None = None,
) -> list[Deployment]:
    """Deployments stated in the sentence ``art.text[s:e]`` (``ms``: its place mentions).

    ``listed`` is the (force, destination) of the list this sentence is an item of ("would
    deploy the following to the kingdom: • approximately 200 support personnel").
    """
    text, published, gaz, lex = art.text, art.published, art.gaz, art.lex
    after_number, ellipsis, in_place, victims, host = _patterns(lex)
    out: list[Deployment] = []
    sentence = text[s:e]
    operation = _OPERATION.search(sentence)
    for q in find_quantities(text, s, e):
        if q.qualifier == "vague":
            continue  # "hundreds of troops" is not a count
        tm = after_number.match(text, q.end, e)
        if not tm:
            continue
        if _CASUALTY_NEAR.match(text, tm.end(), e):
            continue  # "three US soldiers were killed": casualties, not presence
        if victims.search(text, max(s, q.start - 30), q.start):
            continue  # "a bomb killed three Pakistani soldiers": casualties too
        after = tm.end()
        place = next(
            (
                m
                for m in ms
                if m.start >= after
                and m.resolved
                and m.role == "location"
                and m.feature in ("country", "admin1", "admin2", "city", "site", "region")
                and in_place.match(text[after : m.start])
            ),
            None,
        )
        code, name = _force_code(tm.group("force"), ms, q.end, tm.end())
        if place is None:  # "Japan hosts about 54,000 U.S. military personnel"
            place = _named_before(
                ms,
                q.start,
                lambda m, end: m.feature == "country" and host.fullmatch(text, m.end, end),
            )
        if place is None:  # "will send a missile battery to Israel along with 100 US troops"
            place = _named_before(
                ms,
                q.start,
                lambda m, end: (
                    m.role == "location"
                    and _TO_BEFORE.search(text, max(s, m.start - 8), m.start) is not None
                    and _WITH_AFTER.fullmatch(text, m.end, end) is not None
                ),
            )
        if place is None and listed is not None and not any(m.resolved for m in ms):
            place = listed[1]
            code, name = code or listed[0], name if code else listed[0]
        if place is None:
            continue
        if code is None:
            # the sentence's subject: "The United States keeps about 2,500 troops in Iraq"
            # or its seat of government: "The Pentagon will deploy", "Moscow has sent"
            seats = lex.phrases("words", "government_seat")
            subj = [
                m
                for m in ms
                if m.end <= q.start
                and m.resolved
                and (
                    m.feature == "country"
                    or (m.country and fold_name(m.text) in seats)
                    or (m.feature == "city" and m.place_id == _capital_id(gaz, m.country))
                )
                and not _LOCATIVE_BEFORE.search(text[max(s, m.start - 12) : m.start])
            ]
            if subj:
                code, name = subj[-1].country, subj[-1].name
        if code is None and tm.group("owner"):
            name = tm.group("owner")  # "2,400 of Barkhane's forces": the force, not a state
        chain = [(q, place)]
        cursor = place.end
        while True:
            nxt = next(
                (m for m in ms if m.start > cursor and m.resolved and m.role == "location"), None
            )
            if nxt is None:
                break
            em = ellipsis.match(text[cursor : nxt.start])
            if not em:
                break
            eq = find_quantities(em.group(0))
            if not eq:
                break
            chain.append(
                (
                    Quantity(
                        eq[-1].value, eq[-1].qualifier, cursor + eq[-1].start, cursor + eq[-1].end
                    ),
                    nxt,
                )
            )
            cursor = nxt.end
        for qq, pm in chain:
            if any(d.place_id == pm.place_id and d.actor == code for d in out):
                continue
            dep = Deployment(
                **art.provenance(s, e),
                confidence=0.9 if code else 0.6,
                count=qq.value,
                qualifier=qq.qualifier,
                actor=code,
                force_name=name,
                date=published.isoformat(),
                date_precision="day",
                operation=operation.group(0).strip() if operation else None,
            )
            set_place(dep, pm, gaz)
            out.append(dep)
    return out


_DEPLOY_TO = re.compile(
    r"\b(?:deploy(?:s|ed|ing)?|send(?:s|ing)?|sent|dispatch(?:es|ed|ing)?)\b[^.;]{0,80}?\bto\s+"
    r"(?:the\s+)?(?:(?:kingdom|republic|state|emirate|sultanate)\s+of\s+(?:the\s+)?)?$",
    re.I,
)


def list_destination(
    text: str, s: int, e: int, ms: list[Mention]
) -> tuple[str | None, Mention] | None:
    """(force, destination) of a list heading such as "the U.S. would deploy the following
    equipment to the kingdom:", or None."""
    if not text[s:e].rstrip().endswith(":"):
        return None
    for m in ms:
        if m.resolved and m.feature == "country" and _DEPLOY_TO.search(text[s : m.start]):
            force = next(
                (
                    o.country
                    for o in ms
                    if o.end <= m.start and o.resolved and o.feature == "country" and o is not m
                ),
                None,
            )
            return force, m
    return None


def distinct_deployments(deployments: list[Deployment]) -> list[Deployment]:
    """Each troop figure of an article once: a headline and its lead give the same force,
    place and count ("to send 1,500 more troops to the Middle East ... will deploy about
    1,500")."""
    seen: set[tuple] = set()
    out = []
    for d in deployments:
        key = (d.actor, d.country, d.place_id, d.count)
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out
