import pytest

from geo.bearings import destination, offset_before


@pytest.mark.parametrize(
    ("phrase", "km", "bearing", "opens"),
    [
        ("a base 40 kilometers southeast of ", 40.0, "southeast", "40"),
        ("some 20 miles north of the capital of ", 20 * 1.609344, "north", "some"),
        ("about 12 km (7 miles) west-northwest of ", 12.0, "westnorthwest", "about"),
        ("five kilometres to the south of ", 5.0, "south", "five"),
    ],
)
def test_offset_before_reads_distance_and_bearing(phrase, km, bearing, opens):
    text = phrase + "Mosul"
    off = offset_before(text, len(phrase))
    assert off is not None and off.km == pytest.approx(km) and off.bearing == bearing
    assert text[off.start :].startswith(opens)


@pytest.mark.parametrize(
    "phrase",
    ["40 kilometers from ", "3,000 kilometers east of ", "north of ", "40 kilometers up of "],
)
def test_offset_before_refuses_what_gives_no_point(phrase):
    assert offset_before(phrase + "Mosul", len(phrase)) is None


def test_destination_moves_the_distance_along_the_bearing():
    lat, lon = destination(0.0, 0.0, 111.32, "north")
    assert lat == pytest.approx(1.0, abs=0.01) and lon == pytest.approx(0.0)
    lat, lon = destination(0.0, 0.0, 111.32, "east")
    assert lon == pytest.approx(1.0, abs=0.01) and lat == pytest.approx(0.0, abs=1e-9)


def test_nautical_miles_as_maritime_reports_give_them():
    for phrase, km in (
        ("a tanker about 76 nautical miles northwest of ", 76 * 1.852),
        ("a vessel 60 nm southwest of ", 60 * 1.852),
    ):
        off = offset_before(phrase, len(phrase))
        assert off is not None and abs(off.km - km) < 0.01
