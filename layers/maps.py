"""The map builder: stacks the layers with a layer control, legend, scale bar and bounds."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import folium
import geopandas as gpd
import shapely

from geo.areas import area_shapes
from geo.frames import events_frame
from geo.gazetteer import Gazetteer, read_boundaries
from geo.labels import PlaceLabel, map_labels, place_labels
from geo.records import KINDS
from layers.areas import areas_layer, split_area_records
from layers.basemap import add_base_layers
from layers.clusters import CLUSTER_FROM, cluster_layer
from layers.deployments import deployments_choropleth, deployments_layer
from layers.kinds import layer_for, other_kinds
from layers.labels import add_labels
from layers.legend import Legend
from layers.links import reference_links_layer
from layers.strikes import POPUP_FIELDS, strike_features, strikes_layer
from layers.timeline import add_strikes_timeline, strikes_timeline

__all__ = ["build_map", "map_for"]


def _bounds(
    frames: list[gpd.GeoDataFrame], outlines: list[shapely.Geometry] = ()
) -> list[list[float]] | None:
    """South-west and north-east corners of the points and of the drawn areas."""
    boxes = [
        (g.x, g.y, g.x, g.y) for f in frames for g in f.geometry if g is not None and not g.is_empty
    ]
    boxes += [g.bounds for g in outlines]
    if not boxes:
        return None
    return [
        [min(b[1] for b in boxes), min(b[0] for b in boxes)],
        [max(b[3] for b in boxes), max(b[2] for b in boxes)],
    ]


def build_map(
    frames: Mapping[str, gpd.GeoDataFrame],
    admin0: gpd.GeoDataFrame | None = None,
    areas: Mapping[str, shapely.Geometry] | None = None,
    labels: Iterable[PlaceLabel] = (),
) -> folium.Map:
    """A folium map of the record kinds.

    Parameters
    ----------
    frames : mapping
        ``{"deployment": ..., "strike": ..., "attack": ...}`` GeoDataFrames (one per kind of
        :data:`geo.records.KINDS`, each drawn by its layer: :mod:`layers.kinds`), EPSG:4326, as
        :meth:`geo.extraction.Extraction.frames`, :func:`geo.extraction.combine` or
        :func:`layers.export.read_events_geojson` give them; a kind left out is empty.
    admin0 : GeoDataFrame, optional
        Country polygons (``gazetteer.boundaries("admin0")``) for the deployments choropleth;
        the offline outlines come from ``data/outlines.geojson``.
    areas : mapping, optional
        ``{place_id: outline}`` from :func:`geo.areas.area_shapes`: country-, region- and
        province-level records with an outline are drawn as that area (``layers.areas``), not
        as a dot; without it every record is a point.
    labels : iterable of PlaceLabel, optional
        Place names to write on the map (:func:`geo.labels.place_labels`), for maps read with
        no tile server.
    """
    frames = {kind: frames[kind] if kind in frames else events_frame([], kind) for kind in KINDS}
    deployments, strikes = frames["deployment"], frames["strike"]
    fmap = folium.Map(
        location=(30, 40), zoom_start=4, tiles=None, control_scale=True, prefer_canvas=True
    )
    add_base_layers(fmap)
    if labels:
        add_labels(fmap, labels)
    shading = (
        deployments_choropleth(deployments, admin0)
        if admin0 is not None and len(deployments)
        else None
    )
    if shading is not None:
        shading.add_to(fmap)
    areas = areas or {}
    split = {kind: split_area_records(frame, areas) for kind, frame in frames.items()}
    if any(len(area) for _, area in split.values()):
        areas_layer({k: area for k, (_, area) in split.items()}, areas).add_to(fmap)
    deployments_layer(split["deployment"][0]).add_to(fmap)
    for kind in other_kinds():  # attacks, and any kind added to geo.records
        layer_for(kind).build(split[kind][0]).add_to(fmap)
    reference_links_layer(strikes).add_to(fmap)
    features = strike_features(split["strike"][0])
    clustered = len(features["features"]) >= CLUSTER_FROM
    timeline = strikes_timeline(features, list(POPUP_FIELDS))
    if timeline is not None:  # strikes on two days or more: a date slider with playback
        add_strikes_timeline(fmap, timeline, clustered=clustered)
    else:
        layer = strikes_layer(split["strike"][0], features=features)
        (cluster_layer(layer) if clustered else layer).add_to(fmap)
    # collapsed: an open control sits over popups near the top right corner
    folium.LayerControl(collapsed=True).add_to(fmap)
    actors = list(strikes["actor"]) if "actor" in strikes else []
    Legend(
        [None if a is None or a != a else str(a) for a in actors],
        above_slider=timeline is not None,
        clustered=clustered,
    ).add_to(fmap)
    drawn = {pid for _, area in split.values() for pid in area["place_id"]} if areas else set()
    bounds = _bounds(
        [points for points, _ in split.values()], [areas[pid] for pid in sorted(drawn)]
    )
    if bounds:
        if bounds[0] == bounds[1]:
            fmap.location = bounds[0]
            fmap.options["zoom"] = 8
        else:
            below = 170 if timeline is not None else 90  # room for the date slider
            fmap.fit_bounds(
                bounds, padding_top_left=(90, 90), padding_bottom_right=(90, below), max_zoom=9
            )
    return fmap


def map_for(
    frames: Mapping[str, gpd.GeoDataFrame],
    gaz: Gazetteer | None = None,
    admin0: gpd.GeoDataFrame | None = None,
    labels: Iterable[PlaceLabel] | None = None,
) -> folium.Map:
    """The map the CLI and the dashboard draw: :func:`build_map` with the areas of area-level
    records, the countries' polygons to shade deployments, and offline names. They come from
    ``gaz`` when given, else from the bundled data without loading the gazetteer
    (``admin0`` and ``labels`` may be given ready, as the dashboard keeps them between reruns)."""
    deployments = frames.get("deployment")
    if admin0 is None and deployments is not None and len(deployments):
        # read only when there are deployments to shade
        admin0 = gaz.boundaries("admin0") if gaz is not None else read_boundaries("admin0")
    if labels is None:
        labels = place_labels(gaz) if gaz is not None else map_labels()
    return build_map(frames, admin0, area_shapes(frames, gaz), labels)
