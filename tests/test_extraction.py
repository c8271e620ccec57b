"""The public API geo.extract() and the `troopmap extract` command."""

import json

import geopandas as gpd
import pytest

import geo
from geo.cli import main
from geo.geojson import clean_value
from geo.records import EVENT_FIELDS

CONTRACT = {
    "kind",
    "date",
    "date_end",
    "date_precision",
    "country",
    "country_name",
    "admin1",
    "place",
    "geo_precision",
    "actor",
    "target",
    "count",
    "qualifier",
    "fatalities",
    "injuries",
    "doc_id",
    "source_text",
    "source_start",
    "source_end",
    "confidence",
}


def test_extract_returns_geodataframes(sample_text):
    x = geo.extract(sample_text, published="2023-12-02", doc_id="seed")
    for frame in (x.deployments, x.strikes, x.attacks, x.places):
        assert isinstance(frame, gpd.GeoDataFrame)
        assert frame.crs.to_epsg() == 4326
    assert len(x.deployments) == 2 and len(x.strikes) == 1 and len(x.attacks) == 2
    assert int(x.strikes.iloc[0]["fatalities"]) == 8
    assert x.strikes.geometry.iloc[0].x == pytest.approx(44.21)
    assert set(EVENT_FIELDS) >= CONTRACT


def test_unresolved_listed_not_dropped():
    x = geo.extract(
        "Shelling hit the village of Qaryat Zubaydiyya on Monday.", published="2024-02-08"
    )
    assert "Qaryat Zubaydiyya" in set(x.unresolved["text"])
    unplaced = x.places[x.places["lat"].isna()]
    assert unplaced.geometry.isna().all()  # never a point at 0,0


def test_bad_published_date():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        geo.extract("text", published="02/12/2023")


def test_cli_extract_geojson_round_trip(sample_text, tmp_path, capsys):
    art = tmp_path / "seed.txt"
    art.write_text(sample_text, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    out = tmp_path / "events.geojson"
    assert main(["extract", str(art), str(empty), "--published", "2023-12-02", "-o", str(out)]) == 2
    assert "empty.txt" in capsys.readouterr().err
    raw = out.read_text()
    assert "NaN" not in raw
    fc = json.loads(raw)
    kinds = sorted(f["properties"]["kind"] for f in fc["features"])
    assert kinds == ["attack", "attack", "deployment", "deployment", "strike"]
    for f in fc["features"]:
        assert set(f["properties"]) >= CONTRACT
        assert f["properties"]["doc_id"] == "seed.txt"
        lon, lat = f["geometry"]["coordinates"]
        assert 30 < lon < 50 and 25 < lat < 40  # lon, lat order
    frame = gpd.read_file(out)
    assert len(frame) == 5
    assert sorted(frame["kind"]) == kinds


def test_cli_extract_stdout(sample_text, tmp_path, capsys):
    art = tmp_path / "a.txt"
    art.write_text(sample_text, encoding="utf-8")
    assert main(["extract", str(art), "--published", "2023-12-02"]) == 0
    fc = json.loads(capsys.readouterr().out)
    strike = next(f for f in fc["features"] if f["properties"]["kind"] == "strike")
    assert strike["properties"]["fatalities"] == 8 and strike["properties"]["admin1"] == "IQ-BB"


def test_deployments_as_country_polygons(sample_text):
    from geo.frames import with_country_polygons
    from geo.gazetteer import load

    x = geo.extract(sample_text, published="2023-12-02")
    shaded = with_country_polygons(x.deployments, load().boundaries("admin0"))
    assert list(shaded.geom_type) == ["MultiPolygon", "MultiPolygon"] or set(shaded.geom_type) <= {
        "Polygon",
        "MultiPolygon",
    }
    assert shaded.geometry.iloc[0].contains(x.deployments.geometry.iloc[0])  # Iraq's point in Iraq


def test_records_come_first_and_match_the_frames(sample_text):
    """records() reads the records themselves; the frames, built on first use, say the same."""
    x = geo.extract(sample_text, published="2023-12-02", doc_id="sample")
    assert "strikes" not in vars(x)  # no GeoDataFrame built yet
    recs = x.records()
    assert [r["kind"] for r in recs] == ["deployment"] * 2 + ["strike"] + ["attack"] * 2
    assert "strikes" not in vars(x)
    from_frames = []
    for frame in x.frames().values():
        for row in frame.drop(columns="geometry").to_dict("records"):
            from_frames.append({k: clean_value(v) for k, v in row.items()})
    assert recs == from_frames
    assert x.strikes is x.strikes  # built once


def test_one_dated_article_is_read_the_same_way_by_every_route(tmp_path):
    """The CLI, ingest and the dashboard all call extract_article: the file's name is the
    doc_id, its date the one the article carries, its front matter the source."""
    from geo.articles import read_dated_article
    from geo.extraction import extract_article

    path = tmp_path / "report.txt"
    path.write_text(
        "---\ntitle: Strike near Mosul\nurl: https://example.org/a\n---\n"
        "Published: 2 Dec 2023\n\nOn Friday, US jets struck militants in Mosul, killing four.",
        encoding="utf-8",
    )
    x = extract_article(read_dated_article(path))
    (strike,) = x.events
    assert (strike.doc_id, strike.date, strike.source_title) == (
        "report.txt",
        "2023-12-01",
        "Strike near Mosul",
    )
