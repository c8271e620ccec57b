"""Layers whose rendered script goes into the page as it is, never compiled as a template.

branca's ``MacroElement.render`` wraps each rendered macro (header, html, script) in a new
``Element(text)``, which compiles that text as a Jinja template. For a layer that carries its
data in its script (a GeoJson of 10,000 strikes, the country outlines) that compile costs
about as much as everything else in building the map, and it means the page text passes
through a template engine a second time. :class:`RawMacroElement` renders the same macros and
adds their text as it is; the ``Raw*`` layers are folium's own with that render.
"""

from __future__ import annotations

import folium
from branca.element import Element, Figure, MacroElement
from folium.plugins import Timeline

__all__ = ["RawGeoJson", "RawMacroElement", "RawText", "RawTimeline"]


class RawText(Element):
    """Text that renders as it is."""

    def __init__(self, text: str) -> None:
        super().__init__()
        # as a compiled template would give it back: one trailing newline dropped
        self._text = text[:-1] if text.endswith("\n") else text

    def render(self, **kwargs) -> str:
        return self._text


class RawMacroElement(MacroElement):
    """A MacroElement whose rendered macros are added to the page as text, not templates."""

    def render(self, **kwargs) -> None:
        figure = self.get_root()
        if not isinstance(figure, Figure):
            msg = "cannot render an element that is not in a Figure"
            raise TypeError(msg)
        macros = self._template.module.__dict__
        for part in ("header", "html", "script"):
            macro = macros.get(part)
            if macro is not None:
                getattr(figure, part).add_child(
                    RawText(str(macro(self, kwargs))), name=self.get_name()
                )
        for element in self._children.values():
            element.render(**kwargs)


class RawGeoJson(folium.GeoJson, RawMacroElement):
    """``folium.GeoJson`` rendered by :class:`RawMacroElement`."""


class RawTimeline(Timeline, RawMacroElement):
    """``folium.plugins.Timeline`` rendered by :class:`RawMacroElement`."""
