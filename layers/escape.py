"""Escaping untrusted text (article text, GeoJSON properties, store rows) before it reaches folium.

folium puts popup and tooltip strings into the page as HTML, inside JavaScript strings, and
branca compiles each rendered script block *again* as a Jinja template
(``branca.element.MacroElement.render`` wraps its output in a new ``Element``). A ``{{ ... }}``
or ``{% ... %}`` in an article would therefore run as template code on the machine that draws
the map. Every string from input goes through :func:`html_text` first, which turns markup,
JavaScript string breakers and every Jinja delimiter character into HTML entities: the text
shows literally in the browser and no template engine ever sees a delimiter from input.
"""

from __future__ import annotations

__all__ = ["html_text"]

#: Characters escaped: markup as :func:`html.escape` does it, then more. ``{``/``}`` open and
#: close every Jinja delimiter (``{{``, ``{%``, ``{#``); ``%`` is escaped too so no ``%}``
#: survives. ``#`` needs no escape once ``{`` is gone (and entities such as ``&#x27;`` carry one).
_UNSAFE = str.maketrans(
    {
        # html.escape(quote=True), in the same single pass
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "'": "&#x27;",
        "`": "&#96;",
        "$": "&#36;",
        "\\": "&#92;",
        "{": "&#123;",
        "}": "&#125;",
        "%": "&#37;",
        "\u2028": " ",
        "\u2029": " ",
    }
)


def html_text(value: object) -> str:
    """``value`` as inert HTML text.

    Markup is escaped; characters that could end or interpolate a JavaScript string or template
    literal (backtick, ``$``, backslash) and the Jinja delimiter characters (``{``, ``}``, ``%``)
    become entities, so the browser shows them and neither JavaScript nor Jinja interprets them.
    """
    return ("" if value is None else str(value)).translate(_UNSAFE)
