"""Points a text gives by distance and bearing from a named place.

"40 kilometers southeast of Baghdad", "some 20 miles north of the capital of": a pure reading of
the phrase that ends right before the place's name, and the point it gives on the ellipsoid.
Used by :mod:`geo.geoparse` (a site known only by such a phrase) and :mod:`geo.incidents` (an
incident placed by one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo.numbers import find_quantities

__all__ = ["BEARINGS", "MAX_KM", "Offset", "destination", "offset_before"]

_RELATIVE = re.compile(
    r"(?:(?P<qual>around|about|some|roughly|nearly|approximately|almost|over|more than)\s+)?"
    r"(?P<num>\d+(?:\.\d+)?|[a-z]+(?:[\s-][a-z]+)?)\s*[-\s]?(?P<unit>kilometers|kilometres|km|(?:nautical\s+)?miles|nm|mi)\b\s+"
    r"(?:\([^)]*\)\s+)?(?:to\s+the\s+)?(?P<dir>(?:north|south|east|west)(?:-?(?:north|south|east|west)){0,2})(?:ern)?\s+of\s+(?:the\s+)?(?:capital\s+(?:of\s+)?)?$",
    re.I,
)
#: Compass points (16 winds), hyphens removed: "north-northwest" -> 337.5 degrees.
BEARINGS = {
    name: i * 22.5
    for i, name in enumerate(
        [
            "north",
            "northnortheast",
            "northeast",
            "eastnortheast",
            "east",
            "eastsoutheast",
            "southeast",
            "southsoutheast",
            "south",
            "southsouthwest",
            "southwest",
            "westsouthwest",
            "west",
            "westnorthwest",
            "northwest",
            "northnorthwest",
        ]
    )
}
MAX_KM = 2000.0  # a "N km from X" beyond this is a misreading, not a place
#: How far before a place's name such a phrase may start (characters).
_REACH = 90
_UNITS = ("km", "kilomet", "mi", "nm")
#: Kilometres per unit, by the unit's first two letters ("nautical miles" and "nm" are 1.852).
_KM_PER = {"mi": 1.609344, "na": 1.852, "nm": 1.852}


@dataclass(frozen=True, slots=True)
class Offset:
    """A distance and bearing read from the text; the phrase starts at ``start``."""

    km: float
    bearing: str
    start: int


def offset_before(text: str, end: int, lo: int = 0) -> Offset | None:
    """The "N km <direction> of" phrase that ends at ``end`` (no earlier than ``lo``), or None."""
    begin = max(lo, end - _REACH)
    window = text[begin:end].lower()
    if "of" not in window[-24:] or not any(u in window for u in _UNITS):
        return None  # the cheap test first: most names have no such phrase before them
    m = _RELATIVE.search(window)
    if not m:
        return None
    q = find_quantities(m.group("num"))
    if not q:
        return None
    unit = m.group("unit").lower()
    km = q[0].value * _KM_PER.get(unit[:2], 1.0)
    direction = m.group("dir").lower().replace("-", "")
    if not 0 < km <= MAX_KM or direction not in BEARINGS:
        return None
    return Offset(float(km), direction, begin + m.start())


def destination(lat: float, lon: float, km: float, bearing: str) -> tuple[float, float]:
    """The point ``km`` kilometres from (lat, lon) towards ``bearing`` (a key of BEARINGS)."""
    from geopy.distance import geodesic  # geopy's package import pulls its geocoders: lazily

    dest = geodesic(kilometers=km).destination((lat, lon), BEARINGS[bearing])
    return dest.latitude, dest.longitude
