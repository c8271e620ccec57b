"""Base layers: web tiles when online, and country outlines from the bundled boundaries so a
shared map still shows where things are with no tile server."""

from __future__ import annotations

import folium
import geopandas as gpd
import shapely

__all__ = ["add_base_layers", "outline_layer"]


def outline_layer(
    admin0: gpd.GeoDataFrame, name: str = "Country outlines (offline)"
) -> folium.GeoJson:
    """Simplified country outlines as a vector layer (about 0.08° detail, 0.001° grid)."""
    shapes = admin0[["name", "geometry"]].copy()
    geoms = shapely.simplify(shapes.geometry.values, 0.08, preserve_topology=True)
    shapes["geometry"] = shapely.set_precision(geoms, 0.001)
    shapes = shapes[~shapes.geometry.is_empty]
    shapes["name"] = (
        shapes["name"]
        .astype(str)
        .str.replace("<", "", regex=False)
        .str.replace(">", "", regex=False)
    )
    return folium.GeoJson(
        shapes[["geometry"]],
        name=name,
        style_function=lambda _: {
            "color": "#888",
            "weight": 0.7,
            "fillColor": "#f2efe9",
            "fillOpacity": 0.6,
        },
        interactive=False,
        control=True,
        overlay=True,
    )


def add_base_layers(fmap: folium.Map, admin0: gpd.GeoDataFrame | None) -> None:
    """OpenStreetMap and Esri satellite tiles (online) plus the offline outlines beneath the data."""
    folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)").add_to(fmap)
    folium.TileLayer("Esri.WorldImagery", name="Satellite, Esri (online)", show=False).add_to(fmap)
    if admin0 is not None:
        outline_layer(admin0).add_to(fmap)
