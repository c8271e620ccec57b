"""The check of the seed article itself (``../shared/seed/article.txt``), the text the project
started from. It is not in this repository: outside CI these tests skip with a reason, and every
other test uses the project's own sample (``data/sample_article.txt``), which restates its facts.
"""

import datetime as dt

from geo.events import extract_events
from geo.geoparse import geoparse


def _by_text(mentions):
    out = {}
    for m in mentions:
        out.setdefault(m.text, []).append(m)
    return out


def test_seed_article_places(seed_text):
    ms = geoparse(seed_text)
    found = _by_text(ms)
    for m in ms:
        assert seed_text[m.start : m.end] == m.text
    expect = {
        "Baghdad": "gn:98182",
        "Babil province": "a1:IQ-BB#north",  # "in northern Babil province"
        "Jurf al-Nasr": "x:jurf-al-nasr",
        "Jurf al-Sakhar": "x:jurf-al-nasr",
        "Iraq": "cc:IQ",
        "Syria": "cc:SY",
        "Israel": "cc:IL",
        "Qatari": "cc:QA",
        "Egyptian": "cc:EG",
        "Palestinian territories": "cc:PS",
        "Gaza Strip": "x:gaza-strip",
        "Gaza": "x:gaza-strip",
        "Kurdistan Region": "x:kurdistan-region",
    }
    for text, pid in expect.items():
        assert text in found, text
        assert {m.place_id for m in found[text]} == {pid}, text
    erbil = found["ERBIL"][0]
    assert (erbil.country, erbil.admin1, erbil.role) == ("IQ", "IQ-AR", "dateline")
    assert found["Kurdistan Region"][0].role == "dateline"


def test_seed_roles(seed_text):
    ms = geoparse(seed_text)
    found = _by_text(ms)
    assert all(m.role != "location" for m in found["Washington"])
    iran = [m for m in ms if m.text == "Iran"]
    pro_iran = [m for m in iran if seed_text[m.start - 4 : m.start] == "pro-"]
    backed = [m for m in iran if seed_text[m.end : m.end + 7] == "-backed"]
    assert pro_iran and backed
    assert all(m.role == "actor" for m in pro_iran + backed)
    jurf = found["Jurf al-Nasr"][0]
    assert jurf.role == "location"
    assert not any(m.text in {"Hamas", "Blinken", "Miller", "Sudani"} for m in ms)


def test_seed_exact_output(seed_text):
    r = extract_events(seed_text, dt.date(2023, 12, 2), "seed")
    deps = sorted((d.actor, d.country, d.count, d.qualifier) for d in r.deployments)
    assert deps == [("US", "IQ", 2500, "around"), ("US", "SY", 900, "exact")]
    assert len(r.strikes) == 1
    st = r.strikes[0]
    assert (st.date, st.date_precision, st.actor, st.weapon) == (
        "2023-11-22",
        "day",
        "US",
        "warplanes",
    )
    assert (st.place_id, st.admin1, st.country, st.geo_precision) == (
        "x:jurf-al-nasr",
        "IQ-BB",
        "IQ",
        "town",
    )
    assert (st.fatalities, st.target) == (8, "pro-Iran fighters")
    assert (st.lat, st.lon) == (32.87, 44.21)  # the town, not the 60 km point
    assert st.ref_place == "Baghdad" and st.ref_bearing == "southwest"
    assert 15 < st.ref_offset_km < 40
    assert seed_text[st.source_start : st.source_end] == st.source_text
    attacks = sorted(r.attacks, key=lambda a: a.country)
    assert [a.country for a in attacks] == ["IQ", "SY"]
    for a in attacks:
        assert (a.count, a.qualifier, a.injuries, a.injuries_qualifier) == (
            70,
            "around",
            60,
            "over",
        )
        assert (a.date, a.date_end, a.date_precision) == ("2023-10-01", "2023-12-02", "month")
        assert a.weapons == "drone, rocket" and a.target == "US forces"
    assert len({a.group_id for a in attacks}) == 1
    located = {e.country for e in [*r.deployments, *r.strikes]}
    assert located <= {"IQ", "SY"}  # never Iran, Gaza, Israel, Qatar, Egypt or Washington
