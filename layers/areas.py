"""Country-, region- and province-level records drawn as their area, never as a precise dot.

Each area the text names (Iraq, Babil province, the Gaza Strip) becomes one translucent outline
with a label ("~2,500 US troops · 2 attack reports") and a popup listing every record placed
there, each with its source sentence. The outlines come from :func:`geo.areas.area_shapes`.
"""

from __future__ import annotations

from collections.abc import Mapping

import folium
import pandas as pd
import shapely

from geo.areas import AREA_PRECISIONS
from geo.frames import frame_rows
from geo.records import KINDS
from layers.escape import html_text
from layers.popups import event_popup, event_tooltip, place_label
from layers.style import POPUP_OPTIONS, kind_colour

__all__ = ["areas_layer", "split_area_records"]


def split_area_records(
    frame: pd.DataFrame, shapes: Mapping[str, object]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(records drawn as points, records drawn as their area): area-level records whose
    place has an outline go to the second frame."""
    if not len(frame) or not shapes or "geo_precision" not in frame:
        return frame, frame.iloc[0:0]
    level = frame["geo_precision"].isin(AREA_PRECISIONS) & frame["place_id"].isin(list(shapes))
    return frame[~level], frame[level]


def _style(feature: dict) -> dict:
    colour = feature["properties"]["colour"]
    return {
        "color": colour,
        "weight": 2,
        "dashArray": "6 4",
        "fillColor": colour,
        "fillOpacity": 0.12,
    }


def areas_layer(
    frames: Mapping[str, pd.DataFrame],
    shapes: Mapping[str, shapely.Geometry],
    name: str = "Country- and province-level reports (areas)",
) -> folium.FeatureGroup:
    """One outline per area with the records placed there: a label on the map, a tooltip, and
    a popup with every record's details and sentence (all text escaped)."""
    group = folium.FeatureGroup(name=name)
    by_place: dict[str, list[dict]] = {}
    for kind in KINDS:
        frame = frames.get(kind)
        if frame is None or not len(frame):
            continue
        for rec in frame_rows(frame.drop(columns="geometry", errors="ignore")):
            by_place.setdefault(str(rec.get("place_id")), []).append(rec)
    features = []
    for i, (pid, recs) in enumerate(sorted(by_place.items())):
        geom = shapes.get(pid)
        if geom is None:
            continue
        where = place_label(recs[0]) or recs[0].get("country_name") or pid
        lines = [event_tooltip(r) for r in recs]
        label = f"{html_text(where)} (area): " + " · ".join(lines)
        popup = "<hr>".join(event_popup(r) for r in recs)
        kinds = [r.get("kind") for r in recs]
        colour = kind_colour(max(KINDS, key=kinds.count))
        features.append(
            {
                "type": "Feature",
                "id": i,
                "geometry": shapely.geometry.mapping(geom),
                "properties": {"label": label, "popup": popup, "colour": colour},
            }
        )
        spot = geom.representative_point()
        folium.Marker(
            location=(spot.y, spot.x),
            icon=folium.DivIcon(
                html=(
                    "<div class='troopmap-area-label' style='font:bold 11px sans-serif;"
                    f"color:{colour};white-space:nowrap;transform:translate(-50%,-50%);"
                    "text-shadow:0 0 3px #fff,0 0 3px #fff'>"
                    f"{' · '.join(lines[:3])}{' …' if len(lines) > 3 else ''}</div>"
                ),
                icon_size=(0, 0),
            ),
            interactive=False,
        ).add_to(group)
    if features:
        folium.GeoJson(
            {"type": "FeatureCollection", "features": features},
            style_function=_style,
            tooltip=folium.GeoJsonTooltip(fields=["label"], labels=False),
            popup=folium.GeoJsonPopup(
                fields=["popup"], labels=False, max_width=380, **POPUP_OPTIONS
            ),
        ).add_to(group)
    return group
