"""Numbers and their hedges in news text: "2,500", "eight", "around 70", "over 60", "dozens".

Number words are converted by ``text2num``; this module only finds them and their qualifiers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

__all__ = ["QUALIFIERS", "Quantity", "clear_cache", "find_quantities", "parse_number"]

_UNITS = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety|hundred|thousand|million"
)
_WORDS = rf"(?:{_UNITS})(?:[\s-]+(?:and[\s-]+)?(?:{_UNITS}))*"
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
_VAGUE = {
    "a dozen": 12,
    "dozens": 24,
    "dozens of": 24,
    "scores of": 40,
    "hundreds": 200,
    "hundreds of": 200,
    "thousands": 2000,
    "thousands of": 2000,
}
_VAGUE_RE = r"a dozen|dozens(?: of)?|scores of|hundreds(?: of)?|thousands(?: of)?"
#: "two dozen" (24), "a hundred" (100), "a thousand" (1,000)
_COUNTED_RE = (
    rf"\b(?:{_UNITS}|\d+)\s+dozen\b"
    rf"|\ba\s+(?:hundred|thousand)(?:[\s-]+(?:and[\s-]+)?(?:{_UNITS}))*\b"
)

#: Hedge words, folded to the qualifier values records carry.
QUALIFIERS = {
    "around": "around",
    "about": "around",
    "roughly": "around",
    "some": "around",
    "approximately": "around",
    "nearly": "around",
    "almost": "under",
    "an estimated": "around",
    "estimated": "around",
    "over": "over",
    "more than": "over",
    "at least": "at least",
    "upwards of": "over",
    "up to": "up to",
    "as many as": "up to",
    "fewer than": "under",
    "less than": "under",
    "under": "under",
    "just over": "over",
    "just under": "under",
    "between": "at least",  # "between 90 and 100": the lower bound (the upper is not added)
}
_QUAL_RE = "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True))

#: A hedged number as a regex fragment without groups, for use inside other patterns.
QUANTITY_PATTERN = rf"(?:(?:{_QUAL_RE})\s+)?(?:{_COUNTED_RE}|{_DIGITS}|{_VAGUE_RE}|\b{_WORDS}\b)"

QUANTITY_RE = re.compile(
    rf"(?:(?P<qual>{_QUAL_RE})\s+)?(?P<num>{_COUNTED_RE}|{_DIGITS}|{_VAGUE_RE}|\b{_WORDS}\b)",
    re.IGNORECASE,
)
# find_quantities looks for the number first and then for its hedge right before it: the same
# matches as QUANTITY_RE (a hedge now must start a word) at less than half the cost.
_NUMBER_RE = re.compile(rf"{_DIGITS}|{_VAGUE_RE}|\b{_WORDS}\b", re.IGNORECASE)
# with "two dozen", "a hundred": asked only of the spans that hold those words
_NUMBER_COUNTED_RE = re.compile(rf"{_COUNTED_RE}|{_DIGITS}|{_VAGUE_RE}|\b{_WORDS}\b", re.IGNORECASE)
_COUNTED_HINT = re.compile(r"dozen|\ba\s+(?:hundred|thousand)", re.IGNORECASE)
_HEDGE_BEFORE = re.compile(rf"\b(?:{_QUAL_RE})\s+\Z", re.IGNORECASE)
_LONGEST_HEDGE = max(map(len, QUALIFIERS)) + 8


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number found in text, with its hedge and span."""

    value: int
    qualifier: str  # "exact", "around", "over", "up to", "at least", "under", "vague"
    start: int
    end: int


#: Largest count the extractor believes: more than anyone has fielded or lost in one report.
MAX_COUNT = 100_000_000


def parse_number(token: str) -> int | None:
    """``"2,500"`` -> 2500, ``"eight"`` -> 8, ``"two thousand"`` -> 2000; None if not a number
    or larger than :data:`MAX_COUNT` (a run of 400 nines is no count of anything)."""
    t = token.strip().lower()
    if not t:
        return None
    if t in _VAGUE:
        return _VAGUE[t]
    words = t.split()
    if len(words) == 2 and words[1] == "dozen":  # "two dozen"
        n = parse_number(words[0])
        return None if n is None else n * 12
    if len(words) > 1 and words[0] == "a":  # "a hundred", "a thousand and fifty"
        t = "one " + " ".join(words[1:])
    if re.fullmatch(_DIGITS, t):
        digits = t.replace(",", "").split(".")[0]
        value = int(digits) if len(digits) <= len(str(MAX_COUNT)) else MAX_COUNT + 1
    else:
        try:
            value = int(text2num(re.sub(r"[\s-]+", " ", t).replace(" and ", " "), "en"))
        except ValueError:
            return None
    return value if value <= MAX_COUNT else None


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every number in ``text[start:end]`` with its qualifier; offsets index ``text``.

    The readers of deployments, casualties and incidents each ask about the same sentence: the
    answer is kept for the last few hundred spans asked about.
    """
    return list(_quantities(text, start, len(text) if end is None else end))


def clear_cache() -> None:
    """Forget the spans read so far (an article's reader calls it when done: the cache holds
    the text it was asked about)."""
    _quantities.cache_clear()


@lru_cache(maxsize=512)
def _quantities(text: str, start: int, end: int) -> tuple[Quantity, ...]:
    out = []
    counted = _COUNTED_HINT.search(text, start, end) is not None
    for m in (_NUMBER_COUNTED_RE if counted else _NUMBER_RE).finditer(text, start, end):
        num = m.group(0)
        hedge = _HEDGE_BEFORE.search(text, max(start, m.start() - _LONGEST_HEDGE), m.start())
        qual = hedge.group(0).rstrip() if hedge else None
        value = parse_number(num)
        if value is None or (num.lower() in {"one"} and not qual):
            continue  # "one" is mostly an article ("one-way drones", "one of")
        if num.lower() in _VAGUE:
            qualifier = "vague"
        else:
            qualifier = QUALIFIERS[" ".join(qual.lower().split())] if qual else "exact"
        out.append(Quantity(value, qualifier, hedge.start() if hedge else m.start(), m.end()))
    return tuple(out)
