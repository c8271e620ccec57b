"""Attacks on forces: country- or area-level symbols for aggregated reports."""

from __future__ import annotations

import folium
import geopandas as gpd

from geo.frames import frame_rows
from layers.popups import event_popup, event_tooltip
from layers.style import KIND_COLOURS, POPUP_OPTIONS, radius_for

__all__ = ["attacks_layer"]


def attacks_layer(frame: gpd.GeoDataFrame, name: str = "Attacks on forces") -> folium.FeatureGroup:
    """A dashed ring per country of an attack report, sized by the reported count."""
    group = folium.FeatureGroup(name=name)
    for rec in frame_rows(frame):
        geom = rec.get("geometry")
        if geom is None or geom.is_empty:
            continue
        folium.CircleMarker(
            location=(geom.y, geom.x),
            radius=radius_for(rec.get("count"), scale=2.5, lo=8, hi=40),
            color=KIND_COLOURS["attack"],
            weight=3,
            dash_array="6 4",
            fill=True,
            fill_opacity=0.1,
            popup=folium.Popup(event_popup(rec), max_width=360, **POPUP_OPTIONS),
            tooltip=folium.Tooltip(event_tooltip(rec)),
        ).add_to(group)
    return group
