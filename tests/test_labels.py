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
