"""Publication dates: values users give, and the date line an article prints about itself."""

import datetime as dt

import pytest

from geo.published import date_line, parse_published

TODAY = dt.date(2024, 3, 10)


def test_parse_published_values():
    assert parse_published("2024-03-02", today=TODAY) == dt.date(2024, 3, 2)
    assert parse_published(dt.datetime(2024, 3, 2, 23, 5), today=TODAY) == dt.date(2024, 3, 2)
    assert parse_published(None, today=TODAY) == TODAY
    assert parse_published("2024-03-11", today=TODAY) == dt.date(2024, 3, 11)  # time zones


@pytest.mark.parametrize(
    ("value", "says"),
    [("2024-13-01", "not YYYY-MM-DD"), ("March 2", "not YYYY-MM-DD"), ("2030-01-01", "future")],
)
def test_parse_published_refuses(value, says):
    with pytest.raises(ValueError, match=says):
        parse_published(value, today=TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "Shelling hits the port\n4 March 2024\nShells fell on the port at dawn.",
        "Published: Mar. 4, 2024 09:15 GMT\nShells fell on the port at dawn.",
        "Last updated Monday, 4 March 2024 at 9.15 am EST\nShells fell on the port.",
        "By Ana Reyes | March 4, 2024\nShells fell on the port at dawn.",
        "ODESA, March 4, 2024 (Reuters) - Shells fell on the port at dawn.",
        "MYKOLAIV, Ukraine (March 4, 2024) - Shells fell on the port at dawn.",
        "Southern Command Press Office Mykolaiv, Ukraine Mar 04, 2024\n\nShells fell on the port.",
        "Posted 2024-03-04\nShells fell on the port at dawn.",
    ],
)
def test_date_lines(text):
    assert date_line(text, today=TODAY) == dt.date(2024, 3, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Shells fell on the port on March 4, 2024, killing two dock workers.",  # prose
        "On 4 March 2024, shells fell on the port.",
        "A crane burns at the port of Odesa, Ukraine, March 4, 2022.\nShells fell again.",  # caption
        "Shelling hits the port\n4 March\nShells fell on the port at dawn.",  # no year
        "Shelling hits the port\n4 March 2031\nShells fell on the port.",  # in the future
        "Shells fell on the port at dawn.",
    ],
)
def test_no_date_line(text):
    assert date_line(text, today=TODAY) is None


def test_only_the_head_is_read():
    body = "\n".join(f"Paragraph {i} about the shelling." for i in range(40))
    assert date_line(body + "\n4 March 2024\n", today=TODAY) is None


def test_parse_published_refuses_dates_before_1900():
    with pytest.raises(ValueError, match="before 1900"):
        parse_published("0001-01-01", today=TODAY)


def test_a_label_is_a_whole_word():
    """'candidate' ends in 'date' but labels nothing; prose with a date stays prose."""
    text = "Voters backed the candidate 4 March 2024 rallies drew crowds of thousands across the region\nx"
    assert date_line(text, today=TODAY) is None
