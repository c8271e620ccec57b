"""Sentence spans of a text (offsets into it), aware of news abbreviations ("U.S.", "Gen.").

A line break before a capital or a list bullet ("*", "•", "--") also ends a sentence, so the
headings and bullet points of press releases are read one by one.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from geo.lexicon import lexicon

__all__ = ["MAX_SENTENCE_CHARS", "is_sentence_start", "sentence_spans"]

#: Longer stretches without a sentence end (lists, tables, hostile input) are cut at a space,
#: so reading a sentence, which compares its words with each other, stays linear in the text.
MAX_SENTENCE_CHARS = 1500

# Linear on any input: a run of "." or "!?" is entered only at its first character (the
# lookbehind), and its quantifiers are possessive, so no position is scanned twice.
_BOUNDARY = re.compile(
    r"(?<![.!?])[.!?]++[\"”’')\]]*+\s+|\n[ \t\r]*\n|\n(?=[ \t]*(?:[A-Z“\"•*]|--?\s|[–—]\s))"
)


#: What may stand right before a sentence's first word (quotes, dashes, a colon ...).
_SENTENCE_END = (".", "!", "?", "\n", "“", '"', ":", ";", "—", "–", "(", "‘")


_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,3}$")
_NEXT_WORD = re.compile(r"[A-Za-z]+")


class _Abbreviations(NamedTuple):
    any: re.Pattern  # initials or a listed abbreviation with its dot, at the end of a stretch
    title: re.Pattern  # a person's title with its dot ("Brig."): never ends a sentence


@lru_cache(maxsize=1)
def _abbreviations() -> _Abbreviations:
    """Patterns of the ``abbrev`` and ``title_abbrev`` classes of ``data/lexicon/words.csv``."""
    lex = lexicon()
    titles = lex.alternation("words", "title_abbrev")
    others = lex.alternation("words", "abbrev", "title_abbrev")
    return _Abbreviations(
        # initials, small ones ("4 a.m. (local time)", "e.g."), or a listed abbreviation
        any=re.compile(rf"(?:\b(?:[A-Z]\.){{1,3}}|\b(?:[a-z]\.){{2}}|\b(?i:{others})\.)$"),
        title=re.compile(rf"\b(?:{titles})\.$", re.IGNORECASE),
    )


@lru_cache(maxsize=1)
def _openers() -> frozenset[str]:
    """Words that open a sentence after initials ("... the U.S. The ministry said"), from the
    ``opener`` class of ``data/lexicon/words.csv``."""
    return lexicon().phrases("words", "opener")


def is_sentence_start(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence, a line or a quotation."""
    before = text[max(0, start - 4) : start].rstrip(" \t")
    return not before or before.endswith(_SENTENCE_END)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed, in order."""
    spans = []
    start = 0
    abbrev = _abbreviations()
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        head = text[max(0, m.start() - 12) : m.start() + 1]
        if text[m.start()] == "." and abbrev.any.search(head):
            nxt = text[end : end + 1]
            if not nxt or not nxt.isupper() or abbrev.title.search(head):
                continue  # "U.S. personnel", "Gen. Smith"
            initials = _INITIALS.search(head)
            word = _NEXT_WORD.match(text, end)
            if initials and word and word.group(0).lower() not in _openers():
                continue  # "U.S. Central Command said": a name goes on, an opener starts anew
        spans.append((start, end))
        start = end
    if start < len(text):
        spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        while e - s > MAX_SENTENCE_CHARS:  # no sentence is this long: cut at a space
            cut = text.rfind(" ", s + MAX_SENTENCE_CHARS // 2, s + MAX_SENTENCE_CHARS)
            cut = cut if cut > s else s + MAX_SENTENCE_CHARS
            out.append((s, cut))
            s = cut
            while s < e and text[s].isspace():
                s += 1
        if e > s:
            out.append((s, e))
    return out
