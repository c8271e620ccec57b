"""Place names written on the map (capitals always, large cities from zoom 6), offline."""

from __future__ import annotations

from collections.abc import Iterable

import folium
from branca.element import MacroElement
from folium.template import Template

from geo.labels import PlaceLabel
from layers.escape import html_text

__all__ = ["labels_layer"]

#: Zoom below which only capitals are named.
CITY_ZOOM = 6


class _ZoomClass(MacroElement):
    """Marks the map container ``troopmap-far`` below :data:`CITY_ZOOM` (CSS hides cities)."""

    _template = Template(
        """{% macro header(this, kwargs) %}
<style>
 .troopmap-place {font: 11px sans-serif; color: #444; white-space: nowrap;
   transform: translate(-50%, -50%); text-shadow: 0 0 2px #fff, 0 0 2px #fff;
   pointer-events: none}
 .troopmap-place.troopmap-capital {font-weight: bold}
 .troopmap-far .troopmap-city {display: none}
</style>
{% endmacro %}
{% macro script(this, kwargs) %}
 (function (map) {
   function mark() { map.getContainer().classList.toggle('troopmap-far', map.getZoom() < {{ this.zoom }}); }
   map.on('zoomend', mark); mark();
 })({{ this._parent.get_name() }});
{% endmacro %}"""
    )

    def __init__(self, zoom: int) -> None:
        super().__init__()
        self.zoom = int(zoom)


def labels_layer(
    labels: Iterable[PlaceLabel], name: str = "Place names (offline)"
) -> folium.FeatureGroup:
    """Capitals (always) and large cities (from zoom 6) as text, under the data layers."""
    group = folium.FeatureGroup(name=name)
    for label in labels:
        kind = "troopmap-capital" if label.capital else "troopmap-city"
        folium.Marker(
            location=(label.lat, label.lon),
            icon=folium.DivIcon(
                html=f"<div class='troopmap-place {kind}'>{html_text(label.name)}</div>",
                icon_size=(0, 0),
            ),
            interactive=False,
        ).add_to(group)
    return group


def add_labels(fmap: folium.Map, labels: Iterable[PlaceLabel]) -> None:
    """The label layer and the zoom rule that hides city names when far out."""
    labels_layer(labels).add_to(fmap)
    _ZoomClass(CITY_ZOOM).add_to(fmap)
