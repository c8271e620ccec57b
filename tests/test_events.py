"""Event extraction on the seed article and on articles written for these tests."""

import datetime as dt

import pytest

from geo.events import extract_events

PUB = dt.date(2024, 2, 8)  # a Thursday


def _one(events, **want):
    hits = [e for e in events if all(getattr(e, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [e.to_dict() for e in events])
    return hits[0]


def test_passive_voice_strike():
    text = "Militia positions near Al Qaim were struck by US aircraft on Tuesday, killing five fighters, officials said."
    r = extract_events(text, PUB)
    st = _one(r.strikes)
    assert (st.actor, st.country, st.date, st.fatalities) == ("US", "IQ", "2024-02-06", 5)
    assert st.place == "Al Qaim"


def test_other_forces_and_elliptical_lists():
    text = (
        "Around 3,000 Turkish troops are stationed in Syria and 2,000 in Iraq. "
        "Russia keeps roughly 4,000 soldiers in Syria, according to analysts."
    )
    r = extract_events(text, PUB)
    got = sorted((d.actor, d.country, d.count, d.qualifier) for d in r.deployments)
    assert got == [
        ("RU", "SY", 4000, "around"),
        ("TR", "IQ", 2000, "exact"),
        ("TR", "SY", 3000, "around"),
    ]
    assert r.strikes == [] and r.attacks == []


def test_several_strikes_in_one_article():
    text = (
        "Israeli jets struck weapons depots in Damascus on Monday, killing three people. "
        "Separately, Turkish drones hit Kurdish fighters near Qamishli on Sunday, wounding four."
    )
    r = extract_events(text, PUB)
    assert len(r.strikes) == 2
    dam = _one(r.strikes, actor="IL")
    assert (dam.country, dam.date, dam.fatalities, dam.weapon) == (
        "SY",
        "2024-02-05",
        3,
        "warplanes",
    )
    qam = _one(r.strikes, actor="TR")
    assert (qam.country, qam.date, qam.injuries, qam.weapon) == ("SY", "2024-02-04", 4, "drone")


def test_strike_placed_only_by_distance_and_bearing():
    text = (
        "A drone strike hit a vehicle 30 kilometers north of Erbil on Saturday, the ministry said."
    )
    r = extract_events(text, PUB)
    st = _one(r.strikes)
    assert st.geo_precision == "relative"
    assert (st.ref_place, st.ref_distance_km, st.ref_bearing) == ("Erbil", 30.0, "north")
    assert st.lat == pytest.approx(36.19 + 0.27, abs=0.02) and st.lon == pytest.approx(
        44.01, abs=0.02
    )
    assert st.country == "IQ"


def test_no_events():
    text = "The foreign ministers of Jordan and Egypt met in Amman on Sunday to discuss trade and water."
    r = extract_events(text, PUB)
    assert (r.deployments, r.strikes, r.attacks) == ([], [], [])


def test_casualties_are_not_deployments():
    text = (
        "Three US soldiers were killed and 34 were wounded in a drone attack on a base in Jordan."
    )
    r = extract_events(text, PUB)
    assert r.deployments == []


def test_halted_attacks_are_not_recorded():
    text = "The Pentagon said last week that attacks against US troops in Syria and Iraq had been halted."
    assert extract_events(text, PUB).attacks == []


def test_dates_never_after_publication():
    text = "On November 8, US warplanes struck militants in Jurf al-Nasr."
    st = extract_events(text, dt.date(2023, 11, 10)).strikes[0]
    assert st.date == "2023-11-08"


def test_a_date_that_would_be_after_publication_is_last_year_so_background():
    # "November 22" in a text of 10 November is the November before: a year old, not news
    text = "On November 22, US warplanes struck militants in Jurf al-Nasr."
    assert extract_events(text, dt.date(2023, 11, 10)).strikes == []


def test_strike_in_two_countries_is_one_group():
    text = "On Friday, US bombers struck militia targets in Iraq and Syria, including sites in Deir ez-Zor province."
    r = extract_events(text, PUB)
    assert sorted(s.country for s in r.strikes) == ["IQ", "SY"]
    syria = _one(r.strikes, country="SY")
    assert (
        syria.admin1 == "SY-DY" and syria.geo_precision == "admin1"
    )  # the province beats the country
    assert len({s.group_id for s in r.strikes}) == 1 and syria.group_id
    assert {s.date for s in r.strikes} == {"2024-02-02"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the incident noun heads the subject: "one airstrike near X struck" happened at X
        (
            "Coalition jets kept up raids on militants in Yemen on Monday.\n\n"
            "One airstrike near Marib struck a militia truck, the coalition said.",
            "Marib",
        ),
        (
            "Fighting went on across Syria on Sunday.\n\n"
            "An air strike near Raqqa destroyed a fuel depot.",
            "Raqqa",
        ),
    ],
)
def test_incident_noun_before_place_is_not_its_actor(text, place):
    r = extract_events(text, PUB)
    assert [s.place for s in r.strikes] == [place]


def test_transliterated_town_resolves_once_its_country_is_named():
    """'Shadadi' is only an alternate spelling of Ash Shaddadah; with Syria named in the article
    the spelling counts as much as any other."""
    text = "Fighting went on in Syria on Sunday.\n\nOne airstrike near Shadadi struck an oil pump."
    r = extract_events(text, PUB)
    assert [(s.country, s.geo_precision) for s in r.strikes] == [("SY", "town")]


@pytest.mark.parametrize(
    "town",
    [
        "Ceel Dheere Xaaji",  # a village the gazetteer does not know
        "Dar as Salam",  # known only as a town in Egypt
    ],
)
def test_an_unknown_town_paired_with_its_country_is_placed_in_that_country(town):
    text = (
        f"US forces conducted an airstrike near {town}, Somalia, on Monday, killing four fighters."
    )
    st = _one(extract_events(text, PUB).strikes)
    assert (st.country, st.place, st.geo_precision, st.date) == (
        "SO",
        "Somalia",
        "country",
        "2024-02-05",
    )


def test_a_strike_in_a_part_of_a_country_is_placed_in_that_part():
    text = "On Monday, Russian airstrikes hit targets in north-west Syria, killing four people."
    st = _one(extract_events(text, PUB).strikes)
    assert (st.place_id, st.place_name, st.geo_precision) == (
        "cc:SY#northwest",
        "north-west Syria",
        "country",
    )
    assert st.lat > 35 and st.lon < 38  # Idlib and Aleppo, not the middle of Syria


def test_troops_in_a_part_of_a_country():
    dep = _one(
        extract_events("About 900 US troops are stationed in eastern Syria.", PUB).deployments
    )
    assert (dep.actor, dep.count, dep.place_id) == ("US", 900, "cc:SY#east")
    assert dep.lon > 39.5


def test_a_river_in_an_area_is_one_place_in_that_country():
    text = (
        "On Monday, RAF jets struck militants near the Euphrates river in eastern Syria, "
        "officials said."
    )
    st = _one(extract_events(text, PUB).strikes)
    assert (st.place, st.country) == ("Euphrates river", "SY")


def test_a_country_whose_demonym_is_its_name_is_a_place():
    # "Djibouti" is the country's name and (in countryinfo) its demonym: in Djibouti, a place
    text = "Around 1,200 French troops remain in Niger, while 400 Italian soldiers are stationed in Djibouti."
    deps = extract_events(text, PUB).deployments
    assert {(d.actor, d.country, d.count) for d in deps} == {("FR", "NE", 1200), ("IT", "DJ", 400)}


def test_the_city_of_a_described_place_is_one_event():
    text = "Israeli airstrikes on the southern Gaza city of Khan Younis killed at least 12 people on Tuesday."
    st = _one(extract_events(text, PUB).strikes)
    assert (st.place, st.fatalities, st.actor) == ("Khan Younis", 12, "IL")


def test_a_named_part_in_a_list_of_countries_stays_a_place():
    text = "Turkey said its jets struck 20 Kurdish militant targets in northern Iraq and Syria on Sunday."
    strikes = extract_events(text, PUB).strikes
    assert {(s.place_id, s.actor) for s in strikes} == {("cc:IQ#north", "TR"), ("cc:SY", "TR")}


def test_its_forces_are_the_speakers():
    text = (
        "U.S. Central Command said its forces conducted a strike against a Houthi radar site "
        "near Hodeidah, Yemen, on Feb. 3."
    )
    st = _one(extract_events(text, PUB).strikes)
    assert (st.place, st.actor, st.date) == ("Hodeidah", "US", "2024-02-03")


def test_a_heading_is_about_the_country_after_in():
    text = (
        "U.S. Self-Defense Strikes in Somalia\n\n"
        "On Monday, U.S. forces conducted two strikes against al-Shabaab near Kismayo, Somalia.\n\n"
        "In response, the U.S. conducted two self-defense strikes, killing four militants."
    )
    assert {s.country for s in extract_events(text, PUB).strikes} == {"SO"}


def test_a_glide_bomb_is_an_air_strike():
    text = "A Russian glide bomb struck a residential building in Kharkiv on Monday, killing 2 and injuring 35."
    st = _one(extract_events(text, PUB).strikes)
    assert (st.event_type, st.actor, st.fatalities, st.injuries) == (
        "air/drone strike",
        "RU",
        2,
        35,
    )


def test_a_district_after_a_citys_possessive_keeps_the_city_a_place():
    text = "Clashes in Khartoum's Bahri district killed at least 8 civilians on Tuesday."
    ev = extract_events(text, PUB).attacks
    assert [(a.place, a.fatalities) for a in ev] == [("Khartoum", 8)]
