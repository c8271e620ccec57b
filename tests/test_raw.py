import re

import folium

from layers.raw import RawGeoJson


def _page(layer_cls, text: str) -> str:
    fmap = folium.Map(tiles=None)
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [44.4, 33.3]},
        "properties": {"note": text},
    }
    layer_cls({"type": "FeatureCollection", "features": [feature]}).add_to(fmap)
    return fmap.get_root().render()


def test_a_raw_layer_renders_what_folium_renders():
    ids = re.compile(r"[0-9a-f]{32}")  # element ids are random
    ours = ids.sub("ID", _page(RawGeoJson, "Baghdad"))
    assert ours == ids.sub("ID", _page(folium.GeoJson, "Baghdad"))


def test_a_raw_layers_data_is_never_a_template():
    page = _page(RawGeoJson, "X{{ 6*7 }}Y {% raw %}")
    assert "X{{ 6*7 }}Y {% raw %}" in page and "X42Y" not in page
