"""Records to GeoDataFrames (EPSG:4326) and GeoJSON.

Unresolved mentions keep an empty geometry (None), never a point at 0,0.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point

from geo import settings
from geo.records import KIND_FIELDS, MENTION_FIELDS, Event, Mention

__all__ = [
    "events_frame",
    "features_to_geojson",
    "mentions_frame",
    "with_country_polygons",
]


def mentions_frame(mentions: Sequence[Mention]) -> gpd.GeoDataFrame:
    """One row per mention, columns :data:`geo.records.MENTION_FIELDS`, point geometry."""
    rows = [m.to_dict() for m in mentions]
    geometry = [Point(m.lon, m.lat) if m.resolved else None for m in mentions]
    frame = gpd.GeoDataFrame(
        rows, columns=list(MENTION_FIELDS), geometry=geometry, crs=settings.DEFAULT_CRS
    )
    return frame


def clean_value(value: Any) -> Any:
    """A JSON-safe plain value: numpy scalars unwrapped, NaN/NA/inf as None."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    return value


def features_to_geojson(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """A FeatureCollection (RFC 7946: lon/lat, no NaN) from dicts with ``lat``/``lon`` keys."""
    features = []
    for rec in records:
        props = {k: clean_value(v) for k, v in rec.items()}
        lat, lon = props.get("lat"), props.get("lon")
        geom = (
            {"type": "Point", "coordinates": [lon, lat]}
            if lat is not None and lon is not None
            else None
        )
        features.append({"type": "Feature", "geometry": geom, "properties": props})
    return {"type": "FeatureCollection", "features": features}


_INT_COLUMNS = ("source_start", "source_end", "count", "fatalities", "injuries")


@lru_cache(maxsize=8)
def _empty_events_frame(kind: str) -> gpd.GeoDataFrame:
    return _build_events_frame([], kind)


def events_frame(records: Sequence[Event], kind: str) -> gpd.GeoDataFrame:
    """GeoDataFrame (EPSG:4326) of one record kind; columns from :data:`KIND_FIELDS`."""
    mine = [r for r in records if r.kind == kind]
    if not mine:  # most articles have no record of most kinds: copy a frame built once
        return _empty_events_frame(kind).copy()
    return _build_events_frame(mine, kind)


def _build_events_frame(records: Sequence[Event], kind: str) -> gpd.GeoDataFrame:
    columns = list(KIND_FIELDS[kind])
    rows = [r.to_dict() for r in records]
    geometry = [Point(r["lon"], r["lat"]) if r["lat"] is not None else None for r in rows]
    frame = gpd.GeoDataFrame(rows, columns=columns, geometry=geometry, crs=settings.DEFAULT_CRS)
    for col in _INT_COLUMNS:
        if col in frame:
            frame[col] = frame[col].astype("Int64")
    return frame


def with_country_polygons(frame: gpd.GeoDataFrame, admin0: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """``frame`` with its geometry replaced by the polygon of each row's country (choropleths)."""
    shapes = admin0.set_index("iso2").geometry
    out = frame.copy()
    out["geometry"] = [shapes.get(c) for c in out["country"]]
    return gpd.GeoDataFrame(out, geometry="geometry", crs=settings.DEFAULT_CRS)
