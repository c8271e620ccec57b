"""The shareable map: one standalone HTML file.

The HTML inlines the scripts and styles it needs (see :mod:`layers.offline`), so it opens with no
network; web tiles load only when online. The records' own files (GeoJSON, CSV) are written and
read by :mod:`geo.event_files`.
"""

from __future__ import annotations

import re
from pathlib import Path

import folium

from layers.offline import asset_text, keep_needed_assets

__all__ = ["map_html", "save_map"]

_ASSET = re.compile(
    r'<script src="(https://[^"]+)"></script>|<link rel="stylesheet" href="(https://[^"]+)"/>'
)


def map_html(fmap: folium.Map, inline: bool = True) -> str:
    """The map as one HTML document; with ``inline`` its scripts and styles are embedded."""
    html = keep_needed_assets(fmap).get_root().render()
    if not inline:
        return html

    def repl(m: re.Match) -> str:
        url = m.group(1) or m.group(2)
        body = asset_text(url)
        if body is None:
            return m.group(0)
        if m.group(1):
            return "<script>" + body.replace("</script", "<\\/script") + "</script>"
        return "<style>" + body.replace("</style", "<\\/style") + "</style>"

    return _ASSET.sub(repl, html)


def save_map(fmap: folium.Map, path: str | Path) -> Path:
    """Write the standalone HTML map."""
    p = Path(path)
    p.write_text(map_html(fmap), encoding="utf-8")
    return p
