"""Sentence spans of a text (offsets into it), aware of news abbreviations ("U.S.", "Gen.")."""

from __future__ import annotations

import re

__all__ = ["sentence_spans"]

_ABBREV = re.compile(
    r"(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Maj|Capt|Adm|Gov|Sen|Rep|Rev|No|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Co|Corp|Ltd|vs|Va|Calif|Fla|Mass|Pa)\.)$"
)
_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*\s+|\n\s*\n|\n(?=[A-Z“\"])")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed, in order."""
    spans = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        head = text[max(0, m.start() - 12) : m.start() + 1]
        if text[m.start()] == "." and _ABBREV.search(head):
            nxt = text[end : end + 1]
            titles = re.search(
                r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Maj|Capt|Adm|Gov|Sen|Rep|Rev)\.$", head
            )
            if not nxt or not nxt.isupper() or titles:
                continue  # "U.S. personnel", "Gen. Smith"
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
        if e > s:
            out.append((s, e))
    return out
