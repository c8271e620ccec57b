import datetime as dt

from geo.dates import find_dates

PUB = dt.date(2023, 12, 2)  # a Saturday


def _dates(text, pub=PUB):
    return [(d.date.isoformat(), d.precision, d.since) for d in find_dates(text, pub)]


def test_day_forms():
    assert _dates("On November 22 and on Nov. 5, 2021") == [
        ("2023-11-22", "day", False),
        ("2021-11-05", "day", False),
    ]
    assert _dates("late Friday") == [("2023-12-01", "day", False)]
    assert _dates("said yesterday") == [("2023-12-01", "day", False)]


def test_week_month_year_and_since():
    assert _dates("last week") == [("2023-11-20", "week", False)]
    assert _dates("Since October, troops") == [("2023-10-01", "month", True)]
    assert _dates("defeated in 2019") == [("2019-01-01", "year", False)]


def test_no_future_dates():
    assert _dates("On December 20", dt.date(2023, 12, 2)) == [("2022-12-20", "day", False)]


def test_may_the_verb_is_not_a_month():
    assert _dates("it may resume") == []


def test_overnight_and_this_morning_are_the_day_of_publication():
    assert _dates("strikes overnight") == [("2023-12-02", "day", False)]
    assert _dates("early this morning") == [("2023-12-02", "day", False)]


def test_the_past_day_of_a_daily_report_is_the_day_before_it():
    assert _dates("shelled 12 villages over the past day") == [("2023-12-01", "day", False)]
    assert _dates("in the last 24 hours, drones hit") == [("2023-12-01", "day", False)]
    assert _dates("in the past 24 years") == []


def test_dates_sought_around_their_anchors_are_those_of_a_full_scan():
    from geo.dates import _DATE_RE, _matches

    text = (
        "Since Monday, November 20, 2023, the market in Omar's district has seen strikes every "
        "day; two weeks ago a drone hit it, and hours earlier on the same day another came. "
        + "A long clause without any word of time goes on and on here. " * 3
        + "Over the past 24 hours, and in mid-October, in 2019 and a 2016 bombing, last weekend."
    )
    full = [(m.start(), m.end()) for m in _DATE_RE.finditer(text)]
    assert [(m.start(), m.end()) for m in _matches(text, 0, len(text))] == full
    assert len(full) >= 9


def test_calendar_forms_read_alike():
    """Every spelling of a calendar day gives that day (read by strptime, dateparser behind)."""
    forms = [
        "On 22 November",
        "on November 22nd",
        "on Wednesday, November 22",
        "on Wed. 22 Nov.",
        "on Nov 22, 2023",
        "on 22nd November 2023",
        "on Sept. 22, 2023",
    ]
    for text in forms[:-1]:
        assert _dates(text) == [("2023-11-22", "day", False)], text
    assert _dates(forms[-1]) == [("2023-09-22", "day", False)]


def test_leap_day_without_a_year():
    assert _dates("on 29 February", dt.date(2024, 3, 5)) == [("2024-02-29", "day", False)]
    # no 29 February in 2023: the last one before publication
    assert _dates("on February 29", dt.date(2023, 3, 5)) == [("2020-02-29", "day", False)]


def test_sentences_without_dates_are_skipped_quickly():
    assert _dates("Shells fell on the port and two cranes burned.") == []


def test_earlier_in_the_day_is_the_day_of_the_incident_told():
    got = find_dates("A drone hit a barn earlier in the day.", dt.date(2024, 2, 21))
    assert [(d.date, d.context_days) for d in got] == [(dt.date(2024, 2, 21), 0)]
    got = find_dates("Rebels struck again later that day.", dt.date(2024, 2, 21))
    assert [d.context_days for d in got] == [0]
    for said in (
        "Hours earlier, a shell hit a school.",
        "Forty minutes later a second drone came.",
    ):
        assert [d.context_days for d in find_dates(said, dt.date(2024, 2, 21))] == [0]


def test_a_wire_storys_dateline_gives_the_day_it_was_written():
    from geo.dates import dateline_date
    from geo.roles import dateline_span

    text = "Title\n\nKHARTOUM, Feb 1 (Reuters) - Shelling killed five on Saturday."
    assert dateline_date(text, dateline_span(text), dt.date(2025, 2, 10)) == dt.date(2025, 2, 1)
    # a dateline without a day, or a day long before publication, changes nothing
    text = "Title\n\nKHARTOUM (Reuters) - Shelling killed five on Saturday."
    assert dateline_date(text, dateline_span(text), dt.date(2025, 2, 10)) == dt.date(2025, 2, 10)


def test_a_year_before_a_noun_dates_it_when_it_is_past():
    got = find_dates("a court tried him for a 2016 bombing in Karrada", dt.date(2024, 2, 26))
    assert [(d.date, d.precision) for d in got] == [(dt.date(2016, 1, 1), "year")]
    assert find_dates("the 2024 offensive in the east", dt.date(2024, 2, 26)) == []


def test_the_weekend_is_the_week_of_its_saturday():
    got = find_dates("Gangs stormed the prison over the weekend.", dt.date(2024, 3, 5))
    assert [(d.date, d.precision, d.latest) for d in got] == [
        (dt.date(2024, 2, 26), "week", dt.date(2024, 3, 3))
    ]
