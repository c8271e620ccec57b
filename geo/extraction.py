"""The public extraction API: ``geo.extract(text, published=..., doc_id=...)``.

Wraps :func:`geo.events.extract_events` and returns GeoDataFrames (EPSG:4326).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import geopandas as gpd
import pandas as pd

from geo.events import extract_events
from geo.frames import clean_value, events_frame, features_to_geojson, mentions_frame
from geo.gazetteer import Gazetteer
from geo.published import parse_published

__all__ = ["Extraction", "combine", "extract"]


@dataclass
class Extraction:
    """Records found in one article.

    Attributes
    ----------
    deployments, strikes, attacks : geopandas.GeoDataFrame
        One row per record, point geometry, EPSG:4326.
    places : geopandas.GeoDataFrame
        Every place mention (resolved or not) with its role.
    unresolved : pandas.DataFrame
        Place names found but not placed (``text``, ``start``, ``end``).
    """

    doc_id: str
    published: dt.date
    deployments: gpd.GeoDataFrame
    strikes: gpd.GeoDataFrame
    attacks: gpd.GeoDataFrame
    places: gpd.GeoDataFrame
    unresolved: pd.DataFrame

    def frames(self) -> dict[str, gpd.GeoDataFrame]:
        """``{"deployment": ..., "strike": ..., "attack": ...}``."""
        return {"deployment": self.deployments, "strike": self.strikes, "attack": self.attacks}

    def records(self) -> list[dict[str, Any]]:
        """All event records as dicts, deployments then strikes then attacks."""
        out = []
        for frame in (self.deployments, self.strikes, self.attacks):
            out += [
                {k: clean_value(v) for k, v in row.items() if k != "geometry"}
                for row in frame.to_dict("records")
            ]
        return out

    def to_geojson(self) -> dict[str, Any]:
        """Events as one GeoJSON FeatureCollection (``kind`` tells them apart)."""
        return features_to_geojson(self.records())


def extract(
    text: str,
    published: str | dt.date | None = None,
    doc_id: str = "article",
    gazetteer: Gazetteer | None = None,
) -> Extraction:
    """Extract deployments, strikes, attacks and places from an article.

    Parameters
    ----------
    text : str
        Article text.
    published : str or date, optional
        Publication date (``YYYY-MM-DD``); relative dates resolve against it. Default today.
    doc_id : str
        Copied into every record.
    gazetteer : Gazetteer, optional
        Defaults to the bundled one.
    """
    when = parse_published(published)
    found = extract_events(text, when, doc_id, gazetteer)
    records = [*found.deployments, *found.strikes, *found.attacks]
    places = mentions_frame(found.mentions)
    places.insert(0, "doc_id", doc_id)
    unresolved = pd.DataFrame(
        [
            {"doc_id": doc_id, "text": m.text, "start": m.start, "end": m.end}
            for m in found.mentions
            if not m.resolved
        ],
        columns=["doc_id", "text", "start", "end"],
    )
    return Extraction(
        doc_id=doc_id,
        published=when,
        deployments=events_frame(records, "deployment"),
        strikes=events_frame(records, "strike"),
        attacks=events_frame(records, "attack"),
        places=places,
        unresolved=unresolved,
    )


def combine(parts: list[dict[str, gpd.GeoDataFrame]]) -> dict[str, gpd.GeoDataFrame]:
    """Stack several ``{kind: frame}`` dicts (one per article or file) kind by kind."""
    out = {}
    for kind in ("deployment", "strike", "attack"):
        frames = [p[kind] for p in parts if kind in p and len(p[kind])]
        if frames:
            out[kind] = gpd.GeoDataFrame(
                pd.concat(frames, ignore_index=True), geometry="geometry", crs="EPSG:4326"
            )
        else:
            out[kind] = events_frame([], kind)
    return out
