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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import geopandas as gpd
import pandas as pd

from geo.gazetteer import distance_km

__all__ = ["EventIndex", "MatchRules", "event_view", "match_event", "new_event_id"]


@dataclass(frozen=True)
class MatchRules:
    """Thresholds for "same event", per kind (days between dates, km between places)."""

    strike_days: int = 3
    strike_km: float = 25.0
    deployment_days: int = 120
    attack_days: int = 45


def _date(value: Any) -> dt.date | None:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _val(rec: Mapping[str, Any], key: str) -> Any:
    v = rec.get(key)
    if v is None or v is pd.NA or (isinstance(v, float) and pd.isna(v)):
        return None
    return v


def _actors_compatible(a: Any, b: Any) -> bool:
    if not a or not b:
        return True
    return bool(set(str(a).split(",")) & set(str(b).split(",")))


def _same(new: Mapping[str, Any], old: Mapping[str, Any], rules: MatchRules) -> bool:
    kind = new.get("kind")
    if kind != old.get("kind"):
        return False
    d1, d2 = _date(_val(new, "date")), _date(_val(old, "date"))
    if kind == "strike":
        same_place = bool(_val(new, "place_id")) and _val(new, "place_id") == _val(old, "place_id")
        if not same_place:
            coords = [_val(new, "lat"), _val(new, "lon"), _val(old, "lat"), _val(old, "lon")]
            if None in coords or distance_km(*coords) > rules.strike_km:
                return False
        if d1 and d2 and abs((d1 - d2).days) > rules.strike_days:
            return False
        if (d1 is None) != (d2 is None) and not same_place:
            return False
        return _actors_compatible(_val(new, "actor"), _val(old, "actor"))
    if kind == "deployment":
        if _val(new, "actor") != _val(old, "actor") or _val(new, "country") != _val(old, "country"):
            return False
        return not (d1 and d2 and abs((d1 - d2).days) > rules.deployment_days)
    if kind == "attack":
        if _val(new, "country") != _val(old, "country") or _val(new, "target") != _val(
            old, "target"
        ):
            return False
        return not (d1 and d2 and abs((d1 - d2).days) > rules.attack_days)
    return False


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


class EventIndex:
    """Stored events (their first report), bucketed by kind, country and date, so matching a
    new record looks only at events that could be the same."""

    def __init__(self, rules: MatchRules | None = None) -> None:
        self.rules = rules or MatchRules()
        self._buckets: dict[tuple, list[dict[str, Any]]] = {}
        self._ids: set[str] = set()

    def _window(self, kind: Any) -> int:
        r = self.rules
        return {
            "strike": r.strike_days,
            "deployment": r.deployment_days,
            "attack": r.attack_days,
        }.get(kind, 0)

    def _bucket(self, rec: Mapping[str, Any]) -> tuple:
        """(kind, country, n): dates fall in buckets as wide as the kind's window."""
        day = _date(_val(rec, "date"))
        width = max(self._window(rec.get("kind")), 1)
        return (
            rec.get("kind"),
            _val(rec, "country"),
            None if day is None else day.toordinal() // width,
        )

    def add(self, rec: Mapping[str, Any]) -> None:
        """Remember a stored row (only the first row of each event is kept)."""
        if rec["event_id"] in self._ids:
            return
        self._ids.add(str(rec["event_id"]))
        self._buckets.setdefault(self._bucket(rec), []).append(dict(rec))

    def match(self, rec: Mapping[str, Any]) -> str | None:
        """The event a new record belongs to, or None."""
        kind, country, b = self._bucket(rec)
        if b is None:  # undated: any event of the kind in the country (the rules decide)
            keys = [k for k in self._buckets if k[:2] == (kind, country)]
        else:  # a date within +-window lies in this bucket or a neighbour; undated events too
            keys = [
                (kind, country, b - 1),
                (kind, country, b),
                (kind, country, b + 1),
                (kind, country, None),
            ]
        for key in keys:
            found = match_event(rec, self._buckets.get(key, ()), self.rules)
            if found:
                return found
        return None


def new_event_id(record: Mapping[str, Any], doc_hash: str, n: int) -> str:
    """A stable id for a new event: kind, the first reporting document and its position."""
    digest = hashlib.sha256(f"{doc_hash}:{n}".encode()).hexdigest()[:12]
    return f"{record.get('kind', 'event')}-{digest}"


def event_view(rows: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """One row per event: the first report's fields, the number and list of sources, and the
    range of each figure the sources give (``fatalities_min``/``fatalities_max`` ...)."""
    if rows.empty:
        out = rows.copy()
        for col in (
            "sources",
            "source_docs",
            "fatalities_min",
            "fatalities_max",
            "injuries_min",
            "injuries_max",
            "count_min",
            "count_max",
        ):
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
