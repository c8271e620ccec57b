"""Records to GeoDataFrames (EPSG:4326) and GeoJSON.

Unresolved mentions keep an empty geometry (None), never a point at 0,0.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from typing import Any

import geopandas as gpd
from shapely.geometry import Point

from geo import settings
from geo.records import MENTION_FIELDS, Mention

__all__ = ["features_to_geojson", "mentions_frame", "mentions_geojson"]


def mentions_frame(mentions: Sequence[Mention]) -> gpd.GeoDataFrame:
    """One row per mention, columns :data:`geo.records.MENTION_FIELDS`, point geometry."""
    rows = [m.to_dict() for m in mentions]
    geometry = [Point(m.lon, m.lat) if m.resolved else None for m in mentions]
    frame = gpd.GeoDataFrame(
        rows, columns=list(MENTION_FIELDS), geometry=geometry, crs=settings.DEFAULT_CRS
    )
    return frame


def _clean(value: Any) -> Any:
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    return value


def features_to_geojson(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """A FeatureCollection (RFC 7946: lon/lat, no NaN) from dicts with ``lat``/``lon`` keys."""
    features = []
    for rec in records:
        props = {k: _clean(v) for k, v in rec.items()}
        lat, lon = props.get("lat"), props.get("lon")
        geom = (
            {"type": "Point", "coordinates": [lon, lat]}
            if lat is not None and lon is not None
            else None
        )
        features.append({"type": "Feature", "geometry": geom, "properties": props})
    return {"type": "FeatureCollection", "features": features}


def mentions_geojson(mentions: Sequence[Mention]) -> str:
    """Mentions as a GeoJSON FeatureCollection string."""
    return json.dumps(features_to_geojson(m.to_dict() for m in mentions), ensure_ascii=False)
