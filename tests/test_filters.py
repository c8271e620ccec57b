import datetime as dt

import pytest

import geo
from geo.filters import RecordFilter, filter_options, weekly_counts
from geo.records import KINDS


@pytest.fixture(scope="module")
def frames(sample_text):
    return geo.extract(sample_text, published="2023-12-02", doc_id="seed").frames()


def _sizes(fr, kinds=("deployment", "strike", "attack")):
    """Records per kind of the three kinds these tests write (any other kind stays empty)."""
    assert all(len(v) == 0 for k, v in fr.items() if k not in kinds)
    return {k: len(fr[k]) for k in kinds}


def test_default_keeps_everything(frames):
    assert _sizes(RecordFilter().apply(frames)) == {"deployment": 2, "strike": 1, "attack": 2}


def test_each_filter(frames):
    assert _sizes(RecordFilter(kinds=("strike",)).apply(frames)) == {
        "deployment": 0,
        "strike": 1,
        "attack": 0,
    }
    assert _sizes(RecordFilter(countries=("SY",)).apply(frames)) == {
        "deployment": 1,
        "strike": 0,
        "attack": 1,
    }
    assert _sizes(RecordFilter(min_fatalities=5).apply(frames))["strike"] == 1
    assert _sizes(RecordFilter(min_fatalities=9).apply(frames))["strike"] == 0
    assert _sizes(RecordFilter(precisions=("town",)).apply(frames)) == {
        "deployment": 0,
        "strike": 1,
        "attack": 0,
    }
    assert _sizes(RecordFilter(actors=("US",)).apply(frames))["deployment"] == 2
    # the attack period (Oct 1 - Dec 2) overlaps November; the Nov 22 strike is in it
    nov = RecordFilter(date_from=dt.date(2023, 11, 1), date_to=dt.date(2023, 11, 30)).apply(frames)
    assert _sizes(nov) == {"deployment": 0, "strike": 1, "attack": 2}


def test_options_and_weeks(frames):
    opts = filter_options(frames)
    assert opts["countries"] == ["IQ", "SY"] and "US" in opts["actors"]
    assert opts["dates"] == [dt.date(2023, 10, 1), dt.date(2023, 12, 2)]
    weeks = weekly_counts(frames)
    assert weeks.loc["2023-11-20", "strike"] == 1
    assert list(weeks.columns) == list(KINDS)  # a column per kind, in the records' order


def test_event_type_filter(frames):
    assert filter_options(frames)["event_types"] == ["air/drone strike", "attack"]
    kept = RecordFilter(event_types=("air/drone strike",)).apply(frames)
    assert _sizes(kept) == {"deployment": 0, "strike": 1, "attack": 0}
