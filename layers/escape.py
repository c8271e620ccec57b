"""Escaping untrusted text (article text, GeoJSON properties) before it reaches folium.

folium puts popup and tooltip strings into the page as HTML, inside JavaScript strings.
Every string from input goes through :func:`html_text` first.
"""

from __future__ import annotations

import html

__all__ = ["html_text"]

_JS_UNSAFE = {"`": "&#96;", "$": "&#36;", "\\": "&#92;", "\u2028": " ", "\u2029": " "}


def html_text(value: object) -> str:
    """``value`` as inert HTML text: markup escaped, and characters that could end or
    interpolate a JavaScript string or template literal (backtick, ``$``, backslash) as entities."""
    out = html.escape("" if value is None else str(value), quote=True)
    return "".join(_JS_UNSAFE.get(c, c) for c in out)
