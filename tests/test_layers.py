"""Layers build from extraction frames; every input string is escaped before folium sees it."""

import json

import folium
import pytest

import geo
from geo.gazetteer import load
from layers.maps import build_map
from layers.popups import event_popup, event_tooltip
from layers.strikes import strike_features

PAYLOAD = '<img src=x onerror="window.__xss=1">'


@pytest.fixture(scope="module")
def seed_extraction(sample_text):
    return geo.extract(sample_text, published="2023-12-02", doc_id="seed")


def test_popup_quotes_source_and_escapes():
    rec = {
        "kind": "strike",
        "place": PAYLOAD,
        "source_text": f"Text {PAYLOAD} `${{1}}`",
        "date": "2023-11-22",
        "fatalities": 8,
    }
    html = event_popup(rec)
    assert PAYLOAD not in html and "<img" not in html
    assert "&lt;img src=x" in html and "&#96;" in html and "&#36;" in html
    assert "Fatalities" in html and "2023-11-22" in html
    assert "<img" not in event_tooltip(rec)


def test_strike_features_carry_display_strings_only(seed_extraction):
    fc = strike_features(seed_extraction.strikes)
    assert len(fc["features"]) == 1
    props = fc["features"][0]["properties"]
    assert {"quote", "place", "date", "dead", "ref", "colour", "radius", "tip"} <= set(props)
    assert "eight fighters dead" not in props["quote"]  # that is the next sentence
    assert props["place"] == "Jurf al-Nasr" and props["ref"].startswith(
        "60.0 km southwest of Baghdad"
    )
    assert props["dead"] == "8" and props["date"] == "2023-11-22 (day)"
    assert fc["features"][0]["geometry"]["coordinates"] == [44.21, 32.87]


def test_seed_map_layers(seed_extraction):
    x = seed_extraction
    fmap = build_map(x.frames(), load().boundaries("admin0"))
    html = fmap.get_root().render()
    names = [c.layer_name for c in fmap._children.values() if hasattr(c, "layer_name")]
    for layer in (
        "Troop deployments",
        "Strikes",
        "Attacks on forces",
        "Distance-and-bearing references",
        "Country outlines (offline)",
    ):
        assert layer in names
    assert "~2,500 US troops" in html and "900 US troops" in html
    assert "troopmap-legend" in html and "L.control.layers" in html and "L.control.scale" in html
    json.dumps(fmap.to_dict())  # serialisable


def test_offline_outlines_without_polygons(seed_extraction):
    """Every map has the offline country outlines (built into data/), with no admin0 frame; the
    layer control starts collapsed so it covers no popup."""
    x = seed_extraction
    fmap = build_map({"strike": x.strikes, "attack": x.attacks})
    outlines = [
        c for c in fmap._children.values() if getattr(c, "layer_name", "").startswith("Country")
    ]
    assert len(outlines) == 1 and len(outlines[0].data["features"]) > 200
    html = fmap.get_root().render()
    assert '"collapsed": true' in html


def test_map_of_nothing_builds():
    empty = build_map({})  # every kind left out is an empty layer
    assert "leaflet" in empty.get_root().render().lower()


def test_the_cli_and_the_dashboard_draw_one_map(seed_extraction):
    """``map_for`` is the pipeline both use: areas, shading, offline names from the gazetteer."""
    from layers.maps import map_for

    html = map_for(seed_extraction.frames(), load()).get_root().render()
    assert "~2,500 US troops in Iraq" in html  # a country-level record drawn as its area
    assert '"Baghdad"' in html and '"Damascus"' in html  # capitals named for offline reading


@pytest.mark.parametrize("kind", ["deployment", "strike", "attack"])
def test_template_payloads_in_every_field_stay_data(kind, tmp_path, monkeypatch):
    """No string from a record reaches Jinja as template source (branca re-renders scripts)."""
    from geo.event_files import parse_events_geojson
    from geo.geojson import features_to_geojson
    from layers.export import map_html
    from tests.hostile import EVERYTHING, assert_template_inert, text_fields

    monkeypatch.chdir(tmp_path)
    props = {f: EVERYTHING for f in text_fields(kind)}
    props.update(kind=kind, lat=33.1, lon=43.3, count=5, fatalities=2, date="2023-11-22")
    props.update(source_start=0, source_end=1, confidence=0.5)
    if kind == "strike":
        props.update(ref_place_lat=33.3, ref_place_lon=44.4, ref_distance_km=60.0)
    frames = parse_events_geojson(json.dumps(features_to_geojson([props])))
    fmap = build_map(frames)
    html = map_html(fmap, inline=False)
    assert_template_inert(html, tmp_path)
    assert "&#123;&#123; 6*7 &#125;&#125;" in html.replace("\\u0026", "&")


def test_legend_keys_every_actor_colour_and_escapes_them():
    import folium

    from layers.legend import Legend
    from layers.style import actor_colour

    fmap = folium.Map(tiles=None)
    Legend(["US", "IL,US", "{{ 7*7 }}<b>x</b>", None]).add_to(fmap)
    html = fmap.get_root().render()
    for actor in ("US", "IL"):
        assert actor_colour(actor) in html
    assert "&#123;&#123; 7*7 &#125;&#125;&lt;b&gt;x" in html  # shown as typed, never run
    assert " 49<b" not in html and "<b>x</b>" not in html
    assert html.count("unknown") == 1


def test_country_level_records_are_areas_not_dots(seed_extraction):
    """~2,500 troops 'in Iraq' is drawn as Iraq's outline with a label, not a dot in the desert;
    the strike the text places in a town stays a point."""
    from geo.areas import area_shapes

    x = seed_extraction
    areas = area_shapes(x.frames(), load())
    assert set(areas) == {"cc:IQ", "cc:SY"}
    fmap = build_map(x.frames(), None, areas)
    html = fmap.get_root().render()
    assert "troopmap-area-label" in html and "~2,500 US troops in Iraq" in html
    deployment_dots = [
        c
        for group in fmap._children.values()
        if getattr(group, "layer_name", "") == "Troop deployments"
        for c in group._children.values()
        if isinstance(c, folium.CircleMarker)
    ]
    assert deployment_dots == []
    assert '"Polygon"' in html or '"MultiPolygon"' in html


TWO_DAYS = (
    "On March 2, Russian missiles struck Kharkiv, killing three people. "
    "On March 9, shelling hit Kherson, killing one."
)


def test_strikes_on_several_days_get_a_date_slider_inlined():
    from layers.export import map_html

    x = geo.extract(TWO_DAYS, published="2024-03-10", doc_id="two-days")
    html = map_html(build_map(x.frames()))
    assert "L.timelineSliderControl" in html and ".setTime(" in html
    assert "cdn.jsdelivr.net/npm/leaflet.timeline" not in html  # inlined: works offline
    assert "cdnjs.cloudflare.com" not in html


def test_strikes_of_one_day_need_no_slider(seed_extraction):
    x = seed_extraction
    html = build_map(x.frames()).get_root().render()
    assert "timelineSliderControl" not in html


def test_popup_names_and_links_the_source_escaped():
    from layers.popups import event_popup

    rec = {
        "kind": "strike",
        "doc_id": "a.txt",
        "source_title": "Port <b>hit</b> {{ 6*7 }}",
        "source_url": "https://example.org/a?x=1&y=%202",
        "source_outlet": "Example",
    }
    html = event_popup(rec)
    assert "href='https://example.org/a?x=1&amp;y=&#37;202'" in html  # the browser reads %202
    assert "rel='noopener noreferrer'" in html
    assert "Port &lt;b&gt;hit&lt;/b&gt; &#123;&#123; 6*7 &#125;&#125; (Example)" in html
    bad = event_popup({**rec, "source_url": "javascript:alert(1)"})
    assert "href" not in bad and "javascript" not in bad


def test_popups_name_the_province(seed_extraction):
    """Readers see the province's name, not its ISO code."""
    from layers.popups import event_popup

    strike = seed_extraction.records()[2]
    assert (strike["kind"], strike["admin1"], strike["admin1_name"]) == (
        "strike",
        "IQ-BB",
        "Babylon",
    )
    html = event_popup(strike)
    assert "<td>Babylon</td>" in html and "<td>IQ-BB</td>" not in html


def test_a_part_of_a_country_is_drawn_as_that_part():
    from geo.areas import area_shapes

    x = geo.extract(
        "On Monday, US drones struck militants in eastern Syria, killing two.",
        published="2024-02-08",
    )
    areas = area_shapes(x.frames(), load())
    syria = load().boundaries("admin0").set_index("iso2").geometry["SY"]
    east = areas["cc:SY#east"]
    assert east.area < 0.6 * syria.area and east.bounds[0] > syria.bounds[0] + 2
    html = build_map(x.frames(), None, areas).get_root().render()
    assert "Strike, eastern Syria" in html


def test_a_kind_with_no_layer_of_its_own_is_drawn_as_markers_with_popups():
    import geopandas as gpd
    from shapely.geometry import Point

    from layers.kinds import layer_for
    from layers.style import kind_colour

    frame = gpd.GeoDataFrame(
        [
            {
                "kind": "checkpoint",
                "place": "Kidal",
                "source_text": "Troops <b>held</b> a checkpoint.",
            }
        ],
        geometry=[Point(1.41, 18.44)],
        crs="EPSG:4326",
    )
    spec = layer_for("checkpoint")
    group = spec.build(frame)
    html = folium.Map().add_child(group).get_root().render()
    assert group.layer_name == "Checkpoints" and "&lt;b&gt;held&lt;/b&gt;" in html
    assert spec.legend == "checkpoint" and kind_colour("checkpoint").startswith("#")
    assert kind_colour("checkpoint") == kind_colour("checkpoint")  # stable
