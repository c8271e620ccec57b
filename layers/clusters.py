"""Clusters for maps with many strikes: a number per group where circles would pile up.

With a few hundred strikes or more, circles over one front hide one another and the page is
slow to pan. Above :data:`CLUSTER_FROM` strikes the strike layer goes into a
``folium.plugins.MarkerCluster`` (Leaflet.markercluster, inlined from ``folium-offline`` for
offline use): each group shows how many strikes it holds, a click zooms into it, and from zoom
:data:`SINGLE_FROM_ZOOM` every strike is its own circle again, coloured by actor. With a date
slider, the clusters follow it: each time the slider moves they are rebuilt from the strikes
shown by then.
"""

from __future__ import annotations

import folium
from branca.element import MacroElement
from folium.plugins import MarkerCluster, Timeline
from folium.template import Template

__all__ = [
    "CLUSTER_FROM",
    "SINGLE_FROM_ZOOM",
    "ClustersFollowTimeline",
    "cluster_layer",
    "strike_clusters",
]

#: Strikes from which the layer is clustered; fewer stay single circles (their colours are
#: the legend's key to who struck).
CLUSTER_FROM = 300
#: Zoom from which every strike is drawn alone (about a district across the screen).
SINGLE_FROM_ZOOM = 10


def strike_clusters(name: str = "Strikes") -> MarkerCluster:
    """An empty cluster group for the strike layer (add the layer to it)."""
    return MarkerCluster(
        name=name,
        options={
            "maxClusterRadius": 40,
            "disableClusteringAtZoom": SINGLE_FROM_ZOOM,
            "showCoverageOnHover": False,
            "spiderfyOnMaxZoom": True,
            "chunkedLoading": True,
        },
    )


class ClustersFollowTimeline(MacroElement):
    """Rebuilds ``clusters`` from the strikes ``timeline`` shows each time its time changes.

    Add it before the element that first sets the slider's time (``layers.timeline``'s opener).
    """

    _template = Template(
        """{% macro script(this, kwargs) %}
    {{ this.timeline.get_name() }}.on("change", function () {
      {{ this.clusters.get_name() }}.clearLayers();
      {{ this.clusters.get_name() }}.addLayers({{ this.timeline.get_name() }}.getLayers());
    });
{% endmacro %}"""
    )

    def __init__(self, clusters: MarkerCluster, timeline: Timeline) -> None:
        super().__init__()
        self.clusters = clusters
        self.timeline = timeline


def cluster_layer(layer: folium.Layer, name: str = "Strikes") -> MarkerCluster:
    """``layer`` inside a new cluster group, which takes its place in the layer control."""
    clusters = strike_clusters(name)
    layer.control = False
    layer.add_to(clusters)
    return clusters
