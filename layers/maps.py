"""The map builder: stacks the layers with a layer control, legend, scale bar and bounds."""

from __future__ import annotations

import folium
import geopandas as gpd

from layers.attacks import attacks_layer
from layers.basemap import add_base_layers
from layers.deployments import deployments_choropleth, deployments_layer
from layers.legend import Legend
from layers.links import reference_links_layer
from layers.strikes import strikes_layer

__all__ = ["build_map"]


def _bounds(frames: list[gpd.GeoDataFrame]) -> list[list[float]] | None:
    pts = [g for f in frames for g in f.geometry if g is not None and not g.is_empty]
    if not pts:
        return None
    xs = [p.x for p in pts]
    ys = [p.y for p in pts]
    return [[min(ys), min(xs)], [max(ys), max(xs)]]


def build_map(
    deployments: gpd.GeoDataFrame,
    strikes: gpd.GeoDataFrame,
    attacks: gpd.GeoDataFrame,
    admin0: gpd.GeoDataFrame | None = None,
) -> folium.Map:
    """A folium map of the three record kinds.

    Parameters
    ----------
    deployments, strikes, attacks : GeoDataFrame
        Frames from :func:`geo.extract` (or read back from GeoJSON), EPSG:4326.
    admin0 : GeoDataFrame, optional
        Country polygons (``gazetteer.boundaries("admin0")``) for the deployments choropleth;
        the offline outlines come from ``data/outlines.geojson``.
    """
    fmap = folium.Map(
        location=(30, 40), zoom_start=4, tiles=None, control_scale=True, prefer_canvas=True
    )
    add_base_layers(fmap)
    shading = (
        deployments_choropleth(deployments, admin0)
        if admin0 is not None and len(deployments)
        else None
    )
    if shading is not None:
        shading.add_to(fmap)
    deployments_layer(deployments).add_to(fmap)
    attacks_layer(attacks).add_to(fmap)
    reference_links_layer(strikes).add_to(fmap)
    strikes_layer(strikes).add_to(fmap)
    # collapsed: an open control sits over popups near the top right corner
    folium.LayerControl(collapsed=True).add_to(fmap)
    Legend().add_to(fmap)
    bounds = _bounds([deployments, strikes, attacks])
    if bounds:
        if bounds[0] == bounds[1]:
            fmap.location = bounds[0]
            fmap.options["zoom"] = 8
        else:
            fmap.fit_bounds(bounds, padding=(90, 90), max_zoom=9)
    return fmap
