"""The map layer of each record kind and what the legend says of it.

:func:`layers.maps.build_map` draws deployments (shaded countries and rings) and strikes (a
date slider, clusters) with layers of their own; every other kind of :data:`geo.records.KINDS`
is drawn by its entry in :data:`KIND_LAYERS`. A kind with no entry (a new record type in
:mod:`geo.records`) still shows: one marker per record in its own colour, with the popup every
record has, and a line in the legend. Give it an entry for a symbol of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import folium
import geopandas as gpd

from geo.records import KINDS
from layers.attacks import attacks_layer
from layers.markers import placed_rows, record_marker
from layers.style import kind_colour

__all__ = ["DRAWN_APART", "KIND_LAYERS", "KindLayer", "layer_for", "other_kinds", "point_layer"]

#: Kinds build_map draws itself (choropleth, timeline, clusters).
DRAWN_APART = ("deployment", "strike")


@dataclass(frozen=True)
class KindLayer:
    """How records of one kind are drawn: ``build`` turns their frame into a layer,
    ``legend`` says what one symbol means, ``symbol`` is its legend swatch (``dot``, ``ring``
    or ``dashed``)."""

    build: Callable[[gpd.GeoDataFrame], folium.FeatureGroup]
    legend: str
    symbol: str = "dot"


def point_layer(frame: gpd.GeoDataFrame, kind: str) -> folium.FeatureGroup:
    """One filled marker per record of ``kind``, with the popup and tooltip of every record."""
    group = folium.FeatureGroup(name=f"{kind.replace('_', ' ').capitalize()}s")
    for rec, point in placed_rows(frame):
        style = {"color": kind_colour(kind), "weight": 2, "fill": True, "fill_opacity": 0.7}
        record_marker(rec, point, radius=7, **style).add_to(group)
    return group


#: The drawn-apart kinds' legend lines are written by the legend itself.
KIND_LAYERS: dict[str, KindLayer] = {
    "attack": KindLayer(attacks_layer, "attacks on forces (reported total)", "dashed"),
}


def layer_for(kind: str) -> KindLayer:
    """The layer of ``kind``: its entry, or plain markers in its colour."""
    return KIND_LAYERS.get(kind) or KindLayer(
        partial(point_layer, kind=kind), kind.replace("_", " ")
    )


def other_kinds() -> tuple[str, ...]:
    """The kinds drawn by their :class:`KindLayer`, in the order of :data:`geo.records.KINDS`."""
    return tuple(k for k in KINDS if k not in DRAWN_APART)
