"""Colours, sizes and labels shared by the layers."""

from __future__ import annotations

import math

from geo.records import codes_of

__all__ = [
    "KIND_COLOURS",
    "POPUP_OPTIONS",
    "actor_colour",
    "count_label",
    "kind_colour",
    "radius_for",
]

KIND_COLOURS = {
    "deployment": "#1f77b4",
    "strike": "#d62728",
    "attack": "#ff7f0e",
    "link": "#555555",
}
_PALETTE = ["#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f", "#2ca02c"]
_FIXED = {
    "US": "#d62728",
    "IL": "#1f3a93",
    "TR": "#e377c2",
    "RU": "#8c564b",
    "IR": "#2ca02c",
    "GB": "#9467bd",
}
_QUALIFIER_SIGNS = {
    "around": "~",
    "over": ">",
    "at least": "≥",
    "up to": "≤",
    "under": "<",
    "vague": "~",
    "exact": "",
}


#: Colours of kinds not listed in KIND_COLOURS (a new record kind), picked by name.
_KIND_PALETTE = ["#2ca02c", "#9467bd", "#17becf", "#bcbd22", "#e377c2", "#8c564b"]


def kind_colour(kind: str) -> str:
    """The colour of a record kind: its own, or a stable one from a palette for a new kind."""
    return KIND_COLOURS.get(kind) or _KIND_PALETTE[sum(map(ord, kind)) % len(_KIND_PALETTE)]


def actor_colour(actor: str | None) -> str:
    """A stable colour for an actor code (unknown actors are grey)."""
    if not actor:
        return "#7f7f7f"
    first = next(iter(codes_of(actor)), actor)
    if first in _FIXED:
        return _FIXED[first]
    return _PALETTE[sum(map(ord, first)) % len(_PALETTE)]


def radius_for(value: float | None, *, scale: float, lo: float, hi: float) -> float:
    """Marker radius with area proportional to ``value`` (clamped to [lo, hi] pixels)."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value <= 0:
        return lo
    return max(lo, min(hi, scale * math.sqrt(float(value))))


def count_label(count: float | None, qualifier: str | None) -> str:
    """``2500, "around"`` -> ``"~2,500"``."""
    if count is None or (isinstance(count, float) and math.isnan(count)):
        return "?"
    return f"{_QUALIFIER_SIGNS.get(qualifier or 'exact', '')}{int(count):,}"


#: Leaflet options of every popup: at most this tall (a longer one scrolls), so that a popup
#: fits a map of about 500 px, as in the dashboard.
POPUP_OPTIONS = {"max_height": 300}
