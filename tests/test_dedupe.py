import pytest

from geo.dedupe import MatchRules, match_event

BASE = {
    "kind": "strike",
    "event_id": "e1",
    "date": "2023-11-22",
    "place_id": "x:jurf-al-nasr",
    "lat": 32.87,
    "lon": 44.21,
    "actor": "US",
    "country": "IQ",
    "target": None,
}


def _with(**kw):
    return {**BASE, **kw}


def test_same_strike_other_wording():
    assert match_event(_with(date="2023-11-23"), [BASE]) == "e1"  # dates within the window
    assert match_event(_with(place_id="gn:1", lat=32.9, lon=44.25), [BASE]) == "e1"  # 5 km away
    assert match_event(_with(actor=None), [BASE]) == "e1"  # unknown actor is compatible


def test_different_strikes():
    assert match_event(_with(date="2023-12-10"), [BASE]) is None
    assert match_event(_with(place_id="gn:2", lat=33.34, lon=44.40), [BASE]) is None  # Baghdad
    assert match_event(_with(actor="IL"), [BASE]) is None
    assert match_event(_with(kind="attack"), [BASE]) is None
    assert match_event(_with(date="2023-11-24"), [BASE], MatchRules(days={"strike": 1})) is None


def test_deployments_and_attacks():
    dep = {
        "kind": "deployment",
        "event_id": "d1",
        "date": "2023-12-02",
        "actor": "US",
        "country": "IQ",
    }
    assert match_event({**dep, "date": "2024-01-15"}, [dep]) == "d1"
    assert match_event({**dep, "country": "SY"}, [dep]) is None
    att = {
        "kind": "attack",
        "event_id": "a1",
        "date": "2023-10-01",
        "country": "IQ",
        "target": "US forces",
    }
    assert match_event({**att, "date": "2023-10-17"}, [att]) == "a1"
    assert match_event({**att, "target": "TR forces"}, [att]) is None


def test_index_finds_what_a_full_scan_finds():
    """The filed index answers exactly as matching against every stored event in order (for
    records whose country goes with their place, as the extractor writes them)."""
    import random

    from geo.dedupe import EventIndex, MatchRules, match_event

    rnd = random.Random(5)
    towns = [(f"gn:{i}", 33 + rnd.random() * 4, 40 + rnd.random() * 6) for i in range(12)]
    country_of = {pid: "IQ" if lon > 42 else "SY" for pid, _, lon in towns}
    stored, index, rules = [], EventIndex(MatchRules()), MatchRules()

    def record(n: int) -> dict:
        kind = rnd.choice(["strike", "strike", "deployment", "attack"])
        pid, lat, lon = rnd.choice(towns)
        rec = {
            "event_id": f"e{n}",
            "kind": kind,
            "country": country_of[pid],
            "date": rnd.choice([None, f"2024-03-{rnd.randint(1, 28):02d}", "2024-05-02"]),
            "actor": rnd.choice([None, "US", "IL", "US,GB"]),
            "target": rnd.choice([None, "US forces", "militants"]),
            "place_id": rnd.choice([None, pid]),
            "lat": None,
            "lon": None,
        }
        if rnd.random() < 0.8:  # nearby points, some across cell edges, some offset
            rec["lat"], rec["lon"] = lat + rnd.uniform(-0.3, 0.3), lon + rnd.uniform(-0.3, 0.3)
        return rec

    hits = 0
    for n in range(1500):
        rec = record(n)
        want = match_event(rec, stored, rules)
        assert index.match(rec) == want, rec
        hits += want is not None
        if want is None:
            stored.append(rec)
            index.add(rec)
    assert 100 < hits < 1400  # both outcomes are exercised


@pytest.mark.parametrize(
    ("lat", "lon", "lat2", "lon2"),
    [
        (69.65, 18.95, 69.70, 19.48),  # Tromsø: 20 km east, several grid cells of longitude
        (-16.5, 179.95, -16.52, -179.95),  # Fiji, across the antimeridian
        (33.24, 44.24, 33.26, 44.26),  # Baghdad, on a cell corner
    ],
)
def test_index_finds_near_strikes_anywhere(lat, lon, lat2, lon2):
    from geo.dedupe import EventIndex

    index = EventIndex()
    index.add(_with(event_id="old", lat=lat, lon=lon, place_id=None, country="XX"))
    new = _with(event_id="new", lat=lat2, lon=lon2, place_id=None, country="XX")
    assert index.match(new) == "old"


def test_the_event_view_fills_every_summary_field_full_or_empty(tmp_path):
    """The view's columns are the records' fields plus geo.records.EventSummary's, whether the
    store holds events or none (they were listed twice, and the empty view lacked two)."""
    from geo.ingest import ingest
    from geo.records import KIND_FIELDS, SUMMARY_FIELDS
    from geo.store import open_store, stored_events

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("On Monday, US warplanes struck militants in Jurf al-Nasr.")
    (folder / "a.json").write_text('{"published": "2023-11-23"}')
    store = open_store(str(tmp_path / "s.gpkg"))
    ingest([folder], store)
    views = stored_events(store)
    assert len(views["strike"]) == 1 and len(views["deployment"]) == 0
    for kind, view in views.items():
        assert set(SUMMARY_FIELDS) | set(KIND_FIELDS[kind]) <= set(view.columns), kind
    assert views["strike"].iloc[0]["sources"] == 1
