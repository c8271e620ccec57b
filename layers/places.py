"""Folium layer of the places named in an article (resolved mentions only)."""

from __future__ import annotations

from collections.abc import Sequence

import folium

from geo.records import Mention
from layers.escape import html_text

__all__ = ["places_layer"]

ROLE_COLOURS = {
    "location": "#d62728",
    "dateline": "#7f7f7f",
    "actor": "#1f77b4",
    "metonym": "#9467bd",
}


def _snippet(text: str, m: Mention, width: int = 90) -> str:
    lo = max(0, m.start - width)
    hi = min(len(text), m.end + width)
    return text[lo : m.start], text[m.start : m.end], text[m.end : hi]


def places_layer(
    mentions: Sequence[Mention], text: str, name: str = "Places named"
) -> folium.FeatureGroup:
    """A feature group with one circle marker per resolved mention, popups quoting the text."""
    group = folium.FeatureGroup(name=name)
    for m in mentions:
        if not m.resolved:
            continue
        before, hit, after = _snippet(text, m)
        popup = (
            f"<b>{html_text(m.name)}</b> ({html_text(m.feature)}, {html_text(m.country)})<br>"
            f"role: {html_text(m.role)}<br>"
            f"<i>…{html_text(before)}<mark>{html_text(hit)}</mark>{html_text(after)}…</i>"
        )
        folium.CircleMarker(
            location=(m.lat, m.lon),
            radius=7 if m.role == "location" else 4,
            color=ROLE_COLOURS.get(m.role, "#333"),
            fill=True,
            fill_opacity=0.8,
            tooltip=html_text(f"{m.text} → {m.name} [{m.role}]"),
            popup=folium.Popup(popup, max_width=360),
        ).add_to(group)
    return group
