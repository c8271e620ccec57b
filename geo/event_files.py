"""The records' own files: GeoJSON out and back in, and CSV out.

GeoJSON carries every field of every record (RFC 7946: lon/lat points, no NaN) and reads back
into frames by kind, checked feature by feature (a clear error names the file and the feature);
CSV is for spreadsheets, with formulas neutralised. File I/O lives here, at the edge; the map
is drawn by :mod:`layers`.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd

from geo.articles import read_bytes
from geo.errors import InputError
from geo.frames import events_frame, frame_rows
from geo.geojson import features_to_geojson
from geo.records import KIND_CLASSES, KIND_FIELDS

__all__ = ["events_to_csv", "events_to_geojson", "parse_events_geojson", "read_events_geojson"]

_FIELD_SETS = {kind: frozenset(names) for kind, names in KIND_FIELDS.items()}


def events_to_geojson(frames: list[gpd.GeoDataFrame]) -> dict[str, Any]:
    """One FeatureCollection from event frames (RFC 7946: lon/lat, no NaN)."""
    records = []
    for f in frames:
        records += frame_rows(f.drop(columns="geometry"))
    return features_to_geojson(records)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


_LINE_START = re.compile(r"(^|\r\n|\r|\n)(?=[=+\-@\t\r])")


def _csv_safe(value: object) -> object:
    """A cell a spreadsheet will not run: every line of it that starts like a formula (the
    first, or one after a line break inside the cell) gets a leading quote."""
    if isinstance(value, str) and (
        value.startswith(_FORMULA_START) or "\n" in value or "\r" in value
    ):
        return _LINE_START.sub(lambda m: m.group(1) + "'", value)
    return value


def _whole_numbers(column: pd.Series) -> bool:
    values = pd.to_numeric(column, errors="coerce").dropna()
    return bool(len(values)) and bool((values == values.round()).all())


def events_to_csv(table: pd.DataFrame) -> str:
    """CSV of a records table, safe to open in a spreadsheet (no formula injection): counts
    as integers ("2500", not "2500.0"), coordinates as they are, empty cells empty."""
    table = table.copy()
    for col in table.columns:
        if (
            pd.api.types.is_float_dtype(table[col])
            and not col.endswith(("lat", "lon", "_km", "confidence"))
            and _whole_numbers(table[col])
        ):
            table[col] = table[col].round().astype("Int64")
    # every cell quoted: a line break inside one never starts a new row (a bare CR included)
    return table.map(_csv_safe).to_csv(index=False, quoting=csv.QUOTE_NONNUMERIC)


def read_events_geojson(path: str | Path) -> dict[str, gpd.GeoDataFrame]:
    """Read a FeatureCollection written by ``troopmap extract`` back into frames by kind.

    Raises
    ------
    InputError
        If the file is not JSON, not a FeatureCollection, or a feature lacks a known ``kind``.
    """
    return parse_events_geojson(read_bytes(path), str(path))


def _lon_lat(geom: object, where: str) -> tuple[float, float]:
    """The coordinates of a GeoJSON Point in lon/lat range, or InputError naming the feature."""
    coords = geom.get("coordinates") if isinstance(geom, dict) else None
    if (
        not isinstance(geom, dict)
        or geom.get("type") != "Point"
        or not isinstance(coords, list)
        or len(coords) not in (2, 3)
        or not all(isinstance(c, (int, float)) and not isinstance(c, bool) for c in coords)
    ):
        msg = f"{where} geometry must be a lon/lat Point"
        raise InputError(msg)
    lon, lat = float(coords[0]), float(coords[1])
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):  # also false for NaN
        msg = f"{where} geometry must be a lon/lat Point (got {lon}, {lat})"
        raise InputError(msg)
    return lon, lat


def parse_events_geojson(raw: bytes | str, name: str = "<geojson>") -> dict[str, gpd.GeoDataFrame]:
    """Like :func:`read_events_geojson`, from the file's content."""
    p = name
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        msg = f"{p}: not readable GeoJSON ({exc})"
        raise InputError(msg) from exc
    if (
        not isinstance(data, dict)
        or data.get("type") != "FeatureCollection"
        or not isinstance(data.get("features"), list)
    ):
        msg = f"{p}: not a GeoJSON FeatureCollection"
        raise InputError(msg)
    records: dict[str, list] = {k: [] for k in KIND_CLASSES}
    for i, feat in enumerate(data["features"]):
        props = feat.get("properties") if isinstance(feat, dict) else None
        kind = props.get("kind") if isinstance(props, dict) else None
        if kind not in KIND_CLASSES:
            msg = f"{p}: feature {i} has no known kind (deployment/strike/attack)"
            raise InputError(msg)
        cls = KIND_CLASSES[kind]
        fields = _FIELD_SETS[kind]
        known = {k: v for k, v in props.items() if k in fields}
        for req in ("doc_id", "source_text", "source_start", "source_end", "confidence"):
            known.setdefault(req, None)
        geom = feat.get("geometry")
        if geom:
            known["lon"], known["lat"] = _lon_lat(geom, f"{p}: feature {i}")
        elif known.get("lat") is not None or known.get("lon") is not None:
            # no geometry: a point in the properties gets the same check (both, in range)
            point = {"type": "Point", "coordinates": [known.get("lon"), known.get("lat")]}
            known["lon"], known["lat"] = _lon_lat(point, f"{p}: feature {i}")
        records[kind].append(cls(**known))
    return {kind: events_frame(recs, kind) for kind, recs in records.items()}
