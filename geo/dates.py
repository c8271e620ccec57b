"""Date expressions in news text, resolved against the article's publication date.

"On November 22", "Nov. 22, 2023", "Friday", "last week", "since October", "in 2019".
Month-day forms are parsed by ``dateparser`` with the publication date as base; a date that
would fall after publication moves back a year (news reports the past).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import dateparser

__all__ = ["DateRef", "find_dates"]

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?"
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DATE_RE = re.compile(
    rf"(?P<since>\b(?:since|from)\s+)?(?:"
    rf"(?P<md>\b(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?)"
    rf"|(?P<dm>\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b(?:,?\s+\d{{4}})?)"
    rf"|(?P<wd>\b(?:last\s+|this\s+|on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    rf"|(?P<rel>\b(?:yesterday|today|last night|earlier today|on Tuesday night)\b)"
    rf"|(?P<week>\b(?:last|this|earlier this|past)\s+week\b)"
    rf"|(?P<month>\b(?:(?:early|mid|late)-?\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{{4}})?\b)"
    rf"|(?P<lastmonth>\b(?:last|this|earlier this)\s+month\b)"
    rf"|(?P<year>\bin\s+(?:19|20)\d{{2}}\b)"
    rf")",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateRef:
    """A resolved date expression: ``date`` (start), ``precision``, span, and ``since`` for
    open periods ("since October": from ``date`` to publication)."""

    date: dt.date
    precision: str  # day, week, month, year
    start: int
    end: int
    since: bool = False


def _not_after(d: dt.date, published: dt.date, explicit_year: bool) -> dt.date:
    if d > published and not explicit_year:
        try:
            return d.replace(year=d.year - 1)
        except ValueError:  # 29 February
            return d.replace(year=d.year - 1, day=28)
    return d


def _parse(expr: str, published: dt.date) -> dt.date | None:
    base = dt.datetime.combine(published, dt.time(12))
    got = dateparser.parse(
        expr,
        languages=["en"],
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "past",
            "PREFER_DAY_OF_MONTH": "first",
        },
    )
    return got.date() if got else None


def find_dates(
    text: str, published: dt.date, start: int = 0, end: int | None = None
) -> list[DateRef]:
    """Date expressions in ``text[start:end]`` resolved against ``published``."""
    out = []
    stop = len(text) if end is None else end
    for m in _DATE_RE.finditer(text, start, stop):
        since = bool(m.group("since"))
        expr = m.group(0)[len(m.group("since") or "") :]
        kind = m.lastgroup
        d: dt.date | None
        precision = "day"
        if kind in ("md", "dm"):
            d = _parse(re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", expr), published)
            if d:
                d = _not_after(d, published, bool(re.search(r"\d{4}", expr)))
        elif kind == "wd":
            name = expr.split()[-1].lower()
            back = (published.weekday() - _WEEKDAYS.index(name)) % 7
            if expr.lower().startswith("last") and back == 0:
                back = 7
            d = published - dt.timedelta(days=back)
        elif kind == "rel":
            d = published - dt.timedelta(days=0 if "today" in expr.lower() else 1)
        elif kind == "week":
            this = expr.lower().startswith(("this", "earlier this"))
            monday = published - dt.timedelta(days=published.weekday())
            d = monday if this else monday - dt.timedelta(days=7)
            precision = "week"
        elif kind in ("month", "lastmonth"):
            precision = "month"
            if kind == "lastmonth":
                first = published.replace(day=1)
                d = (
                    first
                    if "this" in expr.lower()
                    else (first - dt.timedelta(days=1)).replace(day=1)
                )
            else:
                words = re.sub(r"^(?:early|mid|late)-?\s*", "", expr, flags=re.I)
                parsed = _parse(f"1 {words}", published)
                d = (
                    _not_after(parsed, published, bool(re.search(r"\d{4}", words)))
                    if parsed
                    else None
                )
                if d:
                    d = d.replace(day=1)
                if words.lower() == "may" and not since:
                    continue  # the verb "may"
        else:  # year
            d = dt.date(int(expr[-4:]), 1, 1)
            precision = "year"
        if d is None:
            continue
        out.append(DateRef(d, precision, m.start(), m.end(), since))
    return out
