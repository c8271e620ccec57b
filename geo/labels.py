"""Place names to write on an offline map: capitals, and large cities when zoomed in.

A shared map with no tile server still shows where things are when it names the capitals and
the big cities (read here from the bundled gazetteer; the layers only draw them). The build
writes them to ``data/labels.json`` (:func:`write_labels`), so that a map needs no gazetteer.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np

from geo import settings
from geo.gazetteer import Gazetteer, load

__all__ = ["PlaceLabel", "map_labels", "place_labels", "write_labels"]

#: Cities of at least this many people are labelled too (at closer zooms).
LARGE_CITY = 1_000_000


class PlaceLabel(NamedTuple):
    """A name to write at a point; ``capital`` labels show at every zoom."""

    name: str
    lat: float
    lon: float
    capital: bool


#: A city this near a label already written is a part of that city ("Sadr City", "West
#: Jerusalem"): not written again.
APART_KM = 30.0
_EARTH_KM = 6371.0088  # mean radius, as geo.gazetteer.distance_km


def place_labels(gaz: Gazetteer, min_population: int = LARGE_CITY) -> list[PlaceLabel]:
    """National capitals and cities of ``min_population`` or more, capitals first; of the
    cities within :data:`APART_KM` of each other one label, with the shortest name (a city's
    parts carry longer ones: "Al Basrah al Qadimah", "West Jerusalem")."""
    c = gaz.columns
    city = c["feature"] == "city"
    capital = city & c["capital"].astype(bool)
    large = city & (c["population"] >= min_population) & ~capital
    rows = sorted(
        np.flatnonzero(capital | large), key=lambda r: (not capital[r], -c["population"][r])
    )
    kept: list[PlaceLabel] = []
    lat_rad = np.empty(len(rows))  # the kept labels' points, in radians, for one vector test
    lon_rad = np.empty(len(rows))
    for r in rows:
        here = PlaceLabel(str(c["name"][r]), float(c["lat"][r]), float(c["lon"][r]), False)
        near = _first_within(lat_rad[: len(kept)], lon_rad[: len(kept)], here.lat, here.lon)
        if near is None:
            lat_rad[len(kept)], lon_rad[len(kept)] = np.radians(here.lat), np.radians(here.lon)
            kept.append(here._replace(capital=bool(capital[r])))
        elif len(here.name) < len(kept[near].name) and not kept[near].capital:
            # the city's own name is the short one: "Mosul", not "Al Mawsil al Jadidah"
            kept[near] = kept[near]._replace(name=here.name)
    return kept


def _first_within(lats: np.ndarray, lons: np.ndarray, lat: float, lon: float) -> int | None:
    """Index of the first point (radians) within APART_KM of (lat, lon) in degrees, or None."""
    if not len(lats):
        return None
    p, q = np.radians(lat), np.radians(lon)
    a = np.sin((lats - p) / 2) ** 2 + np.cos(p) * np.cos(lats) * np.sin((lons - q) / 2) ** 2
    km = 2 * _EARTH_KM * np.arcsin(np.sqrt(np.minimum(a, 1.0)))
    hits = np.flatnonzero(km < APART_KM)
    return int(hits[0]) if len(hits) else None


def write_labels(gaz: Gazetteer, path: Path) -> None:
    """Write :func:`place_labels` of ``gaz`` as JSON rows ``[name, lat, lon, capital]``."""
    rows = [[lb.name, round(lb.lat, 4), round(lb.lon, 4), lb.capital] for lb in place_labels(gaz)]
    path.write_text(json.dumps(rows, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")


@lru_cache(maxsize=2)
def map_labels(data_dir: str | Path | None = None) -> tuple[PlaceLabel, ...]:
    """The labels the build wrote to ``labels.json`` in ``data_dir`` (default
    :data:`geo.settings.DATA_DIR`), or, when that file is missing or unreadable, those of the
    gazetteer there."""
    folder = Path(data_dir) if data_dir is not None else settings.DATA_DIR
    try:
        rows = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
        return tuple(PlaceLabel(str(n), float(a), float(o), bool(c)) for n, a, o, c in rows)
    except (OSError, ValueError, TypeError):
        return tuple(place_labels(load(folder)))
