"""Parts of a country, province or region named by direction: "eastern Syria", "northern Mali".

News places much of a war in a part of a country ("airstrikes in northwest Syria", "fighting in
eastern DRC"). The part is drawn as the matching band of the area's outline, and its point is a
point inside that band, so a record of "eastern Syria" neither claims a town's precision nor
sits in the middle of the country. The band is a share of the bounding box of the area's main
territory (its largest polygon): the outer 40% towards a cardinal direction, the outer half
on both axes towards a diagonal one, the middle 40% both ways for "central". Pure geometry:
:mod:`scripts.build_gazetteer` stores each part's point, :mod:`geo.areas` clips outlines.
"""

from __future__ import annotations

import shapely
from shapely.geometry import box

__all__ = ["PARTS", "part_of", "part_point", "split_part_id"]

#: Parts a text can name (``data/lexicon/directions.csv`` maps words to these).
PARTS = (
    "north",
    "northeast",
    "east",
    "southeast",
    "south",
    "southwest",
    "west",
    "northwest",
    "centre",
)
_BAND = 0.4  # share of the extent towards a cardinal direction
_CORNER = 0.5  # share of each extent towards a diagonal one


def _main_bounds(geom: shapely.Geometry) -> tuple[float, float, float, float]:
    parts = list(getattr(geom, "geoms", [geom]))
    return max(parts, key=lambda g: g.area).bounds


def _window(bounds: tuple[float, float, float, float], part: str) -> shapely.Geometry:
    x0, y0, x1, y1 = bounds
    w, h = x1 - x0, y1 - y0
    if part == "centre":
        mx, my = w * (1 - _BAND) / 2, h * (1 - _BAND) / 2
        return box(x0 + mx, y0 + my, x1 - mx, y1 - my)
    share = _CORNER if len(part) > 5 else _BAND  # "northeast" vs "north"
    lo_x, hi_x, lo_y, hi_y = x0, x1, y0, y1
    if part.startswith("north"):
        lo_y = y1 - share * h
    if part.startswith("south"):
        hi_y = y0 + share * h
    if part.endswith("east"):
        lo_x = x1 - share * w
    if part.endswith("west"):
        hi_x = x0 + share * w
    return box(lo_x, lo_y, hi_x, hi_y)


def part_of(geom: shapely.Geometry, part: str) -> shapely.Geometry:
    """The ``part`` (one of :data:`PARTS`) of an area's outline; empty if it has none there."""
    if part not in PARTS:
        msg = f"unknown part {part!r}; expected one of {', '.join(PARTS)}"
        raise ValueError(msg)
    if geom is None or geom.is_empty:
        return shapely.Polygon()
    return shapely.intersection(geom, _window(_main_bounds(geom), part))


def part_point(geom: shapely.Geometry, part: str) -> tuple[float, float] | None:
    """A point (lat, lon) inside the ``part`` of ``geom``'s main territory, or None."""
    piece = part_of(geom, part)
    if piece.is_empty:
        return None
    pieces = list(getattr(piece, "geoms", [piece]))
    biggest = max(pieces, key=lambda g: g.area)
    pt = biggest.centroid if biggest.covers(biggest.centroid) else biggest.representative_point()
    return round(pt.y, 5), round(pt.x, 5)


def split_part_id(place_id: str) -> tuple[str, str | None]:
    """``"cc:SY#east"`` -> ``("cc:SY", "east")``; an id without a part -> ``(id, None)``."""
    base, sep, part = place_id.partition("#")
    return (base, part) if sep and part in PARTS else (place_id, None)
