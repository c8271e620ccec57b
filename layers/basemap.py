"""Base layers: web tiles when online, and country outlines from the bundled boundaries so a
shared map still shows where things are with no tile server."""

from __future__ import annotations

import json
from functools import lru_cache

import folium

from geo import settings
from geo.errors import GazetteerDataError
from layers.raw import RawGeoJson

__all__ = ["add_base_layers", "outline_layer"]


@lru_cache(maxsize=2)
def _outlines(path: str) -> dict:
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError) as exc:
        msg = f"cannot read the country outlines {path}: {exc}"
        raise GazetteerDataError(msg) from exc


def outline_layer(name: str = "Country outlines (offline)") -> RawGeoJson:
    """Country outlines as a vector layer, from ``data/outlines.geojson`` (simplified at build
    time by ``scripts/build_gazetteer.py``: about 0.08° detail on a 0.001° grid)."""
    return RawGeoJson(
        _outlines(str(settings.DATA_DIR / "outlines.geojson")),
        name=name,
        style_function=_outline_style,
        interactive=False,
        control=True,
        overlay=True,
    )


def _outline_style(_: dict) -> dict:
    return {"color": "#888", "weight": 0.7, "fillColor": "#f2efe9", "fillOpacity": 0.6}


def add_base_layers(fmap: folium.Map) -> None:
    """OpenStreetMap and Esri satellite tiles (online) plus the offline outlines beneath the data."""
    folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)").add_to(fmap)
    folium.TileLayer("Esri.WorldImagery", name="Satellite, Esri (online)", show=False).add_to(fmap)
    outline_layer().add_to(fmap)
