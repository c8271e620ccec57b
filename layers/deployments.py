"""Troop deployments: proportional symbols at the country point, optional choropleth."""

from __future__ import annotations

import folium
import geopandas as gpd

from layers.escape import html_text
from layers.markers import placed_rows, record_marker
from layers.style import KIND_COLOURS, count_label, radius_for

__all__ = ["deployments_choropleth", "deployments_layer"]


def deployments_layer(
    frame: gpd.GeoDataFrame, name: str = "Troop deployments"
) -> folium.FeatureGroup:
    """One circle per deployment, area proportional to troop count, labelled "~2,500 US"."""
    group = folium.FeatureGroup(name=name)
    for rec, geom in placed_rows(frame):
        radius = radius_for(rec.get("count"), scale=0.5, lo=6, hi=45)
        style = {"color": KIND_COLOURS["deployment"], "weight": 2, "fill_opacity": 0.35}
        record_marker(rec, geom, radius=radius, fill=True, **style).add_to(group)
        label = html_text(
            f"{count_label(rec.get('count'), rec.get('qualifier'))} {rec.get('actor') or ''} troops"
        )
        folium.Marker(
            location=(geom.y, geom.x),
            icon=folium.DivIcon(
                html=f"<div class='troopmap-label' style='font:bold 11px sans-serif;color:#1f4e79;white-space:nowrap;transform:translate({radius + 4:.0f}px,-50%)'>{label}</div>",
                icon_size=(0, 0),
            ),
        ).add_to(group)
    return group


def deployments_choropleth(
    frame: gpd.GeoDataFrame, admin0: gpd.GeoDataFrame, name: str = "Troops by country (shading)"
) -> folium.GeoJson | None:
    """Countries shaded by the troops the text places in them (hidden until switched on);
    None when no deployment names a country."""
    totals = frame.groupby("country")["count"].sum(min_count=1).dropna()
    shapes = admin0[admin0["iso2"].isin(totals.index)].copy()
    shapes["troops"] = shapes["iso2"].map(totals).astype(float)
    shapes["label"] = [
        html_text(f"{n}: {int(t):,} troops in the text")
        for n, t in zip(shapes["name"], shapes["troops"], strict=True)
    ]
    if shapes.empty:
        return None
    top = float(shapes["troops"].max())

    def style(feature: dict) -> dict:
        share = feature["properties"]["troops"] / top if top else 0
        return {
            "fillColor": KIND_COLOURS["deployment"],
            "fillOpacity": 0.15 + 0.5 * share,
            "color": "#1f4e79",
            "weight": 1,
        }

    return folium.GeoJson(
        shapes[["label", "troops", "geometry"]],
        name=name,
        style_function=style,
        tooltip=folium.GeoJsonTooltip(fields=["label"], labels=False),
        show=False,
    )
