"""Standalone HTML and GeoJSON exports, and reading GeoJSON back."""

import json
import re

import geopandas as gpd
import pytest

import geo
from geo.errors import InputError
from geo.gazetteer import load
from layers.export import events_to_geojson, map_html, read_events_geojson
from layers.maps import build_map


@pytest.fixture(scope="module")
def seed_frames(sample_text):
    x = geo.extract(sample_text, published="2023-12-02", doc_id="seed")
    return x


def test_html_is_standalone(seed_frames):
    x = seed_frames
    html = map_html(build_map(x.deployments, x.strikes, x.attacks, load().boundaries("admin0")))
    assert not re.search(r'<script src="https?://', html)
    assert not re.search(r'<link rel="stylesheet" href="https?://', html)
    assert "L.map(" in html and len(html) < 10_000_000


def test_geojson_round_trip(seed_frames, tmp_path):
    x = seed_frames
    fc = events_to_geojson([x.deployments, x.strikes, x.attacks])
    path = tmp_path / "events.geojson"
    path.write_text(json.dumps(fc))
    assert "NaN" not in path.read_text()
    frames = read_events_geojson(path)
    assert {k: len(v) for k, v in frames.items()} == {"deployment": 2, "strike": 1, "attack": 2}
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

    from layers.export import events_to_csv

    table = pd.DataFrame(
        {"place": ["=HYPERLINK(1)", "Erbil", "-2+3", "@SUM(A1)"], "count": [1, 2, 3, 4]}
    )
    out = events_to_csv(table)
    assert "'=HYPERLINK" in out and "'-2+3" in out and "'@SUM" in out and "\nErbil," in out


def test_csv_has_integer_counts_coordinates_and_blank_cells():
    import pandas as pd

    from layers.export import events_to_csv

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
    lines = events_to_csv(table).splitlines()
    assert lines[0] == "kind,count,fatalities,lat,lon,actor"
    assert lines[1] == "deployment,2500,,33.0,44.0,US"
    assert lines[2] == "strike,,8,32.87,44.21,"


def test_filter_options_name_countries(seed_frames):
    from geo.filters import filter_options

    opts = filter_options(seed_frames.frames())
    assert opts["country_names"]["IQ"] == "Iraq" and "SY" in opts["country_names"]
