"""Place names to write on an offline map: capitals, and large cities when zoomed in.

A shared map with no tile server still shows where things are when it names the capitals and
the big cities (read here from the bundled gazetteer; the layers only draw them).
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from geo.gazetteer import Gazetteer, distance_km

__all__ = ["PlaceLabel", "place_labels"]

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
    for r in rows:
        here = PlaceLabel(str(c["name"][r]), float(c["lat"][r]), float(c["lon"][r]), False)
        near = next(
            (
                i
                for i, k in enumerate(kept)
                if distance_km(here.lat, here.lon, k.lat, k.lon) < APART_KM
            ),
            None,
        )
        if near is None:
            kept.append(here._replace(capital=bool(capital[r])))
        elif len(here.name) < len(kept[near].name) and not kept[near].capital:
            # the city's own name is the short one: "Mosul", not "Al Mawsil al Jadidah"
            kept[near] = kept[near]._replace(name=here.name)
    return kept
