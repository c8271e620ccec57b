"""The publication date of an article: from a given value, or a date line in the text.

Relative dates in a report ("on Thursday", "last week") resolve against the publication date,
so a wrong one moves every event. :func:`parse_published` reads a value a user gave and refuses
malformed and future dates; :func:`date_line` finds the date an article prints about itself
near its top: a line of its own ("2 December 2023", "Published: Dec. 2, 2023 10:41 GMT",
"By Jane Doe | December 2, 2023") or a dateline ("KYIV, Dec 2, 2023 (Reuters) -"). The labels
are data (``data/lexicon/date_labels.csv``).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

from geo import settings

__all__ = ["date_line", "parse_published"]

#: Lines from the top of an article searched for its date line.
HEAD_LINES = 15
#: A date line is short; longer lines are prose.
MAX_LINE_CHARS = 120
#: The earliest publication date taken (relative dates count back from it).
EARLIEST = dt.date(1900, 1, 1)
#: Days a publication date may lie ahead of this machine's today (time zones).
FUTURE_SLACK_DAYS = 1

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+"
_FULL_DATE = re.compile(
    rf"\b(?:{_WEEKDAY})?(?:{_MONTH}\s+{_DAY},?\s+\d{{4}}|{_DAY}\s+{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})\b",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,5}|UTC[+-]?\d{0,2}))?",
    re.IGNORECASE,
)
_DATELINE_HEAD = re.compile(r"^[A-Z][A-Z .'-]{1,40}(?:,\s*[A-Z][A-Za-z .'-]{1,30})?(?:,\s*|\s*\()$")
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4)
def _labels(folder: str) -> tuple[str, ...]:
    with (Path(folder) / "date_labels.csv").open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return tuple(sorted((r["phrase"].strip().lower() for r in rows), key=len, reverse=True))


def parse_published(value: str | dt.date | None, *, today: dt.date | None = None) -> dt.date:
    """A publication date from ``YYYY-MM-DD``, a date, or None (today).

    Raises ``ValueError`` for a malformed date or one after ``today`` (a report cannot be
    published in the future; a wrong date would move every relative date in it).
    """
    today = today or dt.date.today()
    if value is None:
        return today
    if isinstance(value, dt.datetime):
        when = value.date()
    elif isinstance(value, dt.date):
        when = value
    else:
        try:
            when = dt.date.fromisoformat(str(value).strip())
        except ValueError as exc:
            msg = f"publication date {value!r} is not YYYY-MM-DD"
            raise ValueError(msg) from exc
    if when < EARLIEST:
        msg = f"publication date {when.isoformat()} is before {EARLIEST.year}"
        raise ValueError(msg)
    if when > today + dt.timedelta(days=FUTURE_SLACK_DAYS):
        msg = f"publication date {when.isoformat()} is in the future (today is {today.isoformat()})"
        raise ValueError(msg)
    return when


def _parse_full(expr: str) -> dt.date | None:
    import dateparser  # slow to import; only the rare forms strptime cannot read need it

    found = dateparser.parse(
        expr,
        languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True},
    )
    return found.date() if found else None


def _is_date_line(line: str, match: re.Match[str], labels: tuple[str, ...]) -> bool:
    """The date in ``line`` is the article's own: labelled, alone, after a byline, closing a
    heading or byline, or in a dateline."""
    before, after = line[: match.start()], line[match.end() :]
    head = before.strip(" \t|:•·—–-").lower()
    if any(head == lab or head.endswith(" " + lab) for lab in labels):
        return True
    rest = _TIME.sub(" ", before + " " + after)
    words = _WORD.findall(rest)
    if len(words) <= 1:
        return True
    if re.search(r"[|•·]", before + after) and re.match(r"\s*by\s", line, re.IGNORECASE):
        return True
    if not after.strip():  # a heading or byline that ends with the date (not a caption's ".")
        return True
    return bool(_DATELINE_HEAD.match(before))


def date_line(text: str, *, today: dt.date | None = None) -> dt.date | None:
    """The date an article prints about itself in its first lines, or None.

    A full date (day, month and year) that is labelled ("Published:", "Updated"), stands on
    a line of its own (with a weekday or a time), follows a byline after a separator, or opens
    the first paragraph after a capitalised place (a dateline). Dates in prose, dates without a
    year and dates in the future are not taken.
    """
    today = today or dt.date.today()
    labels = _labels(str(settings.DATA_DIR / "lexicon"))
    lines = [ln.strip() for ln in text[:20_000].splitlines() if ln.strip()][:HEAD_LINES]
    for line in lines:
        for match in _FULL_DATE.finditer(line[:MAX_LINE_CHARS]):
            if not _is_date_line(line, match, labels):
                continue
            when = _parse_full(match.group(0))
            if when and when <= today + dt.timedelta(days=FUTURE_SLACK_DAYS):
                return when
    return None
