"""Records to GeoDataFrames (EPSG:4326); GeoJSON is in :mod:`geo.geojson`.

Unresolved mentions keep an empty geometry (None), never a point at 0,0.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import Point

from geo import settings
from geo.records import INTEGER_FIELDS, KIND_FIELDS, MENTION_FIELDS, Event, Mention

__all__ = ["events_frame", "frame_rows", "mentions_frame", "with_country_polygons"]


def mentions_frame(mentions: Sequence[Mention]) -> gpd.GeoDataFrame:
    """One row per mention, columns :data:`geo.records.MENTION_FIELDS`, point geometry."""
    rows = [m.to_dict() for m in mentions]
    geometry = [Point(m.lon, m.lat) if m.resolved else None for m in mentions]
    frame = gpd.GeoDataFrame(
        rows, columns=list(MENTION_FIELDS), geometry=geometry, crs=settings.DEFAULT_CRS
    )
    return frame


def frame_rows(frame: pd.DataFrame) -> Iterator[dict[str, Any]]:
    """The rows of a frame as dicts, column by column (many times faster than
    ``to_dict("records")`` on wide frames; missing values stay as pandas gives them)."""
    names = list(frame.columns)
    columns = [frame[c].tolist() for c in names]
    for values in zip(*columns, strict=True):
        yield dict(zip(names, values, strict=True))


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
    geometry = np.full(len(rows), None, dtype=object)
    placed = [i for i, r in enumerate(rows) if r["lat"] is not None and r["lon"] is not None]
    if placed:
        geometry[placed] = shapely.points(
            [rows[i]["lon"] for i in placed], [rows[i]["lat"] for i in placed]
        )
    frame = gpd.GeoDataFrame(rows, columns=columns, geometry=geometry, crs=settings.DEFAULT_CRS)
    for col in INTEGER_FIELDS:
        if col in frame:
            frame[col] = frame[col].astype("Int64")
    return frame


def with_country_polygons(frame: gpd.GeoDataFrame, admin0: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """``frame`` with its geometry replaced by the polygon of each row's country (choropleths)."""
    shapes = admin0.set_index("iso2").geometry
    out = frame.copy()
    out["geometry"] = [shapes.get(c) for c in out["country"]]
    return gpd.GeoDataFrame(out, geometry="geometry", crs=settings.DEFAULT_CRS)
