"""Filtering event frames: the dashboard's and the CLI's selection logic, in one place."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import geopandas as gpd
import pandas as pd

from geo.records import KINDS, codes_of

__all__ = ["RecordFilter", "filter_options", "weekly_counts"]


@dataclass(frozen=True)
class RecordFilter:
    """Which records to keep. Empty selections keep everything.

    ``date_from``/``date_to`` keep records whose period overlaps the range; records without a
    date are kept only when ``keep_undated``. ``min_fatalities`` drops records with fewer
    (or unknown) fatalities when it is above 0.
    """

    kinds: tuple[str, ...] = KINDS
    actors: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    precisions: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    keep_undated: bool = True
    min_fatalities: int = 0
    doc_ids: tuple[str, ...] = field(default=())

    def apply(self, frames: dict[str, gpd.GeoDataFrame]) -> dict[str, gpd.GeoDataFrame]:
        """The frames with only the rows this filter keeps (kinds not selected come back empty)."""
        out = {}
        for kind, frame in frames.items():
            if kind not in self.kinds:
                out[kind] = frame.iloc[0:0]
                continue
            keep = pd.Series(True, index=frame.index)
            if self.actors:
                keep &= (
                    frame["actor"]
                    .fillna("")
                    .map(
                        lambda a: (
                            any(x in self.actors for x in codes_of(a)) if a else "" in self.actors
                        )
                    )
                )
            if self.countries:
                keep &= frame["country"].isin(self.countries)
            if self.precisions:
                keep &= frame["geo_precision"].isin(self.precisions)
            if self.event_types:
                keep &= frame["event_type"].isin(self.event_types)
            if self.doc_ids:
                keep &= frame["doc_id"].isin(self.doc_ids)
            if self.date_from or self.date_to:
                start = pd.to_datetime(frame["date"], errors="coerce")
                end = pd.to_datetime(frame["date_end"], errors="coerce").fillna(start)
                ok = pd.Series(True, index=frame.index)
                if self.date_from:
                    ok &= end >= pd.Timestamp(self.date_from)
                if self.date_to:
                    ok &= start <= pd.Timestamp(self.date_to)
                keep &= ok | (start.isna() & self.keep_undated)
            if self.min_fatalities > 0:
                keep &= (
                    pd.to_numeric(frame["fatalities"], errors="coerce").fillna(-1)
                    >= self.min_fatalities
                )
            out[kind] = frame[keep.to_numpy()]
        return out


def filter_options(frames: dict[str, gpd.GeoDataFrame]) -> dict[str, list]:
    """The values present in the frames, for building filter widgets (``country_names`` maps
    each country code to the name the records carry)."""
    actors: set[str] = set()
    countries: set[str] = set()
    country_names: dict[str, str] = {}
    precisions: set[str] = set()
    event_types: set[str] = set()
    dates: list[pd.Timestamp] = []
    for frame in frames.values():
        for a in frame["actor"].dropna():
            actors.update(codes_of(a))
        countries.update(frame["country"].dropna())
        if "country_name" in frame:
            for code, name in zip(frame["country"], frame["country_name"], strict=True):
                if isinstance(code, str) and isinstance(name, str) and name:
                    country_names.setdefault(code, name)
        precisions.update(frame["geo_precision"].dropna())
        if "event_type" in frame:
            event_types.update(frame["event_type"].dropna())
        for col in ("date", "date_end"):
            dates += list(pd.to_datetime(frame[col], errors="coerce").dropna())
    return {
        "actors": sorted(actors),
        "countries": sorted(countries),
        "country_names": country_names,
        "precisions": sorted(precisions),
        "event_types": sorted(event_types),
        "dates": [min(dates).date(), max(dates).date()] if dates else [],
    }


def weekly_counts(frames: dict[str, gpd.GeoDataFrame]) -> pd.DataFrame:
    """Events per week (Monday) by kind: index ``week``, one column per kind (dated records only)."""
    parts = []
    for kind, frame in frames.items():
        dates = pd.to_datetime(frame["date"], errors="coerce").dropna()
        if len(dates):
            weeks = (dates - pd.to_timedelta(dates.dt.day_of_week, unit="D")).dt.normalize()
            parts.append(pd.DataFrame({"week": weeks, "kind": kind}))
    if not parts:
        return pd.DataFrame(columns=list(frames))
    table = pd.concat(parts).groupby(["week", "kind"]).size().unstack("kind", fill_value=0)
    return table.reindex(columns=list(frames), fill_value=0)
