"""Date expressions in news text, resolved against the article's publication date.

"On November 22", "Nov. 22, 2023", "Friday 10 April", "Friday", "last week", "one week ago",
"since October", "in 2019", "last year". Month-day forms are parsed by ``dateparser`` with the
publication date as base; a date that would fall after publication moves back a year (news
reports the past). "A day earlier" and "the same day" point at the day of the incident told
before them: they come back with ``context_days`` set, for the caller to resolve.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from geo.numbers import parse_number

__all__ = ["CALENDAR_WORDS", "DateRef", "clear_cache", "dateline_date", "find_dates"]

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?"
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Month and weekday names and abbreviations, lower case: capitalised, but never places.
CALENDAR_WORDS = frozenset(
    {m.lower() for m in calendar.month_name[1:]}
    | {m.lower() for m in calendar.month_abbr[1:]}
    | {"sept"}
    | set(_WEEKDAYS)
)
_WD = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_COUNT = r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a|an"
_DATE_RE = re.compile(
    rf"(?P<since>\b(?:since|from)\s+)?(?:"
    rf"(?P<md>\b(?:(?:{_WD}),?\s+)?(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?)"
    rf"|(?P<dm>\b(?:(?:{_WD}),?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b(?:,?\s+\d{{4}})?)"
    rf"|(?P<ago>\b(?:{_COUNT})\s+(?P<unit>days?|weeks?|months?|years?)\s+(?:ago|on|since)\b)"
    rf"|(?P<ctx>\b(?:(?:a|one|two|three|the)\s+(?:days?|weeks?)\s+(?:earlier|before|later|after)|"
    rf"(?:on\s+)?the\s+same\s+day|(?:earlier|later)\s+(?:in\s+the|that)\s+day|"
    rf"(?:hours?|minutes?|moments)\s+(?:earlier|later)|"
    rf"(?:on\s+)?the\s+previous\s+day|the\s+day\s+before|"
    rf"the\s+next\s+day|the\s+following\s+day)\b)"
    rf"|(?P<wd>\b(?:last\s+|this\s+|on\s+)?(?:{_WD})\b(?!,?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d)))"
    rf"|(?P<rel>\b(?:yesterday|today|last night|earlier today|tonight|overnight|this morning|early this morning|this afternoon|this evening|"
    rf"(?:over|in|during)\s+the\s+(?:past|last)\s+(?:day|24\s+hours))\b)"
    rf"|(?P<week>\b(?:last|this|earlier this|past)\s+week\b)"
    rf"|(?P<weekend>(?<=\s)weekend\b)"
    rf"|(?P<month>\b(?:(?:early|mid|late)-?\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{{4}})?\b)"
    rf"|(?P<lastmonth>\b(?:last|this|earlier this)\s+month\b)"
    rf"|(?P<lastyear>\b(?:last|this|earlier this)\s+year\b)"
    rf"|(?P<year>\bin\s+(?:19|20)\d{{2}}\b|(?<=since\s)(?:19|20)\d{{2}}\b)"
    rf"|(?P<yearadj>(?:(?<=\ba\s)|(?<=\ban\s)|(?<=\bthe\s))(?:19|20)\d{{2}}(?=\s+[a-z]))"
    rf")",
    re.IGNORECASE,
)
#: Every form of ``_DATE_RE`` holds one of these strings: a span without any has no date, and
#: the long pattern is not run on it.
_ANCHOR = re.compile(
    rf"\b(?:{_MONTHS})\b|day|ago|week|month|year|night|morning|"
    r"afternoon|evening|(?:hours?|minutes?|moments)\s+(?:earlier|later)|24\s+hours|"
    r"(?:19|20)\d\d",
    re.IGNORECASE,
)
#: The words before "weekend" that make it the last one ("over the weekend", "last weekend").
_WEEKEND_BEFORE = re.compile(r"\b(?:(?:over|at|during|on)\s+the|last|this)\s+$", re.I)
_CTX_DAYS = {
    "earlier": -1, "before": -1, "previous": -1, "later": 1, "after": 1, "next": 1, "following": 1,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class DateRef:
    """A resolved date expression.

    ``date`` is its first day and ``precision`` its length (day, week, month, year); ``since``
    marks open periods ("since October": from ``date`` to publication). ``context_days`` is set
    for days told relative to an incident ("a day earlier": -1, "the same day": 0); ``date``
    then holds publication + that offset until the caller resolves it.
    """

    date: dt.date
    precision: str  # day, week, month, year
    start: int
    end: int
    since: bool = False
    context_days: int | None = None
    #: told from the day of writing ("today", "overnight"): a report dated otherwise moves it
    from_writing: bool = False

    @property
    def latest(self) -> dt.date:
        """The last day the expression can mean (its period's end)."""
        if self.precision == "week":
            return self.date + dt.timedelta(days=6)
        if self.precision == "month":
            last = calendar.monthrange(self.date.year, self.date.month)[1]
            return self.date.replace(day=last)
        if self.precision == "year":
            return self.date.replace(month=12, day=31)
        return self.date


def _not_after(d: dt.date, published: dt.date, explicit_year: bool) -> dt.date:
    if d > published and not explicit_year:
        try:
            return d.replace(year=d.year - 1)
        except ValueError:  # 29 February
            return d.replace(year=d.year - 1, day=28)
    return d


_CALENDAR_FORMATS = (
    "%d %B %Y",
    "%d %b %Y",
    "%B %d %Y",
    "%b %d %Y",
    "%d %B",
    "%d %b",
    "%B %d",
    "%b %d",
)


@lru_cache(maxsize=4096)
def _month_day_year(expr: str) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) of a day-month(-year) expression, read with ``strptime``."""
    clean = " ".join(expr.replace(",", " ").replace(".", " ").split())
    clean = re.sub(r"\bsept\b", "Sep", clean, flags=re.I)
    for fmt in _CALENDAR_FORMATS:
        try:
            parsed = dt.datetime.strptime(clean, fmt)
        except ValueError:
            continue
        return parsed.month, parsed.day, parsed.year if "%Y" in fmt else None
    return None


def _calendar_date(expr: str, published: dt.date) -> dt.date | None:
    """A day-month(-year) expression the pattern already shaped ("Nov. 22, 2023", "22 November"),
    read with the standard library's ``strptime``; a missing year is the publication year."""
    found = _month_day_year(expr)
    if found is None:
        return None
    month, day, year = found
    try:
        return dt.date(published.year if year is None else year, month, day)
    except ValueError:  # 29 February of a common year
        return None


def _parse(expr: str, published: dt.date) -> dt.date | None:
    """A calendar date: the fast ``strptime`` forms first, ``dateparser`` for the rest."""
    quick = _calendar_date(expr, published)
    if quick is not None:
        return quick
    import dateparser  # slow to import; only the rare forms strptime cannot read need it

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


def _ago(expr: str, unit: str, published: dt.date) -> tuple[dt.date, str]:
    n = parse_number(expr.split()[0]) if expr.split()[0].lower() not in ("a", "an") else 1
    n = n or 1
    unit = unit.lower().rstrip("s")
    if unit == "day":
        return published - dt.timedelta(days=n), "day"
    if unit == "week":
        return published - dt.timedelta(days=7 * n), "day"
    if unit == "month":
        y, m = divmod(published.year * 12 + published.month - 1 - n, 12)
        return dt.date(y, m + 1, 1), "month"
    return dt.date(published.year - n, 1, 1), "year"


def _context(expr: str, published: dt.date) -> tuple[dt.date, str, int]:
    words = expr.lower().split()
    if words[-1] == "day" and words[-2] in ("the", "that"):
        return published, "day", 0  # "earlier in the day", "later that day": the same day
    if any(w.startswith(("hour", "minute", "moment")) for w in words):
        return published, "day", 0  # "hours earlier", "minutes later": the same day
    offset = next((v for w, v in _CTX_DAYS.items() if w in words), 0)
    if offset and words[0] in ("two", "three"):
        offset *= 2 if words[0] == "two" else 3
    if words[1].startswith("week"):
        offset *= 7  # "a week earlier", "two weeks later"
    return published + dt.timedelta(days=offset), "day", offset


def find_dates(
    text: str, published: dt.date, start: int = 0, end: int | None = None
) -> list[DateRef]:
    """Date expressions in ``text[start:end]`` resolved against ``published`` (kept for the
    last few hundred spans asked about: several readers ask about each sentence)."""
    return list(_dates(text, published, start, len(text) if end is None else end))


def clear_cache() -> None:
    """Forget the spans read so far (an article's reader calls it when done: the cache holds
    the text it was asked about)."""
    _dates.cache_clear()


#: Every date expression begins at most this many characters before one of its anchor
#: strings ("since Monday, ..." before "day") and ends at most this many after its last.
_BEFORE_ANCHOR, _AFTER_ANCHOR = 40, 50


def _matches(text: str, start: int, stop: int) -> Iterator[re.Match]:
    """``_DATE_RE`` matches in ``text[start:stop]``, sought only around its anchor strings:
    the long pattern tried at every character of every sentence was the reader's costliest
    step."""
    lo = hi = -1
    for a in _ANCHOR.finditer(text, start, stop):
        a_lo, a_hi = max(start, a.start() - _BEFORE_ANCHOR), min(stop, a.end() + _AFTER_ANCHOR)
        if a_lo <= hi:
            hi = max(hi, a_hi)
            continue
        if hi > lo:
            yield from _DATE_RE.finditer(text, lo, hi)
        lo, hi = a_lo, a_hi
    if hi > lo:
        yield from _DATE_RE.finditer(text, lo, hi)


@lru_cache(maxsize=512)
def _dates(text: str, published: dt.date, start: int, stop: int) -> tuple[DateRef, ...]:
    out: list[DateRef] = []
    for m in _matches(text, start, stop):
        # "from Saturday's strike" is that day's strike, not a period from Saturday on
        since = bool(m.group("since")) and text[m.end() : m.end() + 2] not in ("'s", "’s")
        expr = m.group(0)[len(m.group("since") or "") :]
        kind = m.lastgroup
        d: dt.date | None
        precision = "day"
        ctx = None
        if kind in ("md", "dm"):
            bare = re.sub(rf"^(?:{_WD}),?\s+", "", expr, flags=re.I)
            d = _parse(re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", bare), published)
            if d:
                d = _not_after(d, published, bool(re.search(r"\d{4}", expr)))
        elif kind == "ago":
            d, precision = _ago(expr, m.group("unit"), published)
        elif kind == "ctx":
            d, precision, ctx = _context(expr, published)
        elif kind == "wd":
            name = expr.split()[-1].lower()
            back = (published.weekday() - _WEEKDAYS.index(name)) % 7
            if expr.lower().startswith("last") and back == 0:
                back = 7
            d = published - dt.timedelta(days=back)
        elif kind == "rel":
            d = published - dt.timedelta(
                # "over the past day", "in the last 24 hours": a morning report's day before
                days=1 if expr.lower() in ("yesterday", "last night") or " the " in expr else 0
            )
        elif kind == "week":
            this = expr.lower().startswith(("this", "earlier this"))
            monday = published - dt.timedelta(days=published.weekday())
            d = monday if this else monday - dt.timedelta(days=7)
            precision = "week"
        elif kind == "weekend":
            if not _WEEKEND_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                continue  # "a weekend of talks": no day
            # "over the weekend": the week (Monday on) of the last Saturday
            saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
            d = saturday - dt.timedelta(days=5)
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
        elif kind == "lastyear":
            precision = "year"
            d = dt.date(published.year - (0 if "this" in expr.lower() else 1), 1, 1)
        elif kind == "yearadj":
            # "a 2016 bombing", "the 2008 war": an incident of that year; a year not yet past
            # ("the 2024 offensive" in 2024) tells no more than the story's own days
            if int(expr[-4:]) >= published.year:
                continue
            d = dt.date(int(expr[-4:]), 1, 1)
            precision = "year"
        else:  # year
            d = dt.date(int(expr[-4:]), 1, 1)
            precision = "year"
        if d is None:
            continue
        out.append(DateRef(d, precision, m.start(), m.end(), since, ctx, kind == "rel"))
    return tuple(out)


#: A dateline's day this many days before publication is the day the story was written.
DATELINE_DAYS = 31


def dateline_date(text: str, dateline: tuple[int, int] | None, published: dt.date) -> dt.date:
    """The day a wire story was written when its dateline gives it ("KHARTOUM, Feb 1
    (Reuters) -" in a page published on Feb 10), else ``published``: "on Saturday" in the story
    is the Saturday before the dateline's day."""
    if dateline is None:
        return published
    for d in find_dates(text, published, dateline[0], dateline[1]):
        if (
            d.precision == "day"
            and d.context_days is None
            and not d.since
            and 0 <= (published - d.date).days <= DATELINE_DAYS
        ):
            return d.date
    return published
