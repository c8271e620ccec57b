"""Place names written on the map (capitals always, large cities from zoom 6), offline.

All names go into the page as one JSON array read by one script (one element, not one folium
marker each: 600 markers cost a second of template rendering); each name is escaped first.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import folium
from folium.template import Template

from geo.labels import PlaceLabel
from layers.escape import html_text
from layers.raw import RawMacroElement

__all__ = ["PlaceNames", "add_labels"]

#: Zoom below which only capitals are named.
CITY_ZOOM = 6


class PlaceNames(RawMacroElement):
    """A non-interactive layer of names; the map container is marked ``troopmap-far`` below
    :data:`CITY_ZOOM`, where CSS hides the cities' names."""

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
 var {{ this.get_name() }} = L.layerGroup();
 (function (map, group, names) {
   for (const [html, lat, lon, kind] of names) {
     L.marker([lat, lon], {interactive: false, keyboard: false, icon: L.divIcon({
       html: "<div class='troopmap-place " + kind + "'>" + html + "</div>",
       iconSize: [0, 0], className: ""})}).addTo(group);
   }
   group.addTo(map);
   function mark() { map.getContainer().classList.toggle('troopmap-far', map.getZoom() < {{ this.zoom }}); }
   map.on('zoomend', mark); mark();
 })({{ this._parent.get_name() }}, {{ this.get_name() }}, {{ this.names }});
{% endmacro %}"""
    )

    def __init__(self, labels: Iterable[PlaceLabel], zoom: int = CITY_ZOOM) -> None:
        super().__init__()
        self._name = "PlaceNames"
        self.zoom = int(zoom)
        rows = [
            [
                html_text(label.name),
                round(label.lat, 4),
                round(label.lon, 4),
                "troopmap-capital" if label.capital else "troopmap-city",
            ]
            for label in labels
        ]
        #: JSON of [escaped name, lat, lon, class] rows (escaped: no markup, no braces)
        self.names = json.dumps(rows, ensure_ascii=False)


def add_labels(fmap: folium.Map, labels: Iterable[PlaceLabel]) -> None:
    """Write the place names on ``fmap``, under the data layers."""
    PlaceNames(labels).add_to(fmap)
