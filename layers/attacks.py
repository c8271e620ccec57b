"""Attacks on forces: country- or area-level symbols for aggregated reports."""

from __future__ import annotations

import folium
import geopandas as gpd

from layers.markers import placed_rows, record_marker
from layers.style import KIND_COLOURS, radius_for

__all__ = ["attacks_layer"]


def attacks_layer(frame: gpd.GeoDataFrame, name: str = "Attacks on forces") -> folium.FeatureGroup:
    """A dashed ring per country of an attack report, sized by the reported count."""
    group = folium.FeatureGroup(name=name)
    for rec, point in placed_rows(frame):
        record_marker(
            rec,
            point,
            radius=radius_for(rec.get("count"), scale=2.5, lo=8, hi=40),
            color=KIND_COLOURS["attack"],
            weight=3,
            dash_array="6 4",
            fill=True,
            fill_opacity=0.1,
        ).add_to(group)
    return group
