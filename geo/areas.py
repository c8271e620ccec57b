"""The outlines of the areas that country-, region- and province-level records stand for.

A record the text places only in a country ("~2,500 US troops in Iraq") or a province is drawn
as that area, never as a dot that claims a precision the text does not give. This module finds
the outline of each such record's place in the bundled boundaries (the I/O edge; the layers
only draw what it returns).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd
import shapely

from geo.gazetteer import Gazetteer, read_boundaries
from geo.parts import part_of, split_part_id

__all__ = ["AREA_PRECISIONS", "area_shapes", "is_area_level"]

#: ``geo_precision`` values drawn as areas.
AREA_PRECISIONS = ("country", "region", "admin1")
#: Degrees of detail kept in drawn outlines (about 2 km).
SIMPLIFY_DEGREES = 0.02


def is_area_level(precision: Any) -> bool:
    """Whether a record of this ``geo_precision`` is drawn as its area."""
    return precision in AREA_PRECISIONS


def _wanted(frames: Iterable[pd.DataFrame]) -> set[str]:
    ids: set[str] = set()
    for frame in frames:
        if len(frame) and {"geo_precision", "place_id"} <= set(frame.columns):
            level = frame["geo_precision"].isin(AREA_PRECISIONS)
            ids |= set(frame.loc[level, "place_id"].dropna().astype(str))
    return ids


def area_shapes(
    frames: Mapping[str, pd.DataFrame] | Iterable[pd.DataFrame], gaz: Gazetteer | None = None
) -> dict[str, shapely.Geometry]:
    """``{place_id: outline}`` for the area-level records of ``frames`` (countries ``cc:``,
    provinces ``a1:``, curated regions with a shape, and the parts of any of them a text
    names, ``cc:SY#east``); places without one are left out and stay points. The outlines
    are those of ``gaz``, or of the bundled data (:func:`geo.gazetteer.read_boundaries`)."""
    boundaries = gaz.boundaries if gaz is not None else read_boundaries
    parts = frames.values() if isinstance(frames, Mapping) else frames
    wanted = _wanted(parts)
    if not wanted:
        return {}
    ids = {split_part_id(i)[0] for i in wanted}  # "cc:SY#east" is part of "cc:SY"
    found: dict[str, shapely.Geometry] = {}
    if any(i.startswith("cc:") for i in ids):
        admin0 = boundaries("admin0")
        found |= {f"cc:{c}": g for c, g in zip(admin0["iso2"], admin0.geometry, strict=True)}
    if any(i.startswith("a1:") for i in ids):
        admin1 = boundaries("admin1")
        found |= {f"a1:{c}": g for c, g in zip(admin1["code"], admin1.geometry, strict=True)}
    if any(not i.startswith(("cc:", "a1:")) for i in ids):
        regions = boundaries("regions")
        found |= dict(zip(regions["place_id"], regions.geometry, strict=True))
    out = {}
    for pid in sorted(wanted):
        base, part = split_part_id(pid)
        geom = found.get(base)
        if geom is not None and part is not None:
            geom = part_of(geom, part)  # "eastern Syria": that band of Syria
        if geom is None or geom.is_empty:
            continue
        out[pid] = shapely.simplify(geom, SIMPLIFY_DEGREES, preserve_topology=True)
    return out
