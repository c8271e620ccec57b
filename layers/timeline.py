"""A date slider with playback for the strikes: scrub or play to see them accumulate.

Built on folium's ``Timeline`` and ``TimelineSlider`` (the maintained Leaflet.timeline plugin,
with moment.js; both inlined from ``folium-offline`` so the export works with no network).
Each strike shows from its day on, so the slider at its end (where the map opens) shows them
all, and moving it back shows what had happened by then. Undated strikes always show.
"""

from __future__ import annotations

import datetime as dt
import json

import folium
from branca.element import MacroElement
from folium.plugins import Timeline, TimelineSlider
from folium.template import Template
from folium.utilities import JsCode

from layers.clusters import ClustersFollowTimeline, cluster_layer
from layers.raw import RawTimeline

__all__ = ["add_strikes_timeline", "strikes_timeline"]

_DAY_MS = 86_400_000
_POINT = JsCode(
    """function (feature, latlng) {
  const p = feature.properties;
  return L.circleMarker(latlng, {radius: p.radius, color: p.colour, fillColor: p.colour,
                                 fillOpacity: 0.75, weight: 1});
}"""
)


def _bind(fields: list[tuple[str, str]]) -> JsCode:
    """Popup and tooltip of each strike, built in the browser from its display fields, which
    layers.strikes escaped already (the labels are ours): no HTML copy of every popup in the
    file."""
    spec = json.dumps(fields)
    return JsCode(
        f"""function (feature, layer) {{
  const p = feature.properties, fields = {spec};
  let rows = "";
  for (const [key, label] of fields) {{
    if (p[key]) rows += "<tr><th style='text-align:left;padding-right:6px'>" + label + "</th><td>" + p[key] + "</td></tr>";
  }}
  layer.bindPopup("<div style='max-width:360px'><b>Strike</b><table style='font-size:12px'>" + rows + "</table></div>", {{maxWidth: 380, maxHeight: 300}});
  layer.bindTooltip(p.tip);
}}"""
    )


def _day_ms(value: object) -> int | None:
    try:
        day = dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
    return (day - dt.date(1970, 1, 1)).days * _DAY_MS


class _OpenAtEnd(MacroElement):
    """Starts the slider at its last day, so the map opens with every strike shown."""

    _template = Template(
        """{% macro script(this, kwargs) %}
    {{ this.slider.get_name() }}.setTime({{ this.end }});
{% endmacro %}"""
    )

    def __init__(self, slider: TimelineSlider, end: int) -> None:
        super().__init__()
        self.slider = slider
        self.end = int(end)


def strikes_timeline(
    features: dict, fields: list[tuple[str, str]], name: str = "Strikes"
) -> tuple[Timeline, TimelineSlider, MacroElement] | None:
    """The strikes as a timeline layer with its slider (and the element that opens it at the
    end), or None when the strikes span fewer than two days.

    ``features`` is :func:`layers.strikes.strike_features`; ``fields`` the (property, label)
    pairs its popup shows.
    """
    days = sorted({d for f in features["features"] if (d := _day_ms(f["properties"]["day"]))})
    if len(days) < 2:
        return None
    first, last = days[0], days[-1] + _DAY_MS - 1
    timed = []
    for feature in features["features"]:
        start = _day_ms(feature["properties"]["day"])
        props = dict(feature["properties"])
        props["start"], props["end"] = (first if start is None else start), last
        timed.append({**feature, "properties": props})
    layer = RawTimeline(
        {"type": "FeatureCollection", "features": timed},
        name=name,
        point_to_layer=_POINT,
        on_each_feature=_bind([(k, label) for k, label in fields]),
    )
    slider = TimelineSlider(
        auto_play=False,
        date_options="YYYY-MM-DD",
        start=first,
        end=last,
        enable_keyboard_controls=True,
        show_ticks=True,
        steps=max(1, (last - first) // _DAY_MS),
        playback_duration=min(30_000, 1_000 * max(2, (last - first) // _DAY_MS)),
    ).add_timelines(layer)
    return layer, slider, _OpenAtEnd(slider, last)


def add_strikes_timeline(fmap: folium.Map, parts: tuple, clustered: bool = False) -> None:
    """Add a layer, slider and opener made by :func:`strikes_timeline` to ``fmap``; with
    ``clustered``, the strikes the slider shows are drawn in clusters (``layers.clusters``)."""
    layer, slider, opener = parts
    if clustered:
        clusters = cluster_layer(layer, layer.layer_name)
        clusters.add_to(fmap)
        slider.add_to(fmap)
        ClustersFollowTimeline(clusters, layer).add_to(fmap)
    else:
        layer.add_to(fmap)
        slider.add_to(fmap)
    opener.add_to(fmap)
