"""What a place mention does in its sentence: location, dateline, actor or metonym.

Pure functions over the text around a span; no gazetteer access. The words that decide a role
(force nouns, verbs of saying, nouns of land ...) are in ``data/lexicon/roles.csv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from geo.lexicon import lexicon
from geo.normalize import fold_name

__all__ = ["dateline_span", "land_after", "mention_role", "part_before", "possessive_land"]

# "ERBIL, Kurdistan Region - ", "WASHINGTON, April 5 (Reuters) -", "BAGHDAD (AP) —"
_DATELINE = re.compile(
    r"^[ \t]*(?P<head>[A-Z][A-Z .'’/-]{2,40}(?:,[^\n\-—–:]{1,60})?(?:\([^)\n]{1,40}\))?)[ \t]*[-—–:]+[ \t]",
    re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class _Patterns:
    actor_after: re.Pattern
    directions: frozenset[str]
    government_after: re.Pattern
    metonym_possessive: re.Pattern
    metonym_after: re.Pattern
    metonym_before: re.Pattern
    group_before: re.Pattern
    clock_after: re.Pattern
    land_after: re.Pattern
    land_possessive: re.Pattern


_ACTOR_BEFORE = re.compile(r"(?:\bpro|\banti)[-\s]$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    """The role patterns, built from the word lists of ``data/lexicon/roles.csv``."""
    lex = lexicon()

    def words(cue: str) -> str:
        return lex.alternation("roles", cue)

    # a group's words joined by spaces or hyphens: "al-Qaeda in the"
    group = words("group").replace(r"\s+", r"[\s-]+")
    return _Patterns(
        directions=lex.table_phrases("directions"),
        actor_after=re.compile(
            rf"^(?:-(?:{words('actor_suffix')})\b|"
            rf"\s+(?:[A-Z][a-z]+\s+)?(?i:{words('force')})\b)"
        ),
        government_after=re.compile(rf"^\s+(?:[A-Z][a-z]+\s+)?(?i:{words('government')})\b"),
        metonym_possessive=re.compile(rf"^['’]s?\s+(?:{words('political')})\b", re.IGNORECASE),
        metonym_after=re.compile(
            rf"^(?:\s+and\s+[A-Z][\w-]+)?\s+(?:\w+ly\s+)?(?:{words('metonym_verb')})\b"
        ),
        metonym_before=re.compile(
            rf"\b(?:{words('metonym_before')})(?:\s+the)?\s+$", re.IGNORECASE
        ),
        group_before=re.compile(rf"\b(?:{group})\s+$", re.IGNORECASE),
        clock_after=re.compile(rf"^\s+(?:{words('clock')})\b", re.IGNORECASE),
        land_after=re.compile(rf"^\s+(?:{words('land')})\b", re.IGNORECASE),
        land_possessive=re.compile(
            rf"^['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:{words('land')})\b", re.IGNORECASE
        ),
    )


def part_before(before: str) -> bool:
    """Whether the text right before a name ends in a word of part: "central " (Mali),
    "north-western " (Syria) (the ``directions`` of the lexicon)."""
    if not before[-1:].isspace():
        return False
    words = fold_name(before[-30:]).split()
    dirs = _patterns().directions
    return bool(words) and (words[-1] in dirs or " ".join(words[-2:]) in dirs)


def land_after(after: str) -> bool:
    """Whether the text right after a place's name keeps it a place: "Iraqi territory"
    (``land`` words of ``data/lexicon/roles.csv``)."""
    return bool(_patterns().land_after.match(after))


def possessive_land(after: str) -> bool:
    """Whether the text right after a place's name is its possessive of land: "Syria's
    north", "Iraq's western desert"."""
    return bool(_patterns().land_possessive.match(after))


def dateline_span(text: str) -> tuple[int, int] | None:
    """Span of the dateline ("ERBIL, Kurdistan Region -") if the text has one near its top."""
    m = _DATELINE.search(text, 0, min(len(text), 600))
    if not m:
        return None
    head = m.group("head").split(",")[0].split("(")[0]  # "WASHINGTON (Reuters)": the city
    letters = [c for c in head if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return None
    return m.start("head"), m.end("head")


def mention_role(
    text: str, start: int, end: int, kind: str, dateline: tuple[int, int] | None
) -> str:
    """Role of the mention ``text[start:end]``.

    Parameters
    ----------
    text : str
        The whole article.
    start, end : int
        The mention's span.
    kind : str
        How the name matched: ``name``, ``alias``, ``abbrev`` or ``demonym``.
    dateline : tuple of int or None
        Span of the article's dateline (:func:`dateline_span`).

    Returns
    -------
    str
        ``dateline``, ``actor``, ``metonym`` or ``location``.
    """
    if dateline and dateline[0] <= start < dateline[1]:
        return "dateline"
    before = text[max(0, start - 40) : start]
    after = text[end : end + 60]
    pat = _patterns()
    if part_before(before):
        return "location"  # "a central Mali attack", "northern Iraq's": a part of the place
    if pat.group_before.search(before) or pat.clock_after.match(after):
        # "Islamic State Sahel Province": a branch of a group; "4 a.m. Sanaa time": a clock
        return "metonym"
    if pat.land_after.match(after) and not _ACTOR_BEFORE.search(before):
        return "location"  # "the Kalsu military base", "Iraqi territory"
    if _ACTOR_BEFORE.search(before) or pat.actor_after.match(after):
        return "actor"
    if pat.government_after.match(after):
        return "metonym"
    if kind == "demonym":
        return "location" if land_after(after) else "actor"
    if pat.metonym_possessive.match(after):
        return "metonym"
    if pat.metonym_after.match(after) and not land_after(after):
        sentence_start = before.rstrip(" ").endswith((".", "\n", "“", '"')) or start == 0
        preceded_by_prep = re.search(r"\b(?:in|at|from|near|to|into|across|of)\s+$", before)
        if sentence_start or not preceded_by_prep:
            return "metonym"
    if pat.metonym_before.search(before):
        return "metonym"
    return "location"
