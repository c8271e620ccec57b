"""Counts of the dead and the wounded in a sentence: "killing twelve", "nine people were killed",
"nine children and nine adults were killed", "leaving seven people dead", "the death toll rose to 100".

Pure functions over a sentence span and the casualty hits of :mod:`geo.lexicon` (the verbs and
nouns live in ``data/lexicon/casualties.csv``). Each count keeps the position of the word that
reported it, so the caller can give it to the incident that word speaks of. All windows are
bounded, so the work is linear in the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from geo.dates import CALENDAR_WORDS
from geo.lexicon import Hit, Lexicon
from geo.normalize import fold_name
from geo.numbers import Quantity, find_quantities

__all__ = ["Toll", "find_tolls"]

_WINDOW = 160  # characters searched before a verb for its subject
_AUX = re.compile(
    r"\b(?:was|were|been|be|being|are|is|get|got)(?:\s+(?:\w+ly|also|later|all|not|confirmed))?\s+$",
    re.I,
)
# "12 officers and all six attackers": the counts joined by "and" add up
_JOIN_AFTER = re.compile(r"(?:\s*\(\d+\))?(?:\s+[\w'’-]+){0,3}?\s+and\s+(?:all\s+)?$")
# ... "and his two sons": the possessive's count adds as well
_JOINED = re.compile(
    r"(?:\s*\(\d+\))?(?:\s+[\w'’-]+){0,3}?\s+and\s+(?:all\s+|his\s+|her\s+|their\s+)?", re.I
)
_AND_ONE = re.compile(
    r"\s+and\s+(?:his|her|their|its|a|an|one|another)\s+((?:[\w'’-]+[ \t]+){0,2}[\w'’-]+)", re.I
)
#: the words of a counted group, then "and a <person>" ("two U.S. service members and a medic")
_AND_A_PERSON = re.compile(
    r"(?:\s+[\w.'’-]+){1,4}?\s+and\s+(?:a|an|one|another)\s+((?:[\w'’-]+[ \t]+){0,2}[\w'’-]+)",
    re.I,
)
#: "and one (soldier) (was)" right before a verb: one person of its own
_AND_ONE_BEFORE = re.compile(
    r"\b(?:and|while)\s+(?:one|another)\s+(?:[\w'’-]+\s+)?(?:(?:was|were)\s+)?$", re.I
)
_ONE = re.compile(r"\s+(?:one|a|an|another)\s+((?:[\w'’-]+[ \t]+){0,3}[\w'’-]+)", re.I)
_NEXT_WORD = re.compile(r"\s*(?:\(\d+\)\s*)?(?:more\s+|other\s+)?([\w%'’-]+)")
#: A month's name (or its abbreviation and dot) right before a number: "Jan. 28".
_MONTH_BEFORE = re.compile(r"\b([A-Z][a-z]{2,8})\.?\s+$")
_AGE = re.compile(r"[-\s]+(?:year|month)s?[-\s]+old\b", re.I)
_PAREN = re.compile(r"\([^()]{0,80}\)|,\s*including\b[^,;.]{0,120}(?:,|--|—)|--[^-]{0,120}--")


@lru_cache(maxsize=4)
def _group_gap(lex: Lexicon) -> re.Pattern:
    """Between a count and "and another ...": the rest of its noun phrase, no verb ("five U.S.
    service members"; not "two soldiers were killed")."""
    aux = lex.alternation("words", "auxiliary")
    return re.compile(rf"(?:\s+(?!(?:{aux})\b)[\w.'’-]*?(?<!ed)(?=\s)){{1,4}}\s+", re.I)


@lru_cache(maxsize=4)
def _toll_rise(lex: Lexicon) -> re.Pattern:
    """ "(has) risen to", "stood at": after a death toll, its new number follows."""
    verbs = lex.alternation("words", "toll_rise")
    # "the death toll from Saturday's strike on a mall in Kremenchuk rose to 20"
    of_what = r"(?:\s+(?:from|of|in)\b[^.;:!?]{0,100}?)?"
    return re.compile(
        rf"{of_what}\s+(?:has\s+|had\s+|have\s+)?(?:{verbs})\s+(?:to\s+|at\s+)?", re.I
    )


@lru_cache(maxsize=4)
def _apart(lex: Lexicon) -> re.Pattern:
    """A verb or a casualty word between two numbers: they count different things ("16 were
    killed and 43 injured"), not parts of one group ("nine children and nine adults")."""
    harm = lex.alternation("casualties", "kill", "dead", "injure", "injured")
    return re.compile(rf"\b(?:was|were|are|is|been|have|has|had|{harm})\b", re.I)


@dataclass(frozen=True, slots=True)
class Toll:
    """A count of the dead (``fatalities``) or the wounded (``injuries``) and where it was said.

    ``start``/``end`` span the reporting word ("killed", "dead"); ``replaces`` marks an updated
    death toll that supersedes earlier counts, ``adds`` a count that adds to them ("also killed").
    """

    role: str
    value: int
    qualifier: str
    start: int
    end: int
    replaces: bool = False
    adds: bool = False


def _victim_quantities(text: str, s: int, e: int, units: frozenset[str]) -> list[Quantity]:
    """Numbers in the sentence that can count people (not years, distances, weapons or times)."""
    out: list[Quantity] = []
    for q in find_quantities(text, s, e):
        if text[q.start - 1 : q.start] == "(" and out and q.start - out[-1].end <= 2:
            continue  # "six (6)"
        after = text[q.end : q.end + 2]
        if after[:1] in (":", "%") or (after[:1] == "." and after[1:].isdigit()):
            continue  # 9:30, 60%, 4.5
        raw = text[q.start : q.end]
        if 1900 <= q.value <= 2100 and "," not in raw and raw.strip()[-4:].isdigit():
            continue  # a year
        if _AGE.match(text, q.end, min(e, q.end + 12)):
            continue  # "a 70-year-old woman": an age
        month = _MONTH_BEFORE.search(text, max(s, q.start - 12), q.start)
        if month and fold_name(month.group(1)) in CALENDAR_WORDS:
            continue  # "on Jan. 28", "on March 4": a day of the month
        nxt = _NEXT_WORD.match(text, q.end, min(e, q.end + 40))
        if nxt and fold_name(nxt.group(1)) in units:
            continue
        out.append(q)
    return out


def _joined_total(
    text: str, q: Quantity, qs: list[Quantity], forward: bool, apart: re.Pattern
) -> int:
    """``q`` plus the numbers joined to it by "and" ("nine children and nine adults")."""
    total = q.value
    if text[q.start : q.start + 8].lower() == "between ":
        return total  # "between 90 and 100 people": a range, not two counts
    if forward:
        cur = q
        while True:
            m = _JOINED.match(text, cur.end, cur.end + 60)
            nxt = next((o for o in qs if m and o.start == m.end()), None)
            if nxt is None or apart.search(text, cur.end, nxt.start):
                return total
            total += nxt.value
            cur = nxt
    cur = q
    while True:
        prev = next(
            (
                o
                for o in reversed(qs)
                if o.end <= cur.start
                and _JOIN_AFTER.fullmatch(text, o.end, cur.start)
                and not apart.search(text, o.end, cur.start)
            ),
            None,
        )
        if prev is None:
            return total
        if text[prev.start : prev.start + 8].lower() == "between ":
            return prev.value  # "between 10 and 15 soldiers were killed": at least 10
        total += prev.value
        cur = prev


def _object(
    text: str,
    end: int,
    stop: int,
    qs: list[Quantity],
    persons: frozenset[str],
    apart: re.Pattern,
) -> tuple[int, str] | None:
    """The count right after a verb: "killing at least 75 people", "killed a journalist"."""
    q = next((o for o in qs if end <= o.start <= end + 3 and not text[end : o.start].strip()), None)
    if q is not None:
        total = _joined_total(text, q, qs, True, apart)
        # "killed two U.S. service members and a British medic": three
        one = _AND_A_PERSON.match(text, q.end, min(stop, q.end + 80))
        if one and any(fold_name(w) in persons for w in one.group(1).split()):
            total += 1
        return total, q.qualifier
    one = _ONE.match(text, end, min(stop, end + 60))
    if one is None:
        # "killed senior Hezbollah commander Fuad Shukr", "killed the group's leader, Hassan
        # Nasrallah": one person named
        if _named_one(persons).match(text, end, min(stop, end + 80)):
            return 1, "exact"
        return None
    words = list(re.finditer(r"[\w'’-]+", one.group(1)))
    person = next((w for w in words if fold_name(w.group(0)) in persons), None)
    if person is None:
        return None
    # "killed a senior commander and at least four other people": five
    after = one.start(1) + person.end()
    m = _JOINED.match(text, after, after + 60)
    more = next((o for o in qs if m and o.start == m.end()), None)
    if more is not None and not apart.search(text, after, more.start):
        return 1 + _joined_total(text, more, qs, True, apart), more.qualifier
    # "killed a woman and her three-year-old daughter": two
    other = _AND_ONE.match(text, after, min(stop, after + 60))
    if other and any(fold_name(w) in persons for w in other.group(1).split()):
        return 2, "exact"
    return 1, "exact"


@lru_cache(maxsize=4)
def _named_one(persons: frozenset[str]) -> re.Pattern:
    """After a verb of killing: a person's title, then the person's name ("senior Hezbollah
    commander Fuad Shukr", "the group's leader, Hassan Nasrallah")."""
    nouns = "|".join(sorted((p.replace(" ", r"\s+") for p in persons), key=len, reverse=True))
    return re.compile(
        rf"\s+(?:[Tt]he\s+)?(?:[^\W\d][\w'’.-]*\s+){{0,4}}?(?i:{nouns}),?\s+[A-Z][\w'’-]+"
    )


#: "was killed": a singular subject, one person, when no count stands before it
_ONE_SUBJECT = re.compile(r"\bwas(?:\s+(?:\w+ly|also|later|confirmed))?\s+$", re.I)

#: "no civilians", "none of the crew" between a count and a verb: the verb's subject is no one
#: of the group counted before.
_NO_GROUP = re.compile(r"\b(?:no|none\s+of)\s+[\w'’-]+", re.I)


def _subject(
    text: str,
    start: int,
    lo: int,
    qs: list[Quantity],
    near_words: int,
    apart: re.Pattern,
    lex: Lexicon,
) -> tuple[int, str] | None:
    """The count of the noun phrase before a verb or adjective: "nine people were killed"."""
    lo = max(lo, start - _WINDOW)
    clause = max(text.rfind(c, lo, start) for c in ";:")
    lo = max(lo, clause + 1)
    one = _AND_ONE_BEFORE.search(text, lo, start)
    if one:
        group = next(
            (
                q
                for q in reversed(qs)
                if lo <= q.start
                and q.end <= one.start()
                and _group_gap(lex).fullmatch(text, q.end, one.start())
            ),
            None,
        )
        if group is not None:  # "five U.S. service members and another contractor": six
            return group.value + 1, group.qualifier
        return 1, "exact"  # "two soldiers were killed and one wounded": one wounded
    hidden = [(m.start(), m.end()) for m in _PAREN.finditer(text, lo, start)]
    words = text[lo:start].split()
    if len(words) > near_words:
        cut = text.rfind(" ".join(words[-near_words:]), lo, start)
        lo = max(lo, cut)
    cands = [
        q
        for q in qs
        if lo <= q.start
        and q.end <= start
        and not any(a <= q.start < b for a, b in hidden)
        and not re.search(r"\b(?:from|of|than)\s+$", text[max(lo, q.start - 8) : q.start])
    ]
    if not cands:
        return None
    q = cands[-1]
    if _NO_GROUP.search(text, q.end, start):
        return None  # "three militants were killed and no civilians were injured": not three
    return _joined_total(text, q, qs, False, apart), q.qualifier


def find_tolls(text: str, s: int, e: int, hits: list[Hit], lex: Lexicon) -> list[Toll]:
    """The casualty counts of the sentence ``text[s:e]`` given its casualty-table ``hits``."""
    units = lex.phrases("casualties", "unit")
    persons = lex.phrases("casualties", "person")
    qs = _victim_quantities(text, s, e, units)
    apart = _apart(lex)
    out: list[Toll] = []
    for h in hits:
        role = h.label
        if role in ("person", "unit"):
            continue
        if role in ("nokill", "nohurt"):  # "no one was hurt": an explicit zero
            out.append(Toll("fatalities", 0, "exact", h.start, h.end))
            if role == "nohurt":
                out.append(Toll("injuries", 0, "exact", h.start, h.end))
            continue
        got: tuple[int, str] | None = None
        replaces = adds = False
        if role == "toll":
            m = _toll_rise(lex).match(text, h.end, min(e, h.end + 150))
            if m:
                got = _object(text, m.end() - 1, e, qs, persons, apart)
                replaces = got is not None
        elif role in ("kill", "injure", "also"):
            passive = bool(_AUX.search(text[max(s, h.start - 30) : h.start]))
            if not passive:
                got = _object(text, h.end, e, qs, persons, apart)
            # "nine people killed"; not "two blasts marked the killing of Soleimani": a verb in
            # -ing counts only what follows it
            if got is None and not text[h.start : h.end].lower().endswith("ing"):
                got = _subject(text, h.start, s, qs, 12, apart, lex)
            if (
                got is None
                and passive
                and _ONE_SUBJECT.search(text[max(s, h.start - 30) : h.start])
            ):
                got = (1, "exact")  # "a soldier was killed", "the general was wounded": one
            adds = role == "also"
        else:  # dead, injured: the counted phrase comes before
            got = _subject(text, h.start, s, qs, 8, apart, lex)
        if got is None:
            continue
        kind = "injuries" if role in ("injure", "injured") else "fatalities"
        out.append(Toll(kind, got[0], got[1], h.start, h.end, replaces, adds))
    return out
