"""Place names for offline maps: capitals and large cities, one name per city."""

import folium

from geo.gazetteer import distance_km
from geo.labels import PlaceLabel, place_labels
from layers.labels import PlaceNames


def test_capitals_and_large_cities_once_each(gaz):
    labels = place_labels(gaz)
    capitals = {label.name for label in labels if label.capital}
    names = {label.name for label in labels}
    assert {"Baghdad", "Damascus", "Kyiv"} <= capitals
    assert {"Mosul", "Aleppo", "Basrah"} <= names
    assert not names & {"Al Mawşil al Jadīdah", "Sadr City"}  # parts of cities
    for i, a in enumerate(labels):  # one label per city: none within 30 km of another
        assert all(distance_km(a.lat, a.lon, b.lat, b.lon) >= 30 for b in labels[i + 1 :])


def test_label_text_is_escaped():
    fmap = folium.Map(tiles=None)
    PlaceNames([PlaceLabel("<b>{{ 6*7 }}</b>", 33.3, 44.4, True)]).add_to(fmap)
    html = fmap.get_root().render()
    # escaped for HTML, then written as JSON data: never markup, never a template
    assert "&lt;b&gt;&#123;&#123; 6*7 &#125;&#125;&lt;/b&gt;" in html
    assert "<b>" not in html and "{{ 6*7 }}" not in html


def test_the_built_labels_are_the_gazetteers():
    from geo.gazetteer import load
    from geo.labels import map_labels, place_labels

    built, computed = map_labels(), place_labels(load())
    assert [(b.name, b.capital) for b in built] == [(c.name, c.capital) for c in computed]
    assert all(
        abs(b.lat - c.lat) < 1e-4 and abs(b.lon - c.lon) < 1e-4
        for b, c in zip(built, computed, strict=True)
    )


def test_a_map_of_records_needs_no_gazetteer(monkeypatch, tmp_path):
    import geo.gazetteer
    import geo.labels
    from geo.event_files import read_events_geojson
    from layers.maps import map_for

    path = tmp_path / "e.geojson"
    path.write_text(
        '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point",'
        '"coordinates":[38.99,34.8]},"properties":{"kind":"strike","doc_id":"t","source_text":'
        '"Jets struck eastern Syria.","source_start":0,"source_end":26,"confidence":0.8,'
        '"place":"Syria","place_id":"cc:SY#east","country":"SY","geo_precision":"country"}}]}',
        encoding="utf-8",
    )
    frames = read_events_geojson(path)

    def refuse(*args, **kwargs):
        raise AssertionError("the map loaded the gazetteer")

    monkeypatch.setattr(geo.gazetteer, "load", refuse)
    monkeypatch.setattr(geo.labels, "load", refuse)
    html = map_for(frames).get_root().render()
    assert "Damascus" in html and "Jets struck eastern Syria." in html
