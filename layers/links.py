"""Lines from a reference place to an event the text located by distance and bearing."""

from __future__ import annotations

import math

import folium
import geopandas as gpd

from geo.frames import frame_rows
from layers.escape import html_text
from layers.popups import reference_phrase
from layers.style import KIND_COLOURS

__all__ = ["reference_links_layer"]


def _ok(*values: object) -> bool:
    return all(v is not None and not (isinstance(v, float) and math.isnan(v)) for v in values)


def reference_links_layer(
    strikes: gpd.GeoDataFrame, name: str = "Distance-and-bearing references"
) -> folium.FeatureGroup:
    """A thin dashed line from e.g. Baghdad to Jurf al-Nasr ("60 km southwest of Baghdad")."""
    group = folium.FeatureGroup(name=name)
    for rec in frame_rows(strikes):
        geom = rec.get("geometry")
        lat0, lon0 = rec.get("ref_place_lat"), rec.get("ref_place_lon")
        if geom is None or geom.is_empty or not _ok(lat0, lon0):
            continue
        label = html_text(reference_phrase(rec))
        folium.PolyLine(
            [(lat0, lon0), (geom.y, geom.x)],
            color=KIND_COLOURS["link"],
            weight=2,
            dash_array="4 4",
            tooltip=label,
        ).add_to(group)
        if _ok(rec.get("ref_lat"), rec.get("ref_lon")):
            folium.CircleMarker(
                (rec["ref_lat"], rec["ref_lon"]),
                radius=3,
                color=KIND_COLOURS["link"],
                fill=True,
                tooltip=html_text(f"the point {label}"),
            ).add_to(group)
    return group
