"""The records' files: GeoJSON out and back in (checked feature by feature), CSV out."""

import csv
import io
import json

import geopandas as gpd
import pytest

import geo
from geo.errors import InputError
from geo.event_files import (
    events_to_csv,
    events_to_geojson,
    parse_events_geojson,
    read_events_geojson,
)


@pytest.fixture(scope="module")
def seed_frames(sample_text):
    x = geo.extract(sample_text, published="2023-12-02", doc_id="seed")
    return x


def test_geojson_round_trip(seed_frames, tmp_path):
    x = seed_frames
    fc = events_to_geojson([x.deployments, x.strikes, x.attacks])
    path = tmp_path / "events.geojson"
    path.write_text(json.dumps(fc))
    assert "NaN" not in path.read_text()
    frames = read_events_geojson(path)
    assert {k: len(v) for k, v in frames.items() if len(v)} == {
        "deployment": 2,
        "strike": 1,
        "attack": 2,
    }
    assert int(frames["strike"].iloc[0]["fatalities"]) == 8
    assert frames["strike"].geometry.iloc[0].x == pytest.approx(44.21)
    assert len(gpd.read_file(path)) == 5


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not readable GeoJSON"),
        ('{"type": "Feature"}', "not a GeoJSON FeatureCollection"),
        (
            '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}}]}',
            "no known kind",
        ),
        (
            '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"kind": "strike"}, "geometry": {"type": "Point", "coordinates": [500, 10]}}]}',
            "lon/lat Point",
        ),
    ],
)
def test_malformed_geojson(tmp_path, content, message):
    path = tmp_path / "bad.geojson"
    path.write_text(content)
    with pytest.raises(InputError, match=message):
        read_events_geojson(path)


def test_csv_neutralises_formulas():
    import pandas as pd

    table = pd.DataFrame(
        {"place": ["=HYPERLINK(1)", "Erbil", "-2+3", "@SUM(A1)"], "count": [1, 2, 3, 4]}
    )
    rows = list(csv.reader(io.StringIO(events_to_csv(table))))
    assert [r[0] for r in rows] == ["place", "'=HYPERLINK(1)", "Erbil", "'-2+3", "'@SUM(A1)"]


def test_csv_line_breaks_inside_a_cell_stay_inside_it():
    """A bare CR in a cell must not start a new spreadsheet row with a live formula."""
    import pandas as pd

    table = pd.DataFrame({"source_text": ['Shells fell.\r=HYPERLINK("http://x")\nagain']})
    out = events_to_csv(table)
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert len(rows) == 2  # header and one record
    assert rows[1][0] == 'Shells fell.\r\'=HYPERLINK("http://x")\nagain'


def test_csv_has_integer_counts_coordinates_and_blank_cells():
    import pandas as pd

    table = pd.DataFrame(
        {
            "kind": ["deployment", "strike"],
            "count": [2500.0, float("nan")],
            "fatalities": [float("nan"), 8.0],
            "lat": [33.0, 32.87],
            "lon": [44.0, 44.21],
            "actor": ["US", None],
        }
    )
    rows = list(csv.reader(io.StringIO(events_to_csv(table))))
    assert rows[0] == ["kind", "count", "fatalities", "lat", "lon", "actor"]
    assert rows[1] == ["deployment", "2500", "", "33.0", "44.0", "US"]
    assert rows[2] == ["strike", "", "8", "32.87", "44.21", ""]


def test_filter_options_name_countries(seed_frames):
    from geo.filters import filter_options

    opts = filter_options(seed_frames.frames())
    assert opts["country_names"]["IQ"] == "Iraq" and "SY" in opts["country_names"]


@pytest.mark.parametrize(
    "props",
    [{"lat": 1e308, "lon": 5}, {"lat": 33.3}, {"lat": "33", "lon": "44"}, {"lat": 91, "lon": 0}],
)
def test_points_in_properties_are_checked_too(props):
    fc = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "geometry": None, "properties": {"kind": "strike", **props}}
        ],
    }
    with pytest.raises(InputError, match="feature 0"):
        parse_events_geojson(json.dumps(fc))


def test_unplaced_records_stay_unplaced():
    fc = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": None,
                "properties": {"kind": "strike", "lat": None, "lon": None, "place": "X"},
            }
        ],
    }
    frame = parse_events_geojson(json.dumps(fc))["strike"]
    assert len(frame) == 1 and frame.geometry.iloc[0] is None
