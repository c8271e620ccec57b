"""Records to GeoJSON (RFC 7946), with plain JSON-safe values.

No pandas or geopandas needed: ``troopmap places --format geojson`` stays light.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Iterable
from typing import Any

__all__ = ["clean_value", "features_to_geojson", "text_of"]


def text_of(value: Any) -> str:
    """A value as display text: "" when missing (None, NaN, NA), else ``str`` of it."""
    value = clean_value(value)
    return "" if value is None else str(value)


def clean_value(value: Any) -> Any:
    """A JSON-safe plain value: numpy scalars unwrapped, NaN/NA/inf as None."""
    if value is None:
        return None
    pd = sys.modules.get("pandas")  # a pandas missing value exists only once pandas is loaded
    if pd is not None and (value is pd.NA or value is pd.NaT):
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
