"""Record kinds of the package, each defined once.

Column names of GeoDataFrames, GeoJSON properties and CLI output come from these dataclasses.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any, Literal

Feature = Literal["country", "admin1", "city", "site", "region", "continent"]
Role = Literal["location", "dateline", "actor", "metonym"]


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    place_id: str
    name: str
    feature: str
    country: str
    admin1: str
    admin1_name: str
    lat: float
    lon: float
    population: int
    geonameid: int | None
    capital: bool


@dataclass(slots=True)
class Mention:
    """One place name found in a text, resolved or not.

    ``start``/``end`` index the original text (Python string offsets); ``lat``/``lon`` are
    ``None`` for an unresolved mention, never 0.
    """

    text: str
    start: int
    end: int
    role: str = "location"
    name: str | None = None
    feature: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    place_id: str | None = None
    score: float = 0.0
    candidates: int = 0
    kind: str = "name"

    @property
    def resolved(self) -> bool:
        """Whether the mention was placed."""
        return self.lat is not None and self.lon is not None

    def to_dict(self) -> dict[str, Any]:
        """Return the mention as a plain dict (the JSON output's keys)."""
        return asdict(self)


#: Public keys of a mention in JSON / GeoJSON output, in order.
MENTION_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Mention))
