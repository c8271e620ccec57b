"""Which reports describe the same event: pure matching rules and the event view.

A stored row is one event as one source reported it; rows that describe the same event share
an ``event_id``. A new record joins an existing event when the kind matches, the dates fall
within a window, the places are within a distance (or are the same gazetteer place), and the
actors are compatible (equal, or one unknown). Conflicting figures stay per source; the event
view shows their range.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import geopandas as gpd
import pandas as pd

from geo.gazetteer import distance_km
from geo.geojson import clean_value
from geo.records import KIND_CLASSES, SUMMARY_FIELDS, codes_of

__all__ = ["MATCH_FIELDS", "EventIndex", "MatchRules", "event_view", "match_event", "new_event_id"]


@dataclass(frozen=True)
class MatchRules:
    """Thresholds for "same event" per kind: days between dates and km between places. A kind
    left out keeps its record type's own (``match_days``, ``match_km`` in :mod:`geo.records`)."""

    days: Mapping[str, int] = field(default_factory=dict)
    km: Mapping[str, float] = field(default_factory=dict)

    def window(self, kind: Any) -> int:
        """Days two dates of ``kind`` may lie apart and still tell one event."""
        cls = KIND_CLASSES.get(kind)
        return self.days.get(kind, cls.match_days if cls else 0)

    def radius(self, kind: Any) -> float | None:
        """Km two places of ``kind`` may lie apart (None: the kind matches no places)."""
        cls = KIND_CLASSES.get(kind)
        return self.km.get(kind, cls.match_km if cls else None)


#: Fields whose rule is not equality (see :class:`geo.records.Event`).
_PLACE_FIELDS = ("place_id", "lat", "lon")
_SPECIAL = {"date", "actor", *_PLACE_FIELDS}


def _date(value: Any) -> dt.date | None:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _actors_compatible(a: Any, b: Any) -> bool:
    if not a or not b:
        return True
    return bool(set(codes_of(a)) & set(codes_of(b)))


#: The fields that decide whether two records of a kind are one event, as each record type
#: declares them (``match_fields``); a store reads these, and ``kind`` and ``event_id``, to
#: match new records (:data:`geo.store.MATCH_COLUMNS`).
MATCH_FIELDS: dict[str, tuple[str, ...]] = {
    kind: cls.match_fields for kind, cls in KIND_CLASSES.items()
}


def _same(new: Mapping[str, Any], old: Mapping[str, Any], rules: MatchRules) -> bool:
    """Whether two records report one event, by the rules their record type declares."""
    kind = new.get("kind")
    if kind != old.get("kind") or kind not in MATCH_FIELDS:
        return False
    cls = KIND_CLASSES[kind]
    names = MATCH_FIELDS[kind]
    n = {k: clean_value(new.get(k)) for k in names}
    o = {k: clean_value(old.get(k)) for k in names}
    if any(n[k] != o[k] for k in names if k not in _SPECIAL):
        return False  # "country", "target" ...: equal
    d1, d2 = _date(n.get("date")), _date(o.get("date"))
    if d1 and d2 and abs((d1 - d2).days) > rules.window(kind):
        return False
    km = rules.radius(kind)
    if km is not None:
        same_place = bool(n.get("place_id")) and n.get("place_id") == o.get("place_id")
        if not same_place:
            coords = [n.get("lat"), n.get("lon"), o.get("lat"), o.get("lon")]
            if None in coords or distance_km(*coords) > km:
                return False
            if (d1 is None) != (d2 is None):
                return False  # a dated and an undated report at two places: two events
    if "actor" in names:
        if cls.match_actors == "share":
            return _actors_compatible(n["actor"], o["actor"])
        return n["actor"] == o["actor"]
    return True


def match_event(
    record: Mapping[str, Any],
    existing: Iterable[Mapping[str, Any]],
    rules: MatchRules = MatchRules(),
) -> str | None:
    """The ``event_id`` of the first stored row that describes the same event, or None."""
    for old in existing:
        if _same(record, old, rules):
            return str(old["event_id"])
    return None


#: Degrees of the grid records matched by place are filed under; a lookup reads every cell that
#: the box of the kind's radius around the new record touches.
_CELL_DEGREES = 0.25
_CELLS_AROUND = round(360 / _CELL_DEGREES)  # longitude wraps at the antimeridian


class EventIndex:
    """Stored events (their first report), filed so that matching a new record looks only at
    events that could be the same: by kind, country and date window, and within those by what
    must agree (the actor of a deployment, the target of an attack) or, for strikes, by place
    and grid cell. Matching costs the same with 100 or 100,000 events stored."""

    def __init__(self, rules: MatchRules | None = None) -> None:
        self.rules = rules or MatchRules()
        self._buckets: dict[tuple, list[tuple[int, dict[str, Any]]]] = {}
        self._by_area: dict[tuple, list[tuple]] = {}  # (kind, country) -> its bucket keys
        self._ids: set[str] = set()

    def _area(self, rec: Mapping[str, Any]) -> tuple:
        """(kind, country, date bucket): dates fall in buckets as wide as the kind's window."""
        day = _date(clean_value(rec.get("date")))
        width = max(self.rules.window(rec.get("kind")), 1)
        return (
            rec.get("kind"),
            clean_value(rec.get("country")),
            None if day is None else day.toordinal() // width,
        )

    @staticmethod
    def _cell(rec: Mapping[str, Any]) -> tuple[int, int] | None:
        lat, lon = clean_value(rec.get("lat")), clean_value(rec.get("lon"))
        if lat is None or lon is None:
            return None
        return (
            math.floor(float(lat) / _CELL_DEGREES),
            math.floor(float(lon) / _CELL_DEGREES) % _CELLS_AROUND,
        )

    def _filed_under(self, rec: Mapping[str, Any]) -> list[tuple]:
        """The keys (after the area) a stored record is filed under: the values its kind
        must share (an attack's target, a deployment's force), or, for a kind matched by
        place, its place and grid cell."""
        kind = rec.get("kind")
        if self.rules.radius(kind) is None:
            cls = KIND_CLASSES.get(kind)
            shared = [
                k
                for k in MATCH_FIELDS.get(kind, ())
                if k not in ("date", "country", *_PLACE_FIELDS)
                and not (k == "actor" and cls is not None and cls.match_actors == "share")
            ]
            return [(tuple(shared), tuple(clean_value(rec.get(k)) for k in shared))]
        keys = (
            [("place", clean_value(rec.get("place_id")))]
            if clean_value(rec.get("place_id"))
            else []
        )
        cell = self._cell(rec)
        return keys + ([("cell", cell)] if cell is not None else [])

    def _looked_up(self, rec: Mapping[str, Any]) -> list[tuple]:
        """The keys under which an event matching ``rec`` must be filed."""
        km = self.rules.radius(rec.get("kind"))
        if km is None:
            return self._filed_under(rec)
        keys = (
            [("place", clean_value(rec.get("place_id")))]
            if clean_value(rec.get("place_id"))
            else []
        )
        lat, lon = clean_value(rec.get("lat")), clean_value(rec.get("lon"))
        if lat is None or lon is None:
            return keys
        lat, lon = float(lat), float(lon)
        # a box a little larger than the kind's radius each way (1° of latitude is at least
        # 110.5 km; a degree of longitude shrinks with the cosine of the box's poleward edge)
        dlat = 1.05 * km / 110.5
        edge = min(abs(lat) + dlat, 89.0)
        dlon = min(1.05 * km / (110.5 * math.cos(math.radians(edge))), 180.0)
        rows = range(
            math.floor((lat - dlat) / _CELL_DEGREES), math.floor((lat + dlat) / _CELL_DEGREES) + 1
        )
        cols = range(
            math.floor((lon - dlon) / _CELL_DEGREES), math.floor((lon + dlon) / _CELL_DEGREES) + 1
        )
        return keys + [("cell", (i, j % _CELLS_AROUND)) for i in rows for j in cols]

    def add(self, rec: Mapping[str, Any]) -> None:
        """Remember a stored row (only the first row of each event is kept)."""
        if rec["event_id"] in self._ids:
            return
        self._ids.add(str(rec["event_id"]))
        entry = (len(self._ids), dict(rec))
        area = self._area(rec)
        for sub in self._filed_under(rec):
            key = (*area, sub)
            if key not in self._buckets:
                self._by_area.setdefault(area[:2], []).append(key)
            self._buckets.setdefault(key, []).append(entry)

    def match(self, rec: Mapping[str, Any]) -> str | None:
        """The event a new record belongs to (the first stored of those that match), or None."""
        kind, country, b = self._area(rec)
        subs = set(self._looked_up(rec))
        if b is None:  # undated: any event of the kind in the country (the rules decide)
            keys = [k for k in self._by_area.get((kind, country), ()) if k[3] in subs]
        else:  # a date within +-window lies in this bucket or a neighbour; undated events too
            keys = [(kind, country, d, sub) for d in (b - 1, b, b + 1, None) for sub in subs]
        seen: dict[int, dict[str, Any]] = {}
        for key in keys:
            for seq, old in self._buckets.get(key, ()):
                seen[seq] = old
        return match_event(rec, (seen[s] for s in sorted(seen)), self.rules)


def new_event_id(record: Mapping[str, Any], doc_hash: str, n: int) -> str:
    """A stable id for a new event: kind, the first reporting document and its position."""
    digest = hashlib.sha256(f"{doc_hash}:{n}".encode()).hexdigest()[:12]
    return f"{record.get('kind', 'event')}-{digest}"


def event_view(rows: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """One row per event: the first report's fields and the :class:`geo.records.EventSummary`
    fields (the number and list of sources, the range of each figure they give, the first and
    last day they report)."""
    if rows.empty:
        out = rows.copy()
        for col in SUMMARY_FIELDS:
            out[col] = pd.Series(dtype="object")
        return out
    rows = rows.sort_values(["event_id", "ingested_at", "source_start"], kind="stable")
    first = rows.groupby("event_id", sort=False).head(1).set_index("event_id")
    grouped = rows.groupby("event_id", sort=False)
    first["sources"] = grouped["doc_hash"].nunique()
    first["source_docs"] = grouped["doc_id"].agg(
        lambda s: "; ".join(dict.fromkeys(str(x) for x in s))
    )
    for col in ("fatalities", "injuries", "count"):
        nums = pd.to_numeric(rows[col], errors="coerce")
        first[f"{col}_min"] = nums.groupby(rows["event_id"]).min().astype("Int64")
        first[f"{col}_max"] = nums.groupby(rows["event_id"]).max().astype("Int64")
    dates = pd.to_datetime(rows["date"], errors="coerce").groupby(rows["event_id"])
    first["date_first"] = dates.min().dt.strftime("%Y-%m-%d")
    first["date_last"] = dates.max().dt.strftime("%Y-%m-%d")
    return gpd.GeoDataFrame(first.reset_index(), geometry="geometry", crs=rows.crs)
