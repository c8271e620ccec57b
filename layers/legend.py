"""A fixed legend box: our own text, plus the actors of the strikes shown (escaped)."""

from __future__ import annotations

from collections.abc import Iterable

from branca.element import MacroElement
from jinja2 import Template

from geo.records import codes_of
from layers.escape import html_text
from layers.kinds import layer_for, other_kinds
from layers.style import KIND_COLOURS, actor_colour, kind_colour

__all__ = ["Legend"]

_TEMPLATE = """
{% macro html(this, kwargs) %}
<div id="troopmap-legend" style="position:fixed;bottom:{{this.bottom}}px;left:12px;z-index:9999;background:rgba(255,255,255,.92);
 padding:8px 10px;border:1px solid #999;border-radius:4px;font:12px sans-serif;line-height:18px">
 <b>troopmap</b><br>
 <span style="display:inline-block;width:12px;height:12px;border-radius:6px;border:2px solid {{this.c.deployment}}"></span> troop deployment (area ~ troops)<br>
 <span style="display:inline-block;width:12px;height:12px;border-radius:6px;background:{{this.c.strike}}"></span> strike (size ~ fatalities), colour by actor:<br>
 {% for label, colour in this.actors %}<span style="display:inline-block;margin-left:14px;width:10px;height:10px;border-radius:5px;background:{{colour}}"></span> {{label}}<br>{% endfor %}
 {% if this.clustered %}<span style="display:inline-block;width:14px;height:14px;border-radius:7px;background:rgba(110,204,57,.8);font-size:9px;text-align:center;line-height:14px">9</span> strikes grouped here: click or zoom in<br>{% endif %}
 {% for label, colour, symbol in this.kind_rows %}<span style="display:inline-block;width:12px;height:12px;border-radius:6px;{% if symbol == 'dot' %}background:{{colour}}{% else %}border:2px {{'dashed' if symbol == 'dashed' else 'solid'}} {{colour}}{% endif %}"></span> {{label}}<br>{% endfor %}
 <span style="display:inline-block;width:14px;border-top:2px dashed {{this.c.link}}"></span> located by distance from a place<br>
 <span style="display:inline-block;width:12px;height:10px;border:2px dashed {{this.c.deployment}};background:rgba(31,119,180,.12)"></span> placed only in a country or province: drawn as that area<br>
 <span style="color:#666">Places: GeoNames (CC BY 4.0), Natural Earth</span>
</div>
{% endmacro %}
{% macro script(this, kwargs) %}
(function (map) {
  // an open popup is never under the legend: the legend steps aside while one is open
  function show(visible) {
    var legend = document.getElementById("troopmap-legend");
    if (legend) legend.style.visibility = visible ? "" : "hidden";
  }
  map.on("popupopen", function () { show(false); });
  map.on("popupclose", function () { show(true); });
})({{ this._parent.get_name() }});
{% endmacro %}
"""


class Legend(MacroElement):
    """Legend for the layers of :func:`layers.maps.build_map`."""

    _template = Template(_TEMPLATE)

    def __init__(
        self,
        actors: Iterable[str | None] = (),
        above_slider: bool = False,
        clustered: bool = False,
    ) -> None:
        super().__init__()
        #: whether the strikes are drawn in clusters (``layers.clusters``)
        self.clustered = clustered
        self._name = "TroopmapLegend"
        self.c = KIND_COLOURS
        #: pixels from the bottom: above the date slider when the map has one
        self.bottom = 140 if above_slider else 56
        #: (escaped label, colour) of each actor in use, as the strike layer colours them
        #: (escaped text, colour, swatch) of each kind drawn by its own layer (layers.kinds)
        self.kind_rows = [
            (html_text(layer_for(k).legend), kind_colour(k), layer_for(k).symbol)
            for k in other_kinds()
        ]
        given = list(actors)
        firsts = sorted({codes[0] for codes in map(codes_of, given) if codes})
        self.actors = [(html_text(a), actor_colour(a)) for a in firsts]
        if any(not a for a in given):
            self.actors.append(("unknown", actor_colour(None)))
