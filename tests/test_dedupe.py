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
    assert match_event(_with(date="2023-11-24"), [BASE], MatchRules(strike_days=1)) is None


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
