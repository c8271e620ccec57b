"""Strikes: one circle per strike, coloured by actor, sized by fatalities.

All strikes go into one ``folium.GeoJson`` layer; each feature carries only short, escaped
display fields and the popup table is one shared template (``bench/maps.py`` measures why:
a full HTML popup per feature, or one ``CircleMarker`` per strike, makes 10,000 strikes
several times larger and slower). No raw record field travels into the page.
"""

from __future__ import annotations

import re

import folium
import geopandas as gpd

from geo.frames import frame_rows
from geo.geojson import text_of
from geo.records import LABELS
from layers.escape import html_text
from layers.popups import place_label, reference_phrase, source_html
from layers.raw import RawGeoJson
from layers.style import POPUP_OPTIONS, actor_colour, count_label, radius_for

__all__ = ["POPUP_FIELDS", "strike_features", "strikes_layer"]

#: (property, label) shown in a strike's popup, in order.
POPUP_FIELDS = (
    ("type", LABELS["event_type"]),
    ("date", LABELS["date"]),
    ("place", LABELS["place"]),
    ("where", f"{LABELS['admin1_name']}, {LABELS['country_name'].lower()}"),
    ("precision", LABELS["geo_precision"]),
    ("actor", LABELS["actor"]),
    ("target", LABELS["target"]),
    ("dead", LABELS["fatalities"]),
    ("reports", LABELS["sources"]),
    ("hurt", LABELS["injuries"]),
    ("ref", "Text says"),
    ("doc", LABELS["doc_id"]),
    ("quote", LABELS["source_text"]),
)


def _iso_day(value: object) -> str:
    """``YYYY-MM-DD`` of a record's date, or "" (the time slider reads it)."""
    text = text_of(value)[:10]
    return text if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else ""


def strike_features(frame: gpd.GeoDataFrame) -> dict:
    """FeatureCollection of strikes with escaped display properties and style values."""
    features = []
    for i, rec in enumerate(frame_rows(frame)):
        geom = rec.get("geometry")
        if geom is None or geom.is_empty:
            continue
        date = text_of(rec.get("date"))
        if date and text_of(rec.get("date_precision")):
            date += f" ({text_of(rec.get('date_precision'))})"
        ref = reference_phrase(rec, with_offset=True)
        dead, hurt = rec.get("fatalities"), rec.get("injuries")
        reports = ""
        if text_of(rec.get("sources")):
            reports = f"{text_of(rec.get('sources'))}: {text_of(rec.get('source_docs'))}"
            lo, hi = text_of(rec.get("fatalities_min")), text_of(rec.get("fatalities_max"))
            if lo and hi and lo != hi:
                reports += f" (fatalities {lo}–{hi} by source)"
        props = {
            "type": text_of(rec.get("event_type")),
            "date": date,
            "place": place_label(rec),
            "where": ", ".join(
                x
                for x in (
                    text_of(rec.get("admin1_name")) or text_of(rec.get("admin1")),
                    text_of(rec.get("country_name")) or text_of(rec.get("country")),
                )
                if x
            ),
            "precision": text_of(rec.get("geo_precision")),
            "actor": text_of(rec.get("actor")),
            "target": text_of(rec.get("target")),
            "dead": count_label(dead, rec.get("fatalities_qualifier")) if text_of(dead) else "",
            "hurt": count_label(hurt, rec.get("injuries_qualifier")) if text_of(hurt) else "",
            "ref": ref,
            "reports": reports,
            "doc": text_of(rec.get("doc_id")),
            "quote": text_of(rec.get("source_text")),
        }
        props = {k: html_text(v) for k, v in props.items()}
        props["doc"] = source_html(rec)  # escaped parts, linked to the article's URL
        props["day"] = _iso_day(rec.get("date"))
        props["tip"] = html_text(f"Strike, {place_label(rec)}, {date or 'date unknown'}")
        props["colour"] = actor_colour(text_of(rec.get("actor")) or None)
        props["radius"] = round(
            radius_for(dead if text_of(dead) else None, scale=3.0, lo=5, hi=22), 1
        )
        features.append(
            {
                "type": "Feature",
                "id": i,
                "geometry": {"type": "Point", "coordinates": [round(geom.x, 5), round(geom.y, 5)]},
                "properties": props,
            }
        )
    return {"type": "FeatureCollection", "features": features}


def _style(feature: dict) -> dict:
    p = feature["properties"]
    return {
        "color": p["colour"],
        "fillColor": p["colour"],
        "fillOpacity": 0.75,
        "weight": 1,
        "radius": p["radius"],
    }


def strikes_layer(
    frame: gpd.GeoDataFrame, name: str = "Strikes", features: dict | None = None
) -> folium.GeoJson | folium.FeatureGroup:
    """A GeoJson layer of circle markers with popups quoting the source sentence."""
    features = features if features is not None else strike_features(frame)
    if not features["features"]:
        return folium.FeatureGroup(name=name)  # keeps the layer control the same
    return RawGeoJson(
        features,
        name=name,
        marker=folium.CircleMarker(radius=6, fill=True),
        style_function=_style,
        popup=folium.GeoJsonPopup(
            fields=[f for f, _ in POPUP_FIELDS],
            aliases=[a for _, a in POPUP_FIELDS],
            labels=True,
            max_width=380,
            **POPUP_OPTIONS,
        ),
        tooltip=folium.GeoJsonTooltip(fields=["tip"], labels=False),
        embed=True,
    )
