"""Making folium maps work with no network: Leaflet's script and style, jQuery, the date
slider's leaflet.timeline and moment.js, and Leaflet.markercluster.

Our layers use plain Leaflet (circle markers, GeoJSON, div icons) and ``folium.Popup``, which
builds its content with jQuery; folium's other default assets (Bootstrap, Font Awesome,
awesome-markers) are dropped. The assets' text comes from the ``folium-offline`` package,
which carries what folium 0.20 links to.
"""

from __future__ import annotations

import base64
from functools import lru_cache

import folium
from branca.element import Element

__all__ = ["asset_text", "embed_assets_as_data_urls", "keep_needed_assets"]

LEAFLET_JS = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js"
LEAFLET_CSS = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css"
JQUERY_JS = "https://code.jquery.com/jquery-3.7.1.min.js"
#: leaflet.timeline and moment.js for the date slider (layers.timeline)
TIMELINE_JS = (
    "https://cdn.jsdelivr.net/npm/leaflet.timeline@1.6.0/dist/leaflet.timeline.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/moment.js/2.18.1/moment.min.js",
)
#: Leaflet.markercluster for maps with many strikes (layers.clusters)
CLUSTER_JS = (
    "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/leaflet.markercluster.js"
)
CLUSTER_CSS = (
    "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/MarkerCluster.css",
    "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/MarkerCluster.Default.css",
)
NEEDED_JS = (LEAFLET_JS, JQUERY_JS, *TIMELINE_JS, CLUSTER_JS)
NEEDED_CSS = (LEAFLET_CSS, *CLUSTER_CSS)


@lru_cache(maxsize=1)
def _resources() -> dict[str, str]:
    from offlinefolium.elements import _res

    return dict(_res)


def asset_text(url: str) -> str | None:
    """The text of a resource folium links to, or None if not carried offline."""
    return _resources().get(url)


def _walk(element: Element):
    yield element
    for child in element._children.values():
        yield from _walk(child)


def keep_needed_assets(fmap: folium.Map) -> folium.Map:
    """Drop every linked asset but those listed in NEEDED_JS and NEEDED_CSS (on this map only)."""
    for el in _walk(fmap):
        if hasattr(el, "default_js"):
            el.default_js = [(n, u) for n, u in el.default_js if u in NEEDED_JS]
        if hasattr(el, "default_css"):
            el.default_css = [(n, u) for n, u in el.default_css if u in NEEDED_CSS]
    return fmap


def _data_url(url: str, mime: str) -> str:
    return f"data:{mime};base64," + base64.b64encode(_resources()[url].encode()).decode()


def embed_assets_as_data_urls(fmap: folium.Map) -> folium.Map:
    """Point the map's asset links at ``data:`` URLs, for renderers that load links
    themselves (streamlit-folium), so the map draws with no network."""
    keep_needed_assets(fmap)
    for el in _walk(fmap):
        if getattr(el, "default_js", None):
            el.default_js = [(n, _data_url(u, "text/javascript")) for n, u in el.default_js]
        if getattr(el, "default_css", None):
            el.default_css = [(n, _data_url(u, "text/css")) for n, u in el.default_css]
    return fmap
