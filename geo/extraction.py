"""The public extraction API: ``geo.extract(text, published=..., doc_id=...)``.

Wraps :func:`geo.events.extract_events` and returns GeoDataFrames (EPSG:4326).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd

from geo import settings
from geo.articles import DatedArticle
from geo.events import extract_events
from geo.frames import events_frame, mentions_frame
from geo.gazetteer import Gazetteer
from geo.geojson import clean_value, features_to_geojson
from geo.published import parse_published
from geo.records import KINDS, Event, Mention

__all__ = ["Extraction", "combine", "extract"]


#: Record fields naming the article, filled from ``source``.
SOURCE_FIELDS = ("source_title", "source_url", "source_outlet")


@dataclass(frozen=True)
class Extraction:
    """Records found in one article, as records first; frames are built when first read.

    Attributes
    ----------
    events : tuple of Event
        Deployments, strikes and attacks (:mod:`geo.records`), in text order.
    mentions : tuple of Mention
        Every place mention (resolved or not) with its role.
    deployments, strikes, attacks : geopandas.GeoDataFrame
        One row per record, point geometry, EPSG:4326 (built on first access).
    places : geopandas.GeoDataFrame
        The mentions as a frame.
    unresolved : pandas.DataFrame
        Place names found but not placed (``text``, ``start``, ``end``).
    """

    doc_id: str
    published: dt.date
    events: tuple[Event, ...] = ()
    mentions: tuple[Mention, ...] = ()

    @cached_property
    def _frames(self) -> dict[str, gpd.GeoDataFrame]:
        return {kind: events_frame(self.events, kind) for kind in KINDS}

    @property
    def deployments(self) -> gpd.GeoDataFrame:
        return self._frames["deployment"]

    @property
    def strikes(self) -> gpd.GeoDataFrame:
        return self._frames["strike"]

    @property
    def attacks(self) -> gpd.GeoDataFrame:
        return self._frames["attack"]

    @cached_property
    def places(self) -> gpd.GeoDataFrame:
        frame = mentions_frame(self.mentions)
        frame.insert(0, "doc_id", self.doc_id)
        return frame

    @cached_property
    def unresolved(self) -> pd.DataFrame:
        rows = [
            {"doc_id": self.doc_id, "text": m.text, "start": m.start, "end": m.end}
            for m in self.mentions
            if not m.resolved
        ]
        return pd.DataFrame(rows, columns=["doc_id", "text", "start", "end"])

    def frames(self) -> dict[str, gpd.GeoDataFrame]:
        """``{"deployment": ..., "strike": ..., "attack": ...}``."""
        return dict(self._frames)

    def records(self) -> list[dict[str, Any]]:
        """All event records as JSON-safe dicts, deployments then strikes then attacks."""
        ordered = sorted(self.events, key=lambda e: KINDS.index(e.kind))
        return [{k: clean_value(v) for k, v in e.to_dict().items()} for e in ordered]

    def to_geojson(self) -> dict[str, Any]:
        """Events as one GeoJSON FeatureCollection (``kind`` tells them apart)."""
        return features_to_geojson(self.records())


def extract(
    text: str,
    published: str | dt.date | None = None,
    doc_id: str = "article",
    gazetteer: Gazetteer | None = None,
    source: Mapping[str, str] | None = None,
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
    source : mapping, optional
        ``source_title``, ``source_url``, ``source_outlet`` of the article
        (:func:`geo.articles.source_of`), copied into every record.
    """
    when = parse_published(published)
    found = extract_events(text, when, doc_id, gazetteer)
    for event in (*found.deployments, *found.strikes, *found.attacks):
        for name, value in (source or {}).items():
            if name in SOURCE_FIELDS:
                setattr(event, name, value)
    return Extraction(
        doc_id=doc_id,
        published=when,
        events=(*found.deployments, *found.strikes, *found.attacks),
        mentions=tuple(found.mentions),
    )


def extract_article(article: DatedArticle, gazetteer: Gazetteer | None = None) -> Extraction:
    """:func:`extract` of one dated article, as every input route reads one: a file
    (:func:`geo.articles.read_dated_article`) or a pasted or uploaded text. The file's name is
    the records' ``doc_id``; its sidecar or front matter names the source."""
    return extract(
        article.text,
        article.published,
        doc_id=Path(article.path).name,
        gazetteer=gazetteer,
        source=article.source,
    )


def combine(parts: list[dict[str, gpd.GeoDataFrame]]) -> dict[str, gpd.GeoDataFrame]:
    """Stack several ``{kind: frame}`` dicts (one per article or file) kind by kind."""
    out = {}
    for kind in KINDS:
        frames = [p[kind] for p in parts if kind in p and len(p[kind])]
        if frames:
            out[kind] = gpd.GeoDataFrame(
                pd.concat(frames, ignore_index=True),
                geometry="geometry",
                crs=settings.DEFAULT_CRS,
            )
        else:
            out[kind] = events_frame([], kind)
    return out
