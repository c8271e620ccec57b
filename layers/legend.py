"""A fixed legend box (our own text only; no input reaches it)."""

from __future__ import annotations

from branca.element import MacroElement
from jinja2 import Template

from layers.style import KIND_COLOURS

__all__ = ["Legend"]

_TEMPLATE = """
{% macro html(this, kwargs) %}
<div id="troopmap-legend" style="position:fixed;bottom:56px;left:12px;z-index:9999;background:rgba(255,255,255,.92);
 padding:8px 10px;border:1px solid #999;border-radius:4px;font:12px sans-serif;line-height:18px">
 <b>troopmap</b><br>
 <span style="display:inline-block;width:12px;height:12px;border-radius:6px;border:2px solid {{this.c.deployment}}"></span> troop deployment (area ~ troops)<br>
 <span style="display:inline-block;width:12px;height:12px;border-radius:6px;background:{{this.c.strike}}"></span> strike (size ~ fatalities, colour = actor)<br>
 <span style="display:inline-block;width:12px;height:12px;border-radius:6px;border:2px dashed {{this.c.attack}}"></span> attacks on forces (reported total)<br>
 <span style="display:inline-block;width:14px;border-top:2px dashed {{this.c.link}}"></span> located by distance from a place<br>
 <span style="color:#666">Places: GeoNames (CC BY 4.0), Natural Earth</span>
</div>
{% endmacro %}
"""


class Legend(MacroElement):
    """Legend for the layers of :func:`layers.maps.build_map`."""

    _template = Template(_TEMPLATE)

    def __init__(self) -> None:
        super().__init__()
        self._name = "TroopmapLegend"
        self.c = KIND_COLOURS
