"""Incidents as one sentence tells them: what happened, where, when, by whom, with what toll.

A sentence is read once: its place mentions (with their roles), the lexicon hits of
:mod:`geo.lexicon` (triggers, weapons, cue words, casualty words), its dates and its casualty
counts. Triggers that are negated, hypothetical, habitual or infinitive ("to attack") are
dropped; the rest are grouped into incident mentions (one per distinct incident the sentence
reports), and each mention gets the places, dates and counts nearest to its triggers.

The result, :class:`IncidentMention`, is not yet an event: :mod:`geo.events` links the
mentions of a whole article (anaphora, carried-forward dates, coarse restatements) into events.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from geo.bearings import destination, offset_before
from geo.casualties import Toll, find_tolls
from geo.dates import CALENDAR_WORDS, DateRef, find_dates
from geo.gazetteer import Gazetteer, distance_km
from geo.geoparse import DIRECTION_WORDS, REGION_KM, SITE_KM
from geo.lexicon import Hit, Lexicon, lexicon
from geo.normalize import fold_name
from geo.numbers import find_quantities
from geo.parts import split_part_id
from geo.person_names import person_cues
from geo.records import Mention, Place, codes_field
from geo.roles import part_before, possessive_land
from geo.sentences import is_sentence_start

__all__ = [
    "FAMILIES",
    "RANK",
    "Article",
    "IncidentMention",
    "Relative",
    "SentenceHits",
    "capital_row",
    "compatible_types",
    "holds",
    "mention_of",
    "place_deixis",
    "read_incidents",
    "same_family",
]

#: Event types that describe the same kind of violence: a later "the blast" can restate an
#: earlier "car bomb", not an earlier "air strike". "attack" is compatible with all.
FAMILIES = {
    "air/drone strike": "remote",
    "shelling/artillery/missile": "remote",
    "strike": "any",
    "remote explosive/IED": "explosive",
    "suicide bomb": "explosive",
    "armed clash/raid": "ground",
    "attack": "any",
}
_GENERIC = {"strike", "attack"}
_LOCATION_FEATURES = {"country", "admin1", "admin2", "city", "site", "region"}


# Within a sentence a full stop is an abbreviation ("U.S. troops"), not a clause end.
@dataclass(frozen=True, slots=True)
class _Words:
    """Patterns and sets built from the lexicon's word classes (``data/lexicon/words.csv``)
    and cues."""

    go_on: re.Pattern  # "continued to attack": a summary
    sequel: re.Pattern  # "came" in "came two days after a bombing": the bombing was before
    acting: re.Pattern  # "conducted two", "to": the noun after is what the subject did
    killing: re.Pattern  # "forces killed two": the subject killed in the incident told after
    non_state: re.Pattern  # "Taliban" in "Pakistani Taliban": a group, not the state
    non_state_in: re.Pattern  # any word of a group ("Yemen's Houthi rebels said")
    actor_based: re.Pattern  # "launched by a group in": the place is where the actor fires from
    route_to: re.Pattern  # "links the Red Sea to", "travelling from Mandera to": a route's end
    clause_opener: re.Pattern  # "when", "after": the verb after it has another subject
    sequel_gap: re.Pattern  # "came hours after": what follows is another incident
    time_point: re.Pattern  # "days before the attacks": the incident only marks a time
    subordinator: re.Pattern  # "since Iraq ...": the name opens a clause it is not subject of
    modals: frozenset[str]
    time: frozenset[str]
    prepositions: frozenset[str]
    harm: frozenset[str]  # "killing", "wounded": verbs that tell a toll, not an assault
    crewed: frozenset[str]  # weapons that crash by accident: "a jet crashed, killing the pilot"
    aircraft: frozenset[str]  # weapons that fly: their plain bombs make an air strike
    plain_bomb: frozenset[str]  # "bombs", "bombing": no means of delivery named
    plain_blast: frozenset[str]  # "explosion", "blast": a sound, the weapon gives the type
    speaker_in: re.Pattern  # "officials in (the) X said": X is where the speaker is
    locative: re.Pattern  # "in (the) (northern) X": X is where, not an adjective
    own_forces: re.Pattern  # "said its forces", "said it struck": the sentence's speaker's
    near_gap: re.Pattern  # "Huwara near", "Binyamina, south of": the town after only orients
    reporting: re.Pattern  # "said": the name before it speaks, it does not act
    superlative: re.Pattern  # "the deadliest ... " before a period: the period frames a record
    tally: re.Pattern  # "have died", "in all": a running or summed count, not one incident's
    state_did: re.Pattern  # "Russia (again) struck", "Israel said it hit": the state did it
    step: re.Pattern  # "then": the next step of the incident told before
    next_step: re.Pattern  # ", then drones": a next step with a subject of its own
    describes: re.Pattern  # " port of ": the region or town before it says what the next place is
    aside: re.Pattern  # ", in coordination with X, ": an aside between a subject and its verb
    #: ", Hamas ", ", the army later ", ", gunmen ": after a comma, a subject (no verb in -ing or
    #: -ed, no joining word: ", and gunmen then stormed" goes on with the same incident)
    new_subject: re.Pattern


@lru_cache(maxsize=1)
def _words() -> _Words:
    lex = lexicon()
    # ", a day after", ", hours before": an aside that dates another incident from this one
    lapse = rf",\s+(?:[\w'’-]+\s+)?(?:{lex.alternation('words', 'lapse')})\s+"

    # "said (on Monday) (that)": a verb of saying and what may stand before its clause
    said = (
        rf"(?:{lex.alternation('cues', 'reporting')})\s+(?:(?:that|on|late|early|\w+day)\s+){{0,3}}"
    )
    # "... it (had) struck": the speaker as the subject of the verb that follows
    said_it = rf"{said}(?:it|they)\s+(?:(?:had|has|have)\s+)?"

    def whole(label: str) -> re.Pattern:
        """Any word of the class ``label`` of words.csv, whole."""
        return re.compile(rf"\b(?:{lex.alternation('words', label)})\b", re.I)

    return _Words(
        go_on=re.compile(rf"\b(?:{lex.alternation('words', 'continue')})\s+to\s+$", re.I),
        sequel=re.compile(rf"\b(?:{lex.alternation('words', 'sequel')})\s+$", re.I),
        clause_opener=whole("subordinator"),
        non_state=re.compile(rf"(?:['’]s)?\s+(?:{lex.alternation('words', 'non_state')})\b", re.I),
        non_state_in=whole("non_state"),
        route_to=re.compile(
            rf"\b(?:{lex.alternation('words', 'route')})\b[^,;.]{{0,60}}\bto\s+(?:the\s+)?(?:\w+\s+)?$",
            re.I,
        ),
        actor_based=re.compile(
            rf"\b(?:{lex.alternation('words', 'launch')})\s+by\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){{0,2}}"
            rf"(?:{lex.alternation('words', 'non_state')}|{lex.alternation('roles', 'force')}|groups?)"
            r"\s+(?:based\s+)?(?:in|from)\s+(?:the\s+)?$",
            re.I,
        ),
        acting=re.compile(
            rf"\b(?:(?:{lex.alternation('words', 'light_verb')})\s+(?:[\w'’-]+\s+){{0,3}}|to\s+)$",
            re.I,
        ),
        # active: an object follows ("forces killed two"), not "troops killed in an attack"
        killing=re.compile(
            rf"^(?:[\s-]+[\w'’-]+){{0,2}}?\s+(?:{lex.alternation('casualties', 'kill')})\b"
            rf"(?!\s*[,.;]|\s+(?:{lex.alternation('words', 'preposition')}|when|as|while|and)\b)",
            re.I,
        ),
        sequel_gap=re.compile(
            rf"(?:\b(?:{lex.alternation('words', 'sequel')})\s+(?:[\w'’-]+\s+){{0,3}}?|{lapse})"
            rf"(?:after|before)\b|\b(?:{lex.alternation('words', 'follows')})\s+(?:a|an)\s"
            rf"|\b(?:{lex.alternation('words', 'cause')})\s",
            re.I,
        ),
        time_point=re.compile(
            rf"\b(?:{lex.alternation('words', 'time_point')})\s+(?:the|those|these)\s+(?:[\w'’-]+\s+){{0,2}}$",
            re.I,
        ),
        subordinator=re.compile(
            rf"\b(?:{lex.alternation('words', 'subordinator')})\s+(?:the\s+)?$", re.I
        ),
        modals=lex.phrases("words", "modal"),
        time=lex.phrases("words", "time"),
        prepositions=lex.phrases("words", "preposition"),
        harm=lex.phrases("casualties", "kill") | lex.phrases("casualties", "injure"),
        crewed=lex.phrases("words", "crewed"),
        aircraft=lex.phrases("words", "aircraft"),
        plain_bomb=lex.phrases("words", "plain_bomb"),
        plain_blast=lex.phrases("words", "plain_blast"),
        locative=re.compile(
            r"\b(?:in|at|near|on|inside|outside|across|throughout|over|into|of|from|to|around|"
            r"toward|towards)\s+(?:the\s+)?"
            rf"(?:(?:{lex.table_alternation('directions')})[\s-]+"
            r"(?:parts?\s+of\s+(?:the\s+)?)?)?$",
            re.I,
        ),
        tally=whole("tally"),
        step=whole("step"),
        next_step=re.compile(
            rf",\s+(?:and\s+)?(?:{lex.alternation('words', 'step')})\s+(?:[\w'’-]+\s+){{1,3}}$",
            re.I,
        ),
        state_did=re.compile(rf"\s+(?:(?:also|again|then|later|\w+ly)\s+)?(?:{said_it})?", re.I),
        superlative=re.compile(
            rf"\b(?:\w+iest|(?:{lex.alternation('words', 'superlative')})\s+\w+)\b[^,;.]*$", re.I
        ),
        near_gap=re.compile(
            # "the Kalsu military base south of Baghdad": a land noun may name the site first
            rf"(?:\s+(?:{lex.alternation('roles', 'land')}))?"
            rf",?\s+(?:just\s+)?(?:(?:{lex.alternation('words', 'orienting')})\s+|"
            rf"(?:{lex.table_alternation('directions')})\s+of\s+|"
            rf"(?:on|in|at|a)\s+(?:the\s+)?(?:(?:{lex.table_alternation('directions')})\s+)?"
            rf"(?:{lex.alternation('words', 'outskirts')})\s+of\s+)(?:the\s+)?(?:(?:city|town)\s+of\s+)?",
            re.I,
        ),
        reporting=re.compile(rf"\b(?:{lex.alternation('cues', 'reporting')})\b", re.I),
        new_subject=re.compile(
            r",\s+(?:[Tt]he\s+)?(?:(?![a-z]+(?:ing|ed)\s|"
            rf"(?:{lex.alternation('words', 'joining')})\s)[A-Za-z][\w'’.-]*\s+){{1,3}}"
            r"(?:[a-z]+ly\s+|later\s+)?"
        ),
        aside=re.compile(rf",\s+(?:{lex.alternation('words', 'aside')})\b[^,;.]{{1,80}},\s+", re.I),
        describes=re.compile(
            rf"\s+(?:{lex.alternation('words', 'described')})\s+of\s+(?:the\s+)?", re.I
        ),
        own_forces=re.compile(
            rf"\b{said}(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:{lex.alternation('roles', 'force')})\b"
            # "The Israeli military said it struck": the speaker did it (searched up to the verb)
            rf"|\b{said_it}$",
            re.I,
        ),
        speaker_in=re.compile(
            rf"\b(?:{lex.alternation('cues', 'speaker')})\s+in\s+(?:the\s+)?$", re.I
        ),
    )


_CLAUSE_END = re.compile(r"[;:!?]|\s[—–]\s|\s--\s|\n")
_INDEFINITE = re.compile(r"\b(?:a|an)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
_DAY_POSSESSIVE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)['’]s\s+(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
_TO_VERB = re.compile(r"\bto\s+(?:be\s+|have\s+(?:been\s+)?)?$", re.I)
_BY_ACTOR = re.compile(
    r"\bby\s+(?:the\s+)?(?P<actor>[^,.;]{2,60}?)(?=\s+(?:in|near|at|on|outside)\b|[,.;]|$)"
)
_TARGET = re.compile(
    r"\s+(?P<target>[^.;,()]{3,80}?)\s+(?:in|near|at|outside|around|on|inside)\s+(?:the\s+)?"
)
_PREP_BEFORE = re.compile(
    r"\b(?:in|to|into|from|across|of|at|near|on|against)\s+(?:the\s+)?$", re.I
)
_TARGET_PREP = re.compile(r"\b(?:on|at|against|in)\s+(?:the\s+)?$", re.I)
_VERB_AFTER = 30  # characters: "Russia launched", "Houthis fired" make the name the actor


@dataclass(frozen=True, slots=True)
class Relative:
    """A point the text gives by distance and bearing: "60 kilometers southwest of Baghdad"."""

    ref: Mention
    km: float
    bearing: str
    lat: float
    lon: float


@dataclass(slots=True)
class SentenceHits:
    """Lexicon hits of a whole text, looked up by span (each list sorted by start)."""

    tables: dict[str, list[Hit]]
    _starts: dict[str, list[int]] = field(default_factory=dict)
    _first_strong: int | None = None

    def within(self, table: str, s: int, e: int) -> list[Hit]:
        """Hits of ``table`` that start in ``[s, e)``."""
        hits = self.tables[table]
        starts = self._starts.get(table)
        if starts is None:
            starts = self._starts[table] = [h.start for h in hits]
        return hits[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, e)]

    def first_strong(self) -> int:
        """Where the text first tells an incident by a word that needs no other ("airstrike")."""
        if self._first_strong is None:
            self._first_strong = next(
                (h.start for h in self.tables["triggers"] if h.entry.strong), 1 << 62
            )
        return self._first_strong


@dataclass(frozen=True, slots=True)
class Article:
    """What every sentence reader needs of the article it reads: the text, its publication date
    and id, the gazetteer, the lexicon and its hits, the dateline's span, and whether the
    article as a whole is about armed violence (then "strikes" and "attacks" need no military
    word in their own sentence)."""

    text: str
    published: dt.date
    doc_id: str
    gaz: Gazetteer
    lex: Lexicon
    hits: SentenceHits
    dateline: tuple[int, int] | None = None
    military_text: bool = False

    def provenance(self, start: int, end: int) -> dict[str, object]:
        """The fields every record takes from the article and its sentence ``text[start:end]``."""
        return {
            "doc_id": self.doc_id,
            "source_text": self.text[start:end],
            "source_start": start,
            "source_end": end,
        }


@dataclass(slots=True)
class IncidentMention:
    """One incident as one sentence reports it (before the article-wide linking).

    ``places`` are where it happened by this sentence (most specific first); ``fallback`` the
    places of the people quoted ("officials in Kunar said"), used only when nothing else is
    named. ``anaphoric`` marks "the attack"-style mentions of something told before, ``new``
    mentions that announce another incident ("another bomb", "a second strike").
    """

    start: int
    end: int
    paragraph: int
    trigger_start: int
    trigger_end: int
    event_type: str
    anaphoric: bool = False
    #: its toll counts the victims of the incident it points back to ("50 were killed in the
    #: strike", "The strike killed 50"), not of another verb's ("repelled the attack and
    #: killed 34 insurgents")
    fuller_toll: bool = False
    new: bool = False
    count: int | None = None
    plural: bool = False
    places: list[Mention] = field(default_factory=list)
    fallback: list[Mention] = field(default_factory=list)
    unknown: list[Mention] = field(default_factory=list)
    relative: Relative | None = None
    date: DateRef | None = None
    statement_date: DateRef | None = None
    tolls: list[Toll] = field(default_factory=list)
    actor: str | None = None
    weapon: str | None = None
    target: str | None = None
    country_hint: str | None = None
    sentence: int = 0
    reportable: bool = True
    elaboration: bool = False
    section_country: str | None = None
    date_gap: int = 0
    announced: bool = False
    response: bool = False
    headline: bool = False
    caption: bool = False  # a photo caption: its date is the photo's, no context for the text
    time_point: bool = False  # "days before the attacks": a known incident marks a time
    #: told to date another ("a day after strikes killed 558"): its day sets no context
    sequel: bool = False
    #: the dead at each place, by the place mention's start, when the sentence counts them
    #: place by place ("killed 8 people in Rafah and 5 in Khan Younis")
    place_dead: dict[int, int] = field(default_factory=dict)
    #: the town each toll of the sentence is told of, by the toll's and the town's starts
    #: ("a man was killed in Kupiansk and two were injured in Petropavlivka")
    toll_places: dict[int, int] = field(default_factory=dict)
    #: families of every violence the sentence tells of it ("a suicide bombing followed by an
    #: assault": explosive and ground), so "the clashes" later can point back to it
    families: frozenset[str] = frozenset()

    @property
    def kind(self) -> str:
        """``strike`` (remote violence) or ``attack`` (ground violence)."""
        return "attack" if self.event_type in ("armed clash/raid", "attack") else "strike"


_DEIXIS_FEATURES = {
    "admin1": ("admin1", "admin2"),
    "city": ("city", "site"),
    "any": ("city", "site", "admin1", "admin2", "region"),
    "country": ("country",),
}
_LOCATIVE_BEFORE_DEIXIS = re.compile(
    r"\b(?:in|near|at|on|around|across|outside|into|over|of|from|to)\s+$", re.I
)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_CAPITAL_OF = re.compile(r"\s+(?:city\s+)?of\b", re.I)
_NAMED_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_SUBJECT_VERB_AFTER = re.compile(
    r"\s+(?:\w+ly\s+)?(?:would|will|has|have|had|is|was|are|were|said|says|did|does|can|could|should|may|might)\b"
)


def place_deixis(
    text: str,
    mentions: Sequence[Mention],
    cues: Sequence[Hit],
    dateline: tuple[int, int] | None,
    gaz: Gazetteer | None = None,
) -> list[Mention]:
    """Places the text points back to: "in the province", "on the area", "in the eastern part of
    the country", "here" (under a dateline), "in the capital" (the national capital named last,
    given ``gaz``). Each becomes a mention (``kind="anaphor"``) of the place of that kind named
    last before it; nothing is made up when there is none."""
    starts = [m.start for m in mentions]
    out = []
    for c in cues:
        if c.label == "capital" and gaz is not None:
            capital = _the_capital(text, c, mentions[: bisect.bisect_left(starts, c.start)], gaz)
            if capital is not None:
                out.append(capital)
            continue
        if not c.label.startswith("deixis:"):
            continue
        want = c.label.split(":", 1)[1]
        if want != "dateline" and not _LOCATIVE_BEFORE_DEIXIS.search(
            text[max(0, c.start - 12) : c.start]
        ):
            continue
        if _NAMED_AFTER.match(text, c.end):
            continue  # "the village of Shebekino" names its place: no pointing back
        before = mentions[: bisect.bisect_left(starts, c.start)]
        if want == "dateline":
            ante = next(
                (m for m in before if m.role == "dateline" and m.resolved and dateline), None
            )
        else:
            feats = _DEIXIS_FEATURES[want]
            ante = next(
                (
                    m
                    for m in reversed(before)
                    if m.resolved
                    and m.role == "location"
                    and m.feature in feats
                    and m.kind != "demonym"
                    and not _SUBJECT_VERB_AFTER.match(text, m.end)  # "the U.S. would deploy"
                ),
                None,
            )
        if ante is None:
            continue
        out.append(
            replace(
                ante,
                text=text[c.start : c.end],
                start=c.start,
                end=c.end,
                role="location",
                kind="anaphor",
            )
        )
    return out


def _the_capital(text: str, c: Hit, before: Sequence[Mention], gaz: Gazetteer) -> Mention | None:
    """ "in the capital" with no country of its own ("Yemen's capital" and "the capital of
    Yemen" are read with the places): the national capital named last before it."""
    the = _THE_BEFORE.search(text, max(0, c.start - 5), c.start)
    if the is None or not _LOCATIVE_BEFORE_DEIXIS.search(
        text[max(0, the.start() - 12) : the.start()]
    ):
        return None  # "Yemen's capital": read with the places; "capital punishment"
    if _CAPITAL_OF.match(text, c.end):
        return None  # "the capital of Yemen": read with the places
    for m in reversed(before):
        if m.resolved and m.feature == "city" and m.country:
            row = capital_row(gaz, m.country)
            if row is not None and gaz.place(row).place_id == m.place_id:
                start = the.start()
                return replace(
                    m,
                    text=text[start : c.end],
                    start=start,
                    end=c.end,
                    role="location",
                    kind="anaphor",
                )
    return None


def compatible_types(a: str, b: str) -> bool:
    """Whether two event types can describe the same incident."""
    fa, fb = FAMILIES.get(a, "any"), FAMILIES.get(b, "any")
    return "any" in (fa, fb) or fa == fb


def same_family(a: str, b: str) -> bool:
    """Whether two event types are of one named family (two explosions, two air raids)."""
    family = FAMILIES.get(a, "any")
    return family != "any" and family == FAMILIES.get(b, "any")


# -- helpers over the text ----------------------------------------------------------------------
def _around(text: str, s: int, e: int, pos: int, ends: re.Pattern) -> tuple[int, int]:
    """The stretch of the sentence ``text[s:e]`` around ``pos`` between two ``ends`` matches
    (looking at most 200 characters each way)."""
    lo = s
    for m in ends.finditer(text, max(s, pos - 200), pos):
        lo = m.end()
    m = ends.search(text, pos, min(e, pos + 200))
    return lo, (m.start() if m else e)


def _clause(text: str, s: int, e: int, pos: int) -> tuple[int, int]:
    """The clause around ``pos``: bounded by ; : ? ! or a dash."""
    return _around(text, s, e, pos, _CLAUSE_END)


def _segment(text: str, s: int, e: int, pos: int) -> tuple[int, int]:
    """The comma-bounded stretch of the sentence around ``pos``."""
    return _around(text, s, e, pos, _SEGMENT_END)


def _words_between(text: str, a: int, b: int) -> bool:
    """Whether only words and spaces (no punctuation) lie in ``text[a:b]``."""
    return b >= a and re.fullmatch(r"[\w\s'’-]*", text[a:b]) is not None


_ORIGIN_REACH = re.compile(
    r"\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}(?:in|off|near|at)\s+(?:the\s+)?", re.I
)
_PREPOSITION = re.compile(r"\b(?:for|of|on|in|at|by|with|from|to|about|against)\b", re.I)
#: Before "the strike": the clause's start or a preposition ("killed in the strike"), so the
#: incident's victims are who the toll counts, not the object of another verb's.
_VICTIMS_OF = re.compile(r"(?:[,;:]|\b(?:in|by|during|from|of))\s*$", re.I)


def _near_before(cues: Sequence[Hit], text: str, pos: int, chars: int, label: str) -> Hit | None:
    """The last cue of ``label`` ending at most ``chars`` before ``pos`` with only words between
    (and, for a determiner, no preposition: "those responsible for attacks" is no anaphor)."""
    best = None
    for c in cues:
        if (
            c.label == label
            and c.end <= pos
            and pos - c.end <= chars
            and _words_between(text, c.end, pos)
            and not (label == "anaphor" and _PREPOSITION.search(text, c.end, pos))
        ):
            best = c
    return best


#: Between a trigger and a later halt word: a stop, or a comma that opens no relative clause
#: ("bombs found in the area, which were defused" did not go off).
_CLAUSE_BREAK = re.compile(r"[;.]|,(?!\s+(?:which|that)\b)", re.I)


#: "Clashes killed 80 people since Thursday": a period this short is one episode, not a tally.
_EPISODE_DAYS = 7


def _episode(d: DateRef, published: dt.date) -> bool:
    """ "since Thursday": a period of days so short that what it counts is one episode."""
    return d.since and d.precision == "day" and (published - d.date).days <= _EPISODE_DAYS


def _record_frame(text: str, s: int, d: DateRef) -> bool:
    """ "the deadliest fighting this year", "the deepest strikes since October": the period
    frames a record; it neither dates the incident nor makes it a tally."""
    return (d.since or d.precision in ("month", "year")) and bool(
        _words().superlative.search(text, max(s, d.start - 60), d.start)
    )


def _aside_lapse(text: str, s: int, d: DateRef) -> bool:
    """ "pounded Lebanon on Tuesday, a day after strikes killed 558": an aside that dates the
    incident after it from the one before it (the strikes were a day before)."""
    lead = text[max(s, d.start - 3) : d.start]
    return lead.rstrip().endswith(",") and text[d.start : d.end].lower().endswith(
        ("after", "before")
    )


_QUOTES = "\"“‘'"
_QUOTED = re.compile(r"[\"”’']")
_PARTITIVE = re.compile(r"\s+of\b", re.I)


def _announced(cues: Sequence[Hit], text: str, pos: int, since: int = 0) -> bool:
    """Whether a word after ``since`` announces another incident right before ``pos``
    ("another strike", "a second blast"); a partitive ("the second of those two blasts") picks
    out one told before, and so does a determiner after the word ("later claimed the
    attack")."""
    c = _near_before(cues, text, pos, 25, "new")
    if c is None:  # "Separately, a roadside bomb ...", "Elsewhere, drones hit ..." (opening it)
        c = next(
            (
                o
                for o in cues
                if o.label == "new"
                and o.end < pos <= o.end + 60
                # "Separately, a bomb", "In a separate incident in the same province, a bomb"
                and "," in text[o.end : pos]
                and is_sentence_start(text, o.start)
            ),
            None,
        )
    return (
        c is not None
        and c.start >= since
        and not _PARTITIVE.match(text, c.end)
        and _near_before(cues, text, c.start, 5, "identity") is None  # "It was the second attack"
        # "later claimed the attack": the word tells when of another verb; the noun points back
        and not any(
            a.label == "anaphor"
            and c.end <= a.start < pos
            and pos - a.end <= 25
            and _words_between(text, a.end, pos)
            for a in cues
        )
    )


# -- trigger filters ----------------------------------------------------------------------------
#: A comma and "as" open another clause ("..., as ceasefire talks in Cairo stalled").
_AS_CLAUSE = re.compile(r",\s+as\s+(?!many\b|much\b|well\b|part\b|of\b)", re.I)
#: A word's object right after it: "since an Iranian-blamed attack".
_OBJECT_OF = re.compile(r"\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}")
#: A comma between digits is a thousands separator ("10,000"), no segment end.
_SEGMENT_END = re.compile(r"(?<!\d),|,(?!\d{3})|[;:!?()]|\s[—–]\s|\s--\s|\n")


def _trigger_status(
    text: str,
    t: Hit,
    s: int,
    e: int,
    cues: Sequence[Hit],
    weapons: Sequence[Hit],
    military_text: bool = False,
    triggers: Sequence[Hit] = (),
    deadly: bool = False,
    at_war: bool = False,
    by_state: bool = False,
) -> str | None:
    """``ok`` (reports an incident), ``general`` (a habit or summary, which still dates the
    text around it), or None (not an incident: a threat, plan, denial, idiom or infinitive).
    ``triggers`` are the sentence's trigger words: none of them is a military word for unrest
    ("The strike halted traffic, and protesters clashed with police"). ``deadly``: the
    sentence kills or wounds people, which makes a weak noun violent ("Russian strikes on
    Kharkiv killed 11": no labour strike); ``at_war``: the story is military or has told an
    incident by a strong word before; ``by_state``: a country is the verb's subject ("Russia
    struck Kyiv"), which makes it military."""
    if any(c.label == "idiom" and c.start < t.end and t.start < c.end for c in cues):
        return None  # "hit back", "carrier strike group", "vehicle bomb facility"
    # a military word or a named weapon ("a Ukrainian uncrewed aerial vehicle struck")
    military = (
        any(c.label == "military" and (c.end <= t.start or c.start >= t.end) for c in cues)
        or any(w.end <= t.start or w.start >= t.end for w in weapons)
        or by_state
    )
    spans = {(h.start, h.end) for h in triggers}
    if (
        (not t.entry.strong or t.label == "armed clash/raid")
        and any(c.label == "civil" for c in cues)
        and not any(c.label == "military" and (c.start, c.end) not in spans for c in cues)
    ):
        return None  # "dock workers strike", "protesters clashed with police": unrest
    if (
        t.label == "remote explosive/IED"
        and any(c.label == "accident" for c in cues)
        and not any(c.label == "military" and (c.start, c.end) not in spans for c in cues)
        and not weapons
    ):
        return None  # "an explosion at a fireworks factory": an accident
    if (
        not t.entry.strong
        and any(c.label == "crash" for c in cues)
        and not any(c.label == "downed" for c in cues)
        and not any(h.entry.strong for h in triggers)
        and all(fold_name(w.label) in _words().crewed for w in weapons)
    ):
        return None  # "a military jet crashed near the base, killing the pilot": an accident
    if (
        not t.entry.strong
        and any(c.label == "hazard" for c in cues)
        and not any(c.label == "military" and (c.start, c.end) not in spans for c in cues)
        and not weapons
    ):
        return None  # "a tropical storm hit the coast, killing eight": a disaster
    if t.entry.needs == "harm" and not deadly and any(c.label == "crime" for c in cues):
        return None  # "police raided a drug laboratory, arresting 14": law enforcement
    if _QUOTED.match(text, t.end) and text[t.start - 1 : t.start] in _QUOTES:
        return None  # "bombarded" with injuries: a word quoted, not an incident
    noun = t.entry.form != "verb"
    # a deadly sentence makes a weak noun violent, and a verb of assault ("a church was
    # attacked during Mass, killing 15"); not "a storm hit the coast, killing five"
    # a verb of striking in a deadly sentence of a story at war ("six people were killed when a
    # building was hit in Jabalya", after an airstrike told)
    violent = (
        ((military_text or deadly) and noun)
        or (deadly and t.entry.kind == "attack" and t.entry.phrase not in _words().harm)
        or (deadly and at_war and t.entry.kind == "strike")
    )
    if not t.entry.strong and not violent and not military:
        return None  # "an earthquake hit", "a labour strike"
    if t.entry.needs == "weapon" and not any(
        -40 <= w.start - t.start <= 60 and not (w.start <= t.start < w.end) for w in weapons
    ):
        return None  # "launched broadcasts"
    before = text[max(s, t.start - 24) : t.start]
    if _TO_VERB.search(before):
        # "continued to attack ISIS yesterday" summarises (and dates) what follows;
        # "to attack", "to be attacked", "to have launched" report nothing
        return "general" if _words().go_on.search(before) else None
    if _near_before(cues, text, t.start, 22, "negation"):
        return None  # "no attacks", "did not strike"
    seg_lo, seg_hi = _segment(text, s, e, t.start)
    status = "ok"
    for c in cues:
        if c.label == "halt" and (
            (
                c.start >= t.end
                and c.start - t.end <= 80
                and not _CLAUSE_BREAK.search(text, t.end, c.start)
            )
            or (c.end <= t.start and t.start - c.end <= 25 and _words_between(text, c.end, t.start))
        ):
            return None  # "attacks ... had been halted", "suspended strikes"
        if c.label == "irrealis":
            if c.entry.phrase == "may" and re.match(r"\.?\s+\d", text[c.end : c.end + 4]):
                continue  # "May 27" is a date
            before = c.end <= t.start and (
                (seg_lo <= c.start and t.start - c.end <= 70)
                or (t.start - c.end <= 40 and _words_between(text, c.end, t.start))
            )
            after = c.start >= t.end and c.start - t.end <= 12 and c.entry.phrase in _words().modals
            if before or after:
                return None  # "vowed to strike", "will not allow any cities to be attacked"
        if c.label == "general" and seg_lo <= c.start < seg_hi:
            if c.end <= t.start and _OBJECT_OF.fullmatch(text, c.end, t.start):
                continue  # "deployed since an attack on oil facilities": that attack is told
            if c.start >= t.end and _words().superlative.search(
                text, max(s, c.start - 60), c.start
            ):
                continue  # "its most extensive wave of strikes since ...": a record, told once
            status = "general"
    return status


def _by_state(text: str, t: Hit, ms: Sequence[Mention]) -> bool:
    """A country is the subject of the verb of striking ``t``: "Russia struck Kyiv overnight",
    "Israel said it hit ..."; not "Russia hit with sanctions", "Pakistan was hit"."""
    if t.entry.form != "verb" or t.entry.kind != "strike":
        return False
    if re.match(r"\s+(?:with|by|back|hard)\b", text[t.end : t.end + 8], re.I):
        return False
    before = [m for m in ms if m.end <= t.start]
    if not before:
        return False
    m = before[-1]
    return (
        m.resolved
        and m.feature == "country"
        and m.role != "dateline"
        and t.start - m.end <= 60
        and _words().state_did.fullmatch(text, m.end, t.start) is not None
    )


def _clusters(
    text: str, triggers: list[Hit], cues: Sequence[Hit], tolls: Sequence[Hit] = ()
) -> list[list[Hit]]:
    """Triggers grouped by incident: a new group when the violence differs in kind, when a word
    announces another incident ("another", "a second"), or when they lie far apart. A verb of
    killing ("..., killing eight") tells the toll of the incident before it."""
    toll_spans = {(h.start, h.end) for h in tolls}
    out: list[list[Hit]] = []
    for t in triggers:
        cur = out[-1] if out else None
        if (
            cur is not None
            and (t.start, t.end) in toll_spans
            and not _words().sequel_gap.search(text, cur[-1].end, t.start)
        ):
            cur.append(t)
            continue
        if cur is not None:
            far = t.start - cur[-1].end > 150
            strict = {"strike": "remote"}.get(cur[0].label, FAMILIES.get(cur[0].label, "any"))
            announced = _announced(cues, text, t.start, cur[-1].end) or (
                t.entry.form != "verb"
                and _INDEFINITE.search(text[max(0, t.start - 40) : t.start]) is not None
                and any(_near_before(cues, text, h.start, 25, "anaphor") for h in cur)
                and "any" not in (strict, FAMILIES[t.label])
                and strict != FAMILIES[t.label]
            )  # "The strikes followed a suicide bombing": two incidents
            # "The strike came hours after Hezbollah fired rockets", "fired the rockets in
            # response to an Israeli airstrike": another incident
            # "... killed 18 people in Mafa on Saturday, and a suicide bomber killed 12 in
            # Konduga": a clause of its own opens with another incident after a told toll
            # "... came under fire in Rueso, and a bomb in Yala wounded three": or with violence
            # of another kind
            other_kind = "any" not in (strict, FAMILIES[t.label]) and strict != FAMILIES[t.label]
            second_clause = (
                any((h.start, h.end) in toll_spans for h in cur) or other_kind
            ) and _AND_ANOTHER.search(text, cur[-1].end, t.start) is not None
            # "missiles struck Kharkiv on Monday, then drones hit Lviv": a next step with a
            # subject of its own is another incident; so is a clause with a subject of its own
            # after an incident told by a noun ("On the anniversary of the attack, Hamas fired")
            next_step = t.entry.form == "verb" and (
                bool(_words().next_step.search(text, cur[-1].end, t.start))
                or (
                    all(h.entry.form != "verb" for h in cur)
                    and _words().new_subject.fullmatch(text, cur[-1].end, t.start) is not None
                )
            )
            announced = (
                announced
                or second_clause
                or next_step
                or bool(_words().sequel_gap.search(text, cur[-1].end, t.start))
                or any(c.label == "response" and cur[-1].end <= c.start < t.start for c in cues)
            )
            if not far and not announced:  # "a suicide bombing followed by a firefight"
                cur.append(t)
                continue
        out.append([t])
    return out


#: Before a day that opens its sentence: "On ", "Early on ".
_OPENS = re.compile(r"[\s“\"]*(?:(?:early|late|earlier|later)\s+)?(?:on\s+)?", re.I)
#: ", and a" / "; a" right before a trigger's noun phrase: another clause with its own subject.
_AND_ANOTHER = re.compile(r"(?:,\s+and|;)\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,2}$", re.I)


def _violence(cluster: Sequence[Hit], tolls: frozenset[tuple[int, int]]) -> Hit:
    """The first trigger of ``cluster`` that tells violence, not only its toll (``tolls``:
    "killed" in "were killed in an Israeli strike"); the first trigger if all tell tolls."""
    return next((h for h in cluster if (h.start, h.end) not in tolls), cluster[0])


def _event_type(
    cluster: list[Hit], weapons: list[Hit], tolls: frozenset[tuple[int, int]] = frozenset()
) -> str:
    """The most specific type the triggers give; a generic "strike" takes the weapon's type,
    and "bombs" dropped by aircraft are an air strike, not a roadside bomb. A verb of killing
    (``tolls``: a casualty word) tells the toll, not the violence ("16 were killed when two
    guided bombs struck")."""
    specific = []
    for h in cluster:  # what comes after the verb is its object: "strikes destroyed an IED"
        if h.label not in _GENERIC:
            specific.append(h)
        elif h.entry.form == "verb" and (h.start, h.end) not in tolls:
            break
    named = {w.label for w in weapons}
    if specific:
        words = _words()
        if all(h.entry.phrase.lower() in words.plain_bomb for h in specific) and (
            named & words.aircraft
        ):
            return "air/drone strike"
        typed = next((w.entry.event_type for w in weapons if w.entry.event_type), None)
        if typed and all(h.entry.phrase.lower() in words.plain_blast for h in specific):
            return typed  # "we heard a huge explosion ... when three missiles struck": missiles
        return specific[0].label
    for w in weapons:
        if w.entry.event_type:  # weapons.csv: "a strike" by warplanes is an air strike
            return w.entry.event_type
    return _violence(cluster, tolls).label


# -- places -------------------------------------------------------------------------------------
@lru_cache(maxsize=512)
def capital_row(gaz: Gazetteer, country: str) -> int | None:
    """The gazetteer row of ``country``'s capital city, or None."""
    col = gaz.columns
    rows = [
        i
        for i in range(len(col["capital"]))
        if col["capital"][i] and col["country"][i] == country and col["feature"][i] == "city"
    ]
    return rows[0] if rows else None


def mention_of(place: Place, text: str, start: int, end: int, kind: str) -> Mention:
    """A resolved mention of gazetteer ``place`` standing for ``text[start:end]``."""
    return Mention(
        text=text[start:end],
        start=start,
        end=end,
        role="location",
        name=place.name,
        feature=place.feature,  # type: ignore[arg-type]
        country=place.country or None,
        admin1=place.admin1 or None,
        lat=place.lat,
        lon=place.lon,
        geonameid=place.geonameid,
        place_id=place.place_id,
        kind=kind,
    )


def _as_capital(m: Mention, gaz: Gazetteer, start: int, end: int, text: str) -> Mention:
    """The capital city of the country named by ``m`` ("Yemen's capital", "the capital of Iraq")."""
    row = capital_row(gaz, m.country or "")
    return m if row is None else mention_of(gaz.place(row), text, start, end, m.kind)


def _governing_cue(
    cues: Sequence[Hit],
    text: str,
    pos: int,
    labels: set[str],
    names: Sequence[int] = (),
    reach: Sequence[int] = (),
) -> Hit | None:
    """The origin/reference cue that governs a name at ``pos`` ("from the Gaza Strip",
    "from Houthi-controlled areas of Yemen", "near the border with Kenya"); a cue with another
    name (start in ``names``) between it and ``pos`` governs that name instead. Right after a
    verb of remote violence (its end in ``reach``), "from" governs across a noun phrase too
    ("launched drones from a warship in the Red Sea"); elsewhere it does not ("abducted students
    from a school in Kaduna", "rescued hostages from homes in Nuseirat")."""
    for c in reversed(cues):
        if c.end > pos or pos - c.end > 60:
            continue
        if any(c.end <= n < pos for n in names):
            continue
        gap = text[c.end : pos]
        if c.label in labels and re.fullmatch(r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}", gap):
            return c
        if (
            c.label == "origin"
            and "origin" in labels
            and any(0 <= c.start - end <= 40 for end in reach)
            and _ORIGIN_REACH.fullmatch(gap)
        ):
            return c  # "launched from a warship in the Red Sea"
        if c.label == "part" and re.fullmatch(r"\s+(?:the\s+)?", gap):
            pos = c.start
            continue
        if re.search(r"[,;.]", gap) or c.label in ("military",):
            continue
    return None


_NAME_PART = re.compile(r"[ \t]+([A-Z][\w'’.-]*)")
_NAME_BEFORE = re.compile(r"([A-Z][\w'’.-]*)[ \t]+$")
_ORG_OF = re.compile(r"\b([A-Z][\w'’-]+)\s+of\s+(?:the\s+)?$")
#: Capitalised words that may stand next to a place name without making it another name.
_PLACE_WORDS = (
    CALENDAR_WORDS
    | DIRECTION_WORDS
    | {
        "province",
        "governorate",
        "district",
        "region",
        "city",
        "town",
        "village",
        "state",
        "county",
        "oblast",
        "valley",
        "river",
        "mountains",
        "airport",
        "airbase",
        "base",
        "camp",
        "strait",
        "sea",
        "gulf",
        "bay",
        "island",
        "islands",
        "peninsula",
        "desert",
        "kingdom",
        "republic",
        "emirate",
        "sultanate",
        "governorates",
        "provinces",
        "near",
        "in",
        "at",
        "on",
        "of",
        "the",
        "from",
        "to",
        "and",
        "areas",
        "area",
        "parts",
        "part",
        "but",
        "when",
        "after",
        "while",
        "as",
        "since",
        "said",
        "says",
    }
)
#: After a name, the rest of a list of names and the words before a verb: ", Britain and
#: France ", ", Britain and France on Saturday ".
_NAMES_THEN = re.compile(
    r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)*,?\s+and\s+[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*)*(?:\s+[\w'’-]+){0,3}\s+"
)
_SUBJECT_AFTER = re.compile(r"^\s+(?:\w+ly\s+)?([a-z]+)\b")
_NOT_VERBS = {"and", "or", "in", "of", "on", "at", "to", "for", "near", "with", "by", "from"}
_PASSIVE_AFTER = re.compile(r"^\s+(?:\w+\s+){0,2}?(?:was|were|is|are|been|came|come|being)\b")
_IN_AREA = re.compile(r"\s+(?:river\s+|sea\s+)?in\s+(?:the\s+)?(?:[a-z-]+\s+)?", re.I)
#: Between a count and its place: "8 people in", "5 in", "two soldiers near the".
_COUNT_AT = re.compile(
    r"\s+(?:[a-z'’-]+\s+){0,2}?(?:in|at|near)\s+(?:the\s+)?(?:(?:village|town|city)\s+of\s+)?"
)
_ONE_AT = re.compile(r"\bone(?:\s+[a-z'’-]+){0,2}?\s+(?:in|at|near)\s+(?:the\s+)?$", re.I)
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?$")


def _counts_by_place(text: str, s: int, places: Sequence[Mention]) -> dict[int, int]:
    """``{place start: count}`` when a number stands right before each place ("killed 8 people
    in Rafah and 5 in Khan Younis"); empty unless every place has its own. A place after its
    town's possessive counts from the town ("four in Gaza City's Shejaiya")."""
    out = {}
    for m in places:
        at = m.start
        owner = re.search(
            r"(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+$", text[max(s, at - 32) : at]
        )
        if owner:
            at -= len(owner.group(0))
        qs = find_quantities(text, max(s, at - 40), at)
        if qs and _COUNT_AT.fullmatch(text, qs[-1].end, at):
            out[m.start] = qs[-1].value
        elif _ONE_AT.search(text, max(s, at - 40), at):
            out[m.start] = 1  # "... and one in Nikopol"
        else:
            return {}
    return out


def _toll_places(text: str, tolls: Sequence[Toll], towns: Sequence[Mention]) -> dict[int, int]:
    """``{toll start: town start}``: the town each toll is told of, the one right after its
    word in its clause ("killed in Kupiansk"), else the last one before it since the toll
    before ("In Izium, two died, and in Borova one was hurt")."""
    out: dict[int, int] = {}
    since = 0
    for tl in sorted(tolls, key=lambda t: t.start):
        after = next((m for m in towns if m.start >= tl.end), None)
        if after is not None and not _SEGMENT_END.search(text, tl.end, after.start):
            out[tl.start] = after.start
        else:
            before = [m for m in towns if since <= m.start and m.end <= tl.start]
            if before:
                out[tl.start] = before[-1].start
        since = tl.end
    return out


def _counted_towns(text: str, s: int, places: Sequence[Mention]) -> list[Mention]:
    """The towns and sites of a breakdown, each with its own count ("eight in Nuseirat, six in
    Khan Younis and four in Gaza City's Shejaiya"): all of them, though one town holds another
    site in its country; a town whose possessive names the site is the site's. Empty when
    not every one has a count."""
    towns = [m for m in places if m.feature in ("city", "site")]
    towns = [
        m
        for i, m in enumerate(towns)
        if not (
            i + 1 < len(towns)
            and re.fullmatch(r"['’]s\s+", text[m.end : towns[i + 1].start])
            and holds(m, towns[i + 1])
        )
    ]
    if len(towns) < 2 or len({m.place_id for m in towns}) < len(towns):
        return []
    return towns if _counts_by_place(text, s, towns) else []


def _in_longer_name(m: Mention, text: str, s: int) -> bool:
    """Whether the name is part of a longer proper name: "Agence France-Presse", "Voice of
    America", "Vladimir Putin", "Mecca Masjid", "Africa Command", "Islamic State of Iraq"."""
    if re.match(r"-[A-Za-z]", text[m.end : m.end + 2]):
        return True  # "Ban Ki-moon": the name runs on past the hyphen
    nxt = _NAME_PART.match(text, m.end, m.end + 40)
    if nxt and nxt.group(1).lower().strip(".") not in _PLACE_WORDS:
        return True
    before = text[max(s, m.start - 40) : m.start]
    prev = _NAME_BEFORE.search(before)
    word = prev.group(1) if prev else ""
    if re.search(r"-[a-z]+$", word) or fold_name(word) in person_cues().settlements:
        word = ""  # "the Israeli-controlled Golan Heights", "Kibbutz Re'im": no part of the name
    if word and word.lower().strip(".") not in _PLACE_WORDS and not re.search(r"['’]s$", word):
        start_of_prev = m.start - len(before) + prev.start(1)
        at_start = start_of_prev <= s or re.search(
            r"(?:^|[.!?:;\n“\"(—–-])\s*$", text[max(s, start_of_prev - 4) : start_of_prev]
        )
        if not at_start or sum(c.isupper() for c in word) > 1:  # "Secretary-General Ban"
            return True
    org = _ORG_OF.search(before)
    # "Shelling of Nikopol damaged a school": a trigger word opening the sentence names no body
    return bool(
        org
        and org.group(1).lower() not in _PLACE_WORDS
        and org.group(1).lower() not in lexicon().table_phrases("triggers")
    )


def _is_subject(m: Mention, text: str, seg_lo: int, before: str, triggers: Sequence[Hit]) -> bool:
    """A name opening its clause (or following "since", "when" ...) and followed by a verb is
    the actor of that clause ("The United States strongly condemns", "since Riyadh began");
    not when a strike verb follows in the passive ("Mosul was hit")."""
    opens = re.fullmatch(r"\s*(?:[“\"]\s*)?(?:the\s+)?", text[seg_lo : m.start], re.I)
    if not (opens and m.feature in ("country", "region")) and not _words().subordinator.search(
        before
    ):
        return False
    after = text[m.end : m.end + 40]
    w = _SUBJECT_AFTER.match(after)
    if not w or w.group(1) in _NOT_VERBS or w.group(1) in _words().time:
        return False
    hit_after = any(0 <= t.start - m.end <= 30 for t in triggers)
    return not (_PASSIVE_AFTER.match(after) and hit_after)


def _attributive(m: Mention, text: str, before: str) -> bool:
    """A country used as an adjective: "U.S. support", "UK standard practice", "attacks against
    U.S. and international vessels" (not "in Iraq yesterday", not "Iraq and Syria")."""
    if m.feature != "country" or _words().locative.search(before) or part_before(before):
        return False  # "in Iraq yesterday", "a central Mali attack"
    if re.match(r"\s+(?:and|or)\s+[A-Z][\w-]+\s+[a-z]", text[m.end : m.end + 40]):
        return True  # "US and British warships"
    w = re.match(r"\s+(?:(?:and|or)\s+)?([a-z]+)\b", text[m.end : m.end + 30])
    return bool(w and w.group(1) not in _NOT_VERBS and w.group(1) not in _words().time)


def _heads_actor(
    before: str, cues: Sequence[Hit], start: int, triggers: Sequence[Hit] = ()
) -> bool:
    """Whether a name before a strike verb is (in) its subject: "Russia launched", "insurgents
    in Yemen launched"; not "a car bomb in Tikrit struck", "shelling of Donetsk hit" or "one
    airstrike near Kobani struck" (the head is the incident itself: a trigger noun)."""
    prep = re.search(r"\b(?:in|on|at|near|of|from|across|outside)\s+(?:the\s+)?$", before, re.I)
    if prep is None:
        return not re.search(r"\b(?:to|into|against|toward|towards)\s+(?:the\s+)?$", before, re.I)
    head_end = start - (len(before) - prep.start())
    incident_nouns = {(t.start, t.end) for t in triggers if (t.entry.form or "").startswith("noun")}
    return any(
        c.label == "military"
        and c.end <= head_end
        and head_end - c.end <= 2
        and not any(a <= c.start and c.end <= b for a, b in incident_nouns)
        for c in cues
    )


def _place_role(
    m: Mention,
    text: str,
    s: int,
    e: int,
    cues: Sequence[Hit],
    triggers: Sequence[Hit],
    names: Sequence[int] = (),
    town_named: bool = False,
) -> str:
    """``event`` (where it happened), ``fallback`` (a speaker's place), or ``skip``.

    ``names`` are the starts of the other place names of the sentence; ``town_named`` tells
    that the sentence places something at a town or site.
    """
    if m.role == "dateline":
        return "skip"
    before = text[max(s, m.start - 40) : m.start]
    after = text[m.end : m.end + 40]
    if m.role != "location":
        # a demonym after "on/at" names the target's country: "an attack on Saudi oil facilities"
        if (
            m.kind == "demonym"
            and m.feature == "country"
            and _TARGET_PREP.search(before)
            and re.match(r"^\s+[a-z]", after)
            and not any(0 < t.start - m.end <= 2 for t in triggers)  # "in Israeli strike"
        ):
            return "event"
        return "skip"
    if m.kind != "anaphor" and _in_longer_name(m, text, s):
        return "skip"
    # "launched drones from a warship in the Red Sea": fire from afar comes from the place
    # after "from" across a noun phrase; "rescued hostages from homes in Nuseirat" does not
    launches = [t.end for t in triggers if t.entry.kind == "strike" and t.end <= m.start]
    if _governing_cue(cues, text, m.start, {"origin", "reference"}, names, reach=launches):
        return "skip"
    if m.feature in ("region", "city") and any(
        _words().describes.fullmatch(text, m.end, n) for n in names if n > m.end
    ):
        return "skip"  # "the Black Sea port of Odesa", "the Kyiv suburb of Brovary": Odesa is
    if m.feature == "country" and re.search(r"\bnear\s+(?:the\s+)?$", before, re.I):
        return "skip"  # "a house near Pakistan": the border, not the place
    if m.feature == "country" and town_named and re.match(r"\s+(?:border|frontier)\b", after, re.I):
        return "skip"  # "the town of Myawaddy on the Thai border": the town is the place
    if re.search(r"\bby\s+(?:the\s+)?$", before, re.I):
        return "skip"  # "operated by the US", "attacked by Russia": the actor
    if _words().actor_based.search(text[max(s, m.start - 90) : m.start]):
        return "skip"  # "launched by an Iranian-backed group in Iraq": where the actor is
    if re.match(r"^['’]s?\s", after) and not possessive_land(after):
        return "skip"  # "Russia's brutal war", "UK's Defence"
    seg_lo, _ = _segment(text, s, e, m.start)
    if _is_subject(m, text, seg_lo, before, triggers) or _attributive(m, text, before):
        return "skip"
    nxt_trigger = next((t for t in triggers if t.start >= m.end), None)
    if (
        nxt_trigger is not None
        and nxt_trigger.entry.form == "verb"
        and nxt_trigger.entry.kind == "strike"
        and nxt_trigger.start - m.end <= _VERB_AFTER + 40
        and (
            (
                nxt_trigger.start - m.end <= _VERB_AFTER
                and _words_between(text, m.end, nxt_trigger.start)
            )
            # "The United States, Britain and France launched": the first of a list of subjects
            or _NAMES_THEN.fullmatch(text, m.end, nxt_trigger.start) is not None
        )
        and not re.search(
            r"\b(?:was|were|is|are|been|being)\b", text[m.end : nxt_trigger.start], re.I
        )
        and _heads_actor(before, cues, m.start, triggers)
    ):
        return "skip"  # "Russia launched drones at Kyiv", "insurgents in Yemen launched"
    speaker = _near_before(cues, text, m.start, 8, "speaker")
    if speaker is not None or _words().speaker_in.search(before):
        return "fallback"
    return "event"


def _relative(text: str, s: int, ms: Sequence[Mention]) -> Relative | None:
    """A "N km <direction> of <place>" phrase of the sentence."""
    for ref in ms:
        if not ref.resolved or ref.role == "dateline":
            continue
        off = offset_before(text, ref.start, s)
        if off is None:
            continue
        lat, lon = destination(ref.lat, ref.lon, off.km, off.bearing)
        return Relative(ref, off.km, off.bearing, lat, lon)
    return None


#: A town this near a county's centre in the same state counts as inside it.
_COUNTY_KM = 60.0
#: A region inside one country (North Waziristan, Darfur, Donbas) holds its country's places
#: this near its point, not the whole country's.
_PART_KM = 500.0

#: Features from the largest to the smallest area.
RANK = {"country": 0, "region": 1, "admin1": 2, "admin2": 3, "city": 4, "site": 5}


def holds(area: Mention | None, place: Mention | None) -> bool:
    """Whether ``area`` is a larger resolved place that holds ``place`` (Babil holds Jurf
    al-Nasr; Iraq holds both; a region inside a country holds the places of that country near
    it; Syria holds eastern Syria, and eastern Syria the places of Syria)."""
    if area is None or place is None or not area.resolved or not place.resolved:
        return False
    base, part = split_part_id(place.place_id or "")
    if part is not None and area.place_id == base:
        return True  # Syria holds eastern Syria
    if RANK.get(area.feature or "", 9) >= RANK.get(place.feature or "", -1):
        return False
    if area.feature == "admin1":
        return bool(area.admin1) and area.admin1 == place.admin1
    if area.feature == "city":  # a town holds the sites around it, not one far off
        return (
            area.country == place.country
            and distance_km(area.lat, area.lon, place.lat, place.lon) < SITE_KM
        )
    if area.feature == "admin2":  # a county: its state, and near (towns carry no county)
        return (
            bool(area.admin1)
            and area.admin1 == place.admin1
            and distance_km(area.lat, area.lon, place.lat, place.lon) < _COUNTY_KM
        )
    if area.feature == "region":  # a part of one country (Darfur, Donbas): near its point
        return (
            bool(area.country)
            and area.country == place.country
            and distance_km(area.lat, area.lon, place.lat, place.lon) < _PART_KM
        )
    return bool(area.country) and area.country == place.country


def _surrounds(area: Mention, place: Mention) -> bool:
    """Whether ``area`` is a region of no one country named around ``place`` in one sentence
    ("forces in Indian-administered Kashmir ... in the Kulgam district"): near it, a province,
    town or site."""
    return (
        area.feature == "region"
        and not area.country
        and area.resolved
        and place.resolved
        and RANK.get(place.feature or "", -1) > RANK["region"]
        and distance_km(area.lat, area.lon, place.lat, place.lon) < REGION_KM
    )


def most_specific(places: Sequence[Mention]) -> list[Mention]:
    """Distinct places of one sentence without the areas that hold or surround another of
    them, in text order."""
    out: list[Mention] = []
    seen: set[str] = set()
    for m in places:
        if any(holds(m, o) or _surrounds(m, o) for o in places if o is not m):
            continue
        key = m.place_id or m.text
        if key in seen:
            continue
        seen.add(key)
        out.append(m)
    return out


# -- actor, weapon, target ----------------------------------------------------------------------
def _actor(text: str, s: int, e: int, head: Hit, ms: Sequence[Mention]) -> str | None:
    """Who struck, as ISO codes: "by Russia", "US drones", "an Israeli tank shell", "Saudi-led
    airstrikes", "Russia launched"; not the officials who speak of it ("Afghan officials say")."""
    by = _BY_ACTOR.search(text, head.end, min(e, head.end + 120))
    if by and by.start() - head.end < 40:
        named = [
            m
            for m in ms
            if by.start("actor") <= m.start < by.end("actor")
            and m.resolved
            and m.country
            # a state acts, not a town: "struck by a missile 57 miles northwest of Hodeidah"
            and m.feature in ("country", "region")
            and not _words().non_state.match(text, m.end)  # "by Sudan's paramilitary RSF"
        ]
        if named:
            return codes_field(m.country for m in named)
    codes = []
    for m in ms:
        if (
            not (m.resolved and m.country and m.feature in ("country", "region"))
            or m.end > head.start
        ):
            continue
        # "U.S. Africa Command, in coordination with the Federal Government of Somalia,
        # conducted": the aside between the subject and its verb is left out
        gap = _words().aside.sub(" ", text[m.end : head.start], count=1)
        before = text[max(s, m.start - 16) : m.start]
        if m.role == "dateline" or _PREP_BEFORE.search(before) or part_before(before):
            continue  # "in Iraq", "central Mali attack": the place, not who struck
        # "an Israeli tank shell", "US and British strikes"; not "two Palestinians during a raid"
        right_before = re.fullmatch(
            r"(?:-\w+)?(?:\s+(?:and|[\w-]+)){0,2}\s+", gap
        ) is not None and not _words().prepositions.intersection(gap.lower().split())
        right_before = right_before and not _words().reporting.search(gap)  # "Ukraine says"
        # the subject of the trigger verb, or of a verb whose object the trigger noun is ("U.S.
        # forces conducted two strikes", "continued to attack")
        killing = _words().killing.match(gap) is not None  # "Israeli forces killed two in a raid"
        acting = head.entry.form == "verb" or _words().acting.search(gap) is not None or killing
        listed = _NAMES_THEN.match(gap)  # "The United States, Britain and France launched"
        rest = gap[listed.end() :] if listed else gap
        subject = (
            acting
            and len(rest) <= (80 if killing else 45)  # "troops killed six FARC fighters in a"
            and _words_between(rest, 0, len(rest))
            and not _words().clause_opener.search(gap)  # "U.S. troops were hurt when a drone hit"
            and not _words().reporting.search(gap)  # "The U.S. said the RSF razed": a speaker
        )
        if (right_before or subject) and not _words().non_state.match(text, m.end):
            codes.append(m.country)  # not "Pakistani Taliban militants": no state's forces
    if not codes:  # "U.S. Central Command said its forces conducted a strike": the speaker's
        own = _words().own_forces.search(text, s, head.start)
        if own is not None:
            # not the backer of a group ("Rwanda-backed M23 rebels said they had captured"),
            # nor a group's country ("Yemen's Houthi rebels said they had targeted")
            speakers = [
                m
                for m in ms
                if m.resolved
                and m.country
                and m.feature in ("country", "region")
                and m.end <= own.start()
                and m.role != "dateline"
                and text[m.end : m.end + 1] != "-"
                and not _words().non_state_in.search(text, m.end, own.start())
            ]
            if speakers:
                codes.append(speakers[-1].country)
    return codes_field(codes)


def _target(text: str, head: Hit, e: int, first_place: Mention | None) -> str | None:
    if head.entry.form != "verb":
        return None
    tg = _TARGET.match(text, head.end, e)
    if tg and first_place is not None and head.end + len(tg.group(0)) <= first_place.start + 1:
        return tg.group("target").strip()
    return None


# -- the reading --------------------------------------------------------------------------------
def _anaphoric_verb(text: str, head: Hit, cues: Sequence[Hit], nouns: Sequence[Hit]) -> bool:
    """ "The drones hit", "The rockets struck": a verb whose subject is a definite weapon or
    incident noun speaks of an incident told before."""
    return any(
        n.end <= head.start
        and head.start - n.end <= 30
        and _words_between(text, n.end, head.start)
        and _near_before(cues, text, n.start, 25, "anaphor") is not None
        for n in nouns
    )


def _places(
    text: str,
    s: int,
    e: int,
    ms: list[Mention],
    cues: Sequence[Hit],
    triggers: Sequence[Hit],
    gaz: Gazetteer,
    skip: set[int],
) -> list[tuple[Mention, str]]:
    """(mention, role) of each resolved place of the sentence that can locate an incident."""
    out: list[tuple[Mention, str]] = []
    prev: Mention | None = None
    prev_role = ""
    town_named = any(
        m.resolved and m.feature in ("city", "site") and m.role == "location" for m in ms
    )
    for i, m in enumerate(ms):
        role = ""
        if id(m) in skip or not m.resolved or m.feature not in _LOCATION_FEATURES:
            role = "skip"
        elif (
            prev is not None
            and prev_role == "skip"
            and prev.resolved
            and _LIST_GAP.match(text[prev.end : m.start])
        ):
            role = "skip"  # "with support from Australia, Bahrain, Canada" (not "Dar as
            # Salam, Somalia", an unknown town: the country then locates the incident)
        elif _words().route_to.search(text[max(s, m.start - 90) : m.start]):
            role = "skip"  # "links the Red Sea to the Gulf of Aden", "connecting Crimea to Russia"
        elif (
            prev is not None
            and prev.resolved
            and prev.feature in ("city", "site")
            and m.feature in ("city", "site")
            and _words().near_gap.fullmatch(text, prev.end, m.start)
        ):
            role = "skip"  # "the village of Huwara near Nablus": Nablus only orients
        else:
            role = _place_role(
                m, text, s, e, cues, triggers, [o.start for o in ms if o is not m], town_named
            )
        if role != "skip" and m.feature == "city" and i + 1 < len(ms):
            nxt = ms[i + 1]
            if (
                nxt.resolved
                and nxt.feature == "country"
                and nxt.kind != "demonym"  # "In Kherson, Russian shelling killed": a new clause
                and re.fullmatch(r",\s*", text[m.end : nxt.start])
                and nxt.country != m.country
            ):
                role = "skip"  # "Dar as Salam, Somalia" resolved abroad: the text says Somalia
        if role != "skip":
            cap = re.match(r"^['’]s\s+capital\b", text[m.end : m.end + 24]) or (
                re.match(r"^\s+capital\b", text[m.end : m.end + 24])
                if m.kind == "demonym"
                else None
            )  # "Syria's capital", "the Syrian capital"
            cap_before = re.search(
                r"\bcapital\s+(?:city\s+)?of\s+(?:the\s+)?$", text[max(s, m.start - 24) : m.start]
            )
            aside = re.search(
                r",\s+(?:the\s+)?(?:capital|largest\s+city|main\s+city)\b(?:\s+[\w'’-]+){0,6}\s+$",
                text[max(s, m.start - 70) : m.start],
            )
            if aside and any(o.resolved and o.feature == "city" for o in ms[:i]):
                role = "skip"  # "Hyderabad, the capital city of the state of Andhra Pradesh"
            elif m.feature == "country" and (cap or cap_before):
                lo = m.start if cap else m.start - len(cap_before.group(0))
                hi = m.end + cap.end() if cap else m.end
                nxt_city = next((o for o in ms if o.start >= hi and o.start - hi < 12), None)
                if nxt_city is None or nxt_city.feature != "city":  # "Iraq's capital of Baghdad"
                    m = _as_capital(m, gaz, lo, hi, text)
        out.append((m, role))
        prev, prev_role = m, role
    # "near the Euphrates river in eastern Syria": a river or sea (no country of its own) in an
    # area the text names is the place, in that area's country; the area is not a second place
    for i in range(len(out) - 1):
        (m, role), (nxt, nxt_role) = out[i], out[i + 1]
        if (
            role != "skip"
            and nxt_role != "skip"
            and m.feature == "region"
            and not m.country
            and nxt.feature in ("country", "admin1", "region")
            and nxt.country
            and _IN_AREA.fullmatch(text[m.end : nxt.start])
        ):
            out[i] = (replace(m, country=nxt.country), role)
            out[i + 1] = (nxt, "skip")
    return [(m, r) for m, r in out if r != "skip"]


def read_incidents(
    art: Article, s: int, e: int, paragraph: int, ms: list[Mention], sentence: int = 0
) -> list[IncidentMention]:
    """The incident mentions of the sentence ``art.text[s:e]``.

    Parameters
    ----------
    art : Article
        The article being read.
    ms : list of Mention
        The place mentions that start in the sentence.
    sentence : int
        The sentence's number in the article.

    Returns
    -------
    list of IncidentMention
        Mentions with ``reportable`` False only date the text (habits, summaries); a sentence
        with no trigger but a military word and a town gives one ``elaboration`` (it may say
        where an incident told just before happened).
    """
    text, hits, published, gaz, lex = art.text, art.hits, art.published, art.gaz, art.lex
    dateline, military_text = art.dateline, art.military_text
    dates = find_dates(text, published, s, e)
    episodes = [
        (d.start, d.end) for d in dates if _episode(d, published) or _record_frame(text, s, d)
    ]
    # "since Thursday" tells how long one episode has lasted, "the deepest strikes since
    # October" what record it sets: no tally
    cues = [
        c
        for c in hits.within("cues", s, e)
        if not (c.label == "general" and any(a <= c.start < b for a, b in episodes))
    ]
    idioms = [c for c in cues if c.label == "idiom"]
    # "Hezbollah's missile forces": a unit, no weapon of the incident
    weapons = [
        w
        for w in hits.within("weapons", s, e)
        if not any(c.start < w.end and w.start < c.end for c in idioms)
    ]
    status = {}
    found = hits.within("triggers", s, e)
    casualty_words = hits.within("casualties", s, e)
    # the words that tell a toll ("killed", "dead"), not what counts ("strikes", "people")
    toll_words = frozenset(
        (h.start, h.end) for h in casualty_words if h.label not in ("unit", "person")
    )
    # "the death toll from Saturday's Russian strike": deadly; not "took a toll on the economy"
    deadly = any(
        h.label in ("kill", "dead", "injure", "injured")
        or (h.label == "toll" and " " in h.entry.phrase)
        for h in casualty_words
    )
    at_war = military_text or hits.first_strong() < s
    for t in found:
        st = _trigger_status(
            text,
            t,
            s,
            e,
            cues,
            weapons,
            military_text,
            found,
            deadly,
            at_war,
            _by_state(text, t, ms),
        )
        if st is not None:
            status[t.start] = st
    triggers = [t for t in found if t.start in status]
    skip: set[int] = set()
    if not triggers:
        heading = text[s:e].rstrip().endswith(":")
        dated = [
            d
            for d in find_dates(text, published, s, e)
            if heading and not d.since and not (dateline and dateline[0] <= d.start < dateline[1])
        ]
        tolls = find_tolls(text, s, e, casualty_words, lex) if toll_words else []
        updates = [t for t in tolls if t.replaces]
        # "At least seven soldiers and 20 militants died, he said." right after a raid: its
        # toll, told in a sentence of its own; not a running count ("have died", "in all")
        if (
            tolls
            and not updates
            and not find_dates(text, published, s, e)
            and not _words().tally.search(text, s, e)
        ):
            updates = [t for t in tolls if t.value > 0]
        towns = []
        setting: list[Mention] = []
        military = any(c.label == "military" for c in cues)
        # "The jets found the fighters west of Tuz Khurma"; "In Mykolaiv, two people were
        # killed" (where the toll of a wave of strikes fell)
        if military or any(not t.replaces for t in updates):
            located = [
                m for m, role in _places(text, s, e, ms, cues, [], gaz, skip) if role == "event"
            ]
            towns = [m for m in located if m.feature in ("city", "site")]
            opening = [
                d for d in find_dates(text, published, s, e) if _OPENS.fullmatch(text, s, d.start)
            ]
            if military and opening and not dated:
                # "On Sunday 17 March, a Reaper was tasked to watch an area near Baghuz, in
                # eastern Syria": the day and the scene of the attack the next sentence tells
                dated, setting = opening[:1], most_specific(located)
        if not towns and not updates and not dated:
            return []
        towns = most_specific(towns)
        return [
            IncidentMention(
                start=s,
                end=e,
                paragraph=paragraph,
                trigger_start=s,
                trigger_end=s,
                event_type="attack",
                places=towns,
                fallback=setting,
                tolls=updates,
                toll_places=_toll_places(text, updates, towns),
                date=dated[0] if dated else None,
                elaboration=True,
                sentence=sentence,
                reportable=False,
            )
        ]
    nouns = [t for t in triggers if t.entry.form != "verb"] + list(weapons)
    out = []
    prev_end = s
    tolls_told = [h for h in casualty_words if (h.start, h.end) in toll_words]
    # ", a day after", "came hours after": where another incident's words begin
    gaps = [m.start() for m in _words().sequel_gap.finditer(text, s, e)]
    clusters = _clusters(text, triggers, cues, tolls_told)
    # ", then drones hit Lviv": the next step's weapons and places are its own
    for a, b in itertools.pairwise(clusters):
        step = _words().next_step.search(text, a[-1].end, b[0].start)
        if step is not None:
            gaps.append(step.start())
    gaps.sort()
    for cl in clusters:
        head = cl[0]
        sequel = prev_end > s and bool(_words().sequel_gap.search(text, prev_end, head.start))
        prev_end = cl[-1].end
        im = IncidentMention(
            start=s,
            end=e,
            paragraph=paragraph,
            trigger_start=head.start,
            trigger_end=cl[-1].end,
            event_type=_event_type(
                cl,
                [
                    w
                    for w in weapons
                    if abs(w.start - head.start) < 120
                    # "The attack came days after ... drone strikes": the drones are the other's
                    and not any(
                        min(w.start, head.start) <= a < max(w.start, head.start) for a in gaps
                    )
                ],
                toll_words,
            ),
            families=frozenset(FAMILIES[h.label] for h in cl if (h.start, h.end) not in toll_words)
            - {"any"},
            sentence=sentence,
            reportable=any(status[t.start] == "ok" for t in cl),
        )
        first_noun = next((t for t in cl if t.entry.form != "verb"), None)
        if first_noun is not None:
            before = text[max(s, first_noun.start - 40) : first_noun.start]
            ana = _near_before(cues, text, first_noun.start, 25, "anaphor")
            im.anaphoric = bool(ana or _DAY_POSSESSIVE.search(before))
            lead = text[s : ana.start] if ana is not None else ""
            im.fuller_toll = ana is not None and (
                not lead.strip() or _VICTIMS_OF.search(lead[-12:]) is not None
            )
            im.time_point = im.anaphoric and _words().time_point.search(before) is not None
            im.plural = first_noun.entry.form == "noun_pl"
            im.new = _INDEFINITE.search(before) is not None
            qs = find_quantities(text, max(s, first_noun.start - 30), first_noun.start)
            between = text[qs[-1].end : first_noun.start] if qs else ""
            if (
                qs
                and _words_between(text, qs[-1].end, first_noun.start)
                and first_noun.start - qs[-1].end <= 25
                and len(between.split()) <= 2  # "seven US air strikes"
                and not _PREPOSITION.search(between)  # not "26 killed in Yemen airstrike"
                and text[qs[-1].end : qs[-1].end + 1] != "-"  # "a five-hour-long attack"
            ):
                im.count = qs[-1].value  # "seven strikes", "two car bombs"
        if head.entry.form == "verb" and not im.anaphoric:
            im.anaphoric = _anaphoric_verb(text, head, cues, nouns)
        im.response = any(c.label == "response" and c.end <= head.start for c in cues)
        im.announced = any(_announced(cues, text, t.start) for t in cl)
        im.new = im.new or im.announced or im.response or sequel  # "came hours after ..."
        im.sequel = sequel
        if (
            sentence > 0
            and not (im.announced or im.response or sequel)
            and _words().step.search(text, s, cl[-1].end)
        ):
            # "Gunmen attacked a church ... A suicide bomber then blew himself up inside": the
            # next step of the attack told, not another
            im.new, im.anaphoric = False, True
        if im.new:
            im.anaphoric = False
        wm = next(
            (
                w
                for w in weapons
                if head.start - 60 <= w.start <= cl[-1].end + 60
                and not any(min(w.start, head.start) <= a < max(w.start, head.start) for a in gaps)
            ),
            None,
        )
        im.weapon = wm.label if wm else None
        out.append(im)

    # ", a day after", "came hours after": what lies on either side belongs to its own incident
    asides = list(gaps)
    # ", and a suicide bomber killed 12": the clause of another incident
    for prev, im in itertools.pairwise(out):
        clause = _AND_ANOTHER.search(text, prev.trigger_end, im.trigger_start)
        if clause is not None:
            asides.append(clause.start())
    asides.sort()

    def beside(pos: int) -> list[IncidentMention]:
        """The incidents whose trigger lies on the same side of every sequel gap as ``pos``."""
        side = bisect.bisect_right(asides, pos)
        return [im for im in out if bisect.bisect_right(asides, im.trigger_start) == side]

    def nearest(pos: int) -> IncidentMention:
        own = beside(pos) or out
        return min(own, key=lambda im: min(abs(pos - im.trigger_start), abs(pos - im.trigger_end)))

    rel = _relative(text, s, ms)
    if rel is not None:
        skip.add(id(rel.ref))
        nearest(rel.ref.start).relative = rel
        # the site this very phrase places ("Qarqar camp, 40 km southeast of Baghdad") is told
        # by the phrase: the record keeps its line from the reference place
        skip.update(id(m) for m in ms if (m.place_id or "").startswith("rel:"))
    for m in ms:
        if not m.resolved and m.role == "location":
            nearest(m.start).unknown.append(m)

    def alone(pos: int) -> bool:
        """No incident is told on this side of a sequel gap ("Two missiles were intercepted
        over central Israel, hours after Israeli jets hit Sanaa": Israel is not Sanaa's)."""
        return bool(gaps) and not beside(pos)

    def owner(pos: int) -> IncidentMention:
        """The incident whose trigger opens the place's segment ("after a drone hit a hospital
        in Sumy, another struck ...": Sumy is the drone's), else the nearest."""
        lo, _ = _segment(text, s, e, pos)
        opened = [im for im in beside(pos) if lo <= im.trigger_start < pos]
        return max(opened, key=lambda im: im.trigger_start) if opened else nearest(pos)

    for m, role in _places(text, s, e, ms, cues, triggers, gaz, skip):
        if alone(m.start):
            continue
        im = owner(m.start)
        if min(abs(m.start - im.trigger_start), abs(m.start - im.trigger_end)) > 220:
            continue
        lo, hi = _clause(text, s, e, m.start)
        breakdown = text[lo - 1 : lo] == ":" and bool(_counts_by_place(text, lo, [m]))
        if not breakdown and not any(lo <= p < hi for p in (im.trigger_start, im.trigger_end - 1)):
            continue  # "...the strikes; however, their troops in Afghanistan are..."; not
            # "Seven were killed in shelling of the region: three in Zolochiv, two in ..."
        a, b = sorted((m.start, im.trigger_start if m.start < im.trigger_start else im.trigger_end))
        if any(c.label == "clause" and a <= c.start < b for c in cues) or _AS_CLAUSE.search(
            text, a, b
        ):
            continue  # "attacks by militias as the conflict in Gaza resumes", ", as talks in Cairo"
        (im.places if role == "event" else im.fallback).append(m)
    for im in out:
        im.places = _counted_towns(text, s, im.places) or most_specific(im.places)
        im.fallback = most_specific(im.fallback)
        if len(im.places) > 1:
            im.place_dead = _counts_by_place(text, s, im.places)
        elif im.places:  # "killed 11 in the Donetsk region, including five in Dobropillia"
            part = _counts_by_place(text, s, im.places)
            q = find_quantities(text, max(s, im.places[0].start - 40), im.places[0].start)
            if (
                part
                and q
                and re.search(r"\bincluding\s+$", text[max(s, q[-1].start - 12) : q[-1].start])
            ):
                im.place_dead = part
        im.country_hint = next(
            (
                m.country
                for m in ms
                if m.resolved
                and m.country
                and m.kind == "demonym"
                and _TARGET_PREP.search(text[max(s, m.start - 12) : m.start])
                and re.match(r"^\s+[a-z]", text[m.end : m.end + 3])
            ),
            None,
        )

    # dates: a day right after a verb of saying dates the statement, not the incident
    for d in dates:
        if dateline and dateline[0] <= d.start < dateline[1]:
            continue
        # "since Thursday": one episode of fighting told so far, dated from its first day
        if _record_frame(text, s, d):
            continue  # "the deadliest fighting this year", "the deepest strikes since October"
        if (d.since and not _episode(d, published)) or (
            d.precision == "year" and d.date.year == published.year
        ):
            # "have killed 4,000 civilians since 2015", "launched 10,000 drones this year": a
            # tally over a period, not one incident (it still dates nothing)
            im = nearest(d.start)
            if _segment(text, s, e, d.start)[0] <= im.trigger_start or d.since:
                counted = any(
                    q.value > 1
                    for q in find_quantities(
                        text, min(im.trigger_start, d.start), max(im.trigger_end, d.start)
                    )
                )
                im.reportable = im.reportable and not (im.plural or (im.count or 1) > 1 or counted)
            continue
        if d.context_days and (
            _words().sequel.search(text, max(s, d.start - 20), d.start) or _aside_lapse(text, s, d)
        ):
            # "The strikes came two days after a suicide bomber ...": that was two days before
            d = replace(d, context_days=-d.context_days)
        im = nearest(d.start)
        gap = min(abs(d.start - im.trigger_start), abs(d.start - im.trigger_end))
        seg = _segment(text, s, e, d.start)
        opening = _OPENS.fullmatch(text, s, d.start)
        closing = re.fullmatch(r"[\s.”\")]*", text[d.end : e])
        if opening and re.match(r"\s*,", text[d.end : d.end + 3]):
            im, gap = out[0], 0  # "Today, the militaries of ... conducted strikes"
        elif gap > 120 and not seg[0] <= im.trigger_start < seg[1] and not closing:
            continue  # "in a Friday phone call ... protect troops from attacks": not its day
        if _near_before(cues, text, d.start, 22, "reporting") is not None:
            im.statement_date = im.statement_date or d
        elif im.date is None or gap < min(
            abs(im.date.start - im.trigger_start), abs(im.date.start - im.trigger_end)
        ):
            im.date = d  # the day nearest the trigger
            # (a day after the trigger in its own clause is its day, however long the clause)
            own_clause = seg[0] <= im.trigger_start < seg[1] and d.start > im.trigger_start
            im.date_gap = 0 if own_clause else gap

    # "Two days after a drone hit a hospital, another struck a school on Monday": the one
    # after the opening lapse is dated from the day of the other
    for d in dates:
        if not (
            d.context_days
            and re.fullmatch(r"[\s“\"]*", text[s : d.start])
            and re.search(r"(?:after|before)$", text[d.start : d.end], re.I)
        ):
            continue
        told = next((im for im in out if im.date is not None and im.date.start == d.start), None)
        day = next(
            (
                im.date
                for im in out
                if im is not told
                and im.date is not None
                and im.date.context_days is None
                and im.date.precision == "day"
            ),
            None,
        )
        if told is not None and day is not None:
            told.date = replace(
                day, date=day.date - dt.timedelta(days=d.context_days), start=d.start, end=d.end
            )

    for im in out:
        # "residents still remember the bombs that fell on the town": no incident of the news
        memory = [
            c for c in cues if c.label == "memory" and s <= c.start and c.end <= im.trigger_start
        ]
        if memory and (
            im.date is None
            # "Twenty-three years after the September 11 attacks": the day names the incident
            or any(
                im.trigger_start - c.end <= 40
                and im.date.start < im.trigger_start
                and c.end <= im.date.start
                for c in memory
            )
        ):
            im.reportable = False
        told = im.statement_date
        if im.date is not None and im.date.from_writing and told is not None:
            # "attacked the city overnight, the governor said Thursday": Thursday's overnight
            shift = told.date - published
            if told.precision == "day" and shift.days < 0:
                im.date = replace(im.date, date=im.date.date + shift, from_writing=False)

    # casualty counts, to the incident whose trigger precedes them
    for tl in find_tolls(text, s, e, casualty_words, lex):
        prior = [im for im in out if im.trigger_start <= tl.start]
        (prior[-1] if prior else out[0]).tolls.append(tl)

    for im in out:
        # the violence, not the verb of killing that tells its toll: "Five people were killed
        # in an Israeli strike" is the strike's
        head = _violence(
            [t for t in triggers if im.trigger_start <= t.start < im.trigger_end], toll_words
        )
        im.actor = _actor(text, s, e, head, ms)
        im.target = _target(text, head, e, im.places[0] if im.places else None)
    return out
