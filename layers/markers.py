"""One circle marker per record, with the popup and tooltip every record has."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import folium
import geopandas as gpd
import shapely

from geo.frames import frame_rows
from layers.popups import event_popup, event_tooltip
from layers.style import POPUP_OPTIONS

__all__ = ["placed_rows", "record_marker"]


def placed_rows(frame: gpd.GeoDataFrame) -> Iterator[tuple[dict[str, Any], shapely.Point]]:
    """(record, point) for each record of ``frame`` that has a point."""
    for rec in frame_rows(frame):
        geom = rec.get("geometry")
        if geom is not None and not geom.is_empty:
            yield rec, geom


def record_marker(rec: dict[str, Any], point: shapely.Point, **style: Any) -> folium.CircleMarker:
    """A circle at ``point`` styled by ``style`` (radius, color, weight ...), with the record's
    popup and tooltip."""
    return folium.CircleMarker(
        location=(point.y, point.x),
        popup=folium.Popup(event_popup(rec), max_width=360, **POPUP_OPTIONS),
        tooltip=folium.Tooltip(event_tooltip(rec)),
        **style,
    )
