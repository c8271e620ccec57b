"""What the text adds to resolved names (geo/refine.py): parts of areas ("eastern Syria")
and sites it places by distance and bearing, read through geoparse as users call it."""

import pytest

from geo.gazetteer import distance_km
from geo.geoparse import geoparse
from geo.refine import not_place_words


def test_days_months_and_articles_are_never_place_words():
    words = not_place_words()
    assert {"the", "his", "mr", "monday", "january"} <= words and "baghdad" not in words


def test_a_site_the_text_places_by_distance_and_bearing_resolves_everywhere():
    text = (
        "Soldiers trained at Qaraj camp, 40 kilometers southeast of Baghdad, last year.\n\n"
        "On Tuesday two rockets hit Qaraj camp."
    )
    sites = [m for m in geoparse(text) if m.text == "Qaraj"]
    assert len(sites) == 2 and all(m.feature == "site" and m.country == "IQ" for m in sites)
    baghdad = next(m for m in geoparse(text) if m.text == "Baghdad")
    assert sites[0].lat < baghdad.lat and sites[0].lon > baghdad.lon  # southeast of it
    assert 35 < distance_km(sites[0].lat, sites[0].lon, baghdad.lat, baghdad.lon) < 45


def test_a_name_before_a_distance_that_is_no_apposition_is_not_placed():
    text = "Officials said Tuesday the convoy was 40 kilometers southeast of Baghdad."
    assert [m.text for m in geoparse(text) if m.resolved] == ["Baghdad"]


@pytest.mark.parametrize(
    ("text", "name", "pid", "label"),
    [
        (
            "Airstrikes hit targets in north-west Syria.",
            "Syria",
            "cc:SY#northwest",
            "north-west Syria",
        ),
        (
            "Fighting spread in eastern DRC on Monday.",
            "DRC",
            "cc:CD#east",
            "eastern Democratic Republic of the Congo",
        ),
        (
            "Troops left the southern parts of Somalia.",
            "Somalia",
            "cc:SO#south",
            "southern Somalia",
        ),
    ],
)
def test_a_named_part_of_a_country(text, name, pid, label):
    m = next(m for m in geoparse(text) if m.text == name)
    whole = next(m for m in geoparse(f"They went to {name} on Monday.") if m.text == name)
    assert (m.place_id, m.name) == (pid, label)
    assert (m.lat, m.lon) == (whole.lat, whole.lon)  # the toponym still names the country


def test_names_that_start_with_a_direction_are_whole_places():
    found = {
        m.text: m.place_id for m in geoparse("Raids in the West Bank; talks with South Sudan.")
    }
    assert found == {"West Bank": "x:west-bank", "South Sudan": "cc:SS"}


def test_a_capitalised_direction_inside_a_sentence_is_part_of_a_name():
    (nile,) = [m for m in geoparse("Troops crossed into West Nile on Monday.") if m.resolved]
    assert "#" not in (nile.place_id or "")  # not the west of the River Nile state
    (syria,) = [m for m in geoparse("Eastern Syria saw strikes.") if m.resolved]
    assert syria.place_id == "cc:SY#east"  # opening the sentence, it is the part


@pytest.mark.parametrize(
    ("text", "name", "lat_range", "lon_range"),
    [
        ("Three missiles landed in the southern Red Sea.", "southern Red Sea", (12, 17), (40, 44)),
        ("Drones were downed over the northwestern Black Sea.", "northwestern Black Sea", (44, 47), (29, 33)),
        ("Boats sank in the central Mediterranean.", "central Mediterranean", (32, 38), (11, 20)),
    ],
)  # fmt: skip
def test_a_part_of_a_sea_takes_its_curated_point(text, name, lat_range, lon_range):
    from geo.gazetteer import load
    from geo.parts import split_part_id

    (m,) = [m for m in geoparse(text) if m.resolved]
    assert m.name == name
    base, part = split_part_id(m.place_id)
    lat, lon = load().part_point(base, part)
    assert lat_range[0] < lat < lat_range[1] and lon_range[0] < lon < lon_range[1]
