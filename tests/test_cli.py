import json

from geo.cli import main


def test_places_json(seed_text, tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(seed_text, encoding="utf-8")
    assert main(["places", str(path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    keys = {
        "text",
        "start",
        "end",
        "role",
        "name",
        "feature",
        "country",
        "admin1",
        "lat",
        "lon",
        "geonameid",
    }
    assert keys <= set(rows[0])
    jurf = [r for r in rows if r["text"] == "Jurf al-Nasr"]
    assert jurf and jurf[0]["admin1"] == "IQ-BB"


def test_places_geojson_and_bad_file(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("Rockets hit Erbil and a town near Qaryat Zubaydiyya.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    assert main(["places", str(good), str(bad), "--format", "geojson"]) == 2
    captured = capsys.readouterr()
    assert "bad.txt" in captured.err and "empty" in captured.err
    fc = json.loads(captured.out)
    assert fc["type"] == "FeatureCollection"
    geoms = {f["properties"]["text"]: f["geometry"] for f in fc["features"]}
    assert geoms["Erbil"]["coordinates"][0] > 40  # lon first
    assert geoms["Qaryat Zubaydiyya"] is None  # unresolved: no geometry, never 0,0


def test_map_from_article_and_geojson(seed_text, tmp_path, capsys):
    art = tmp_path / "seed.txt"
    art.write_text(seed_text, encoding="utf-8")
    gj = tmp_path / "seed.geojson"
    assert main(["extract", str(art), "--published", "2023-12-02", "-o", str(gj)]) == 0
    out = tmp_path / "map.html"
    bad = tmp_path / "bad.geojson"
    bad.write_text("{oops")
    assert main(["map", str(gj), str(bad), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "bad.geojson" in err and "wrote" in err
    html = out.read_text(encoding="utf-8")
    assert "Jurf al-Nasr" in html and "~2,500 US troops" in html
    assert main(["map", str(art), "--published", "2023-12-02", "-o", str(out)]) == 0


def test_map_keeps_template_payloads_as_text(tmp_path, monkeypatch, capsys):
    """Article, GeoJSON and store routes: Jinja in the input never runs (issue 9)."""
    from tests.hostile import EVERYTHING, assert_template_inert

    monkeypatch.chdir(tmp_path)
    art = tmp_path / "evil.txt"
    art.write_text(
        f"On November 22, US warplanes struck {EVERYTHING} fighters in Jurf al-Nasr, killing "
        f"eight. Around 2,500 American troops {EVERYTHING} in Iraq remain.",
        encoding="utf-8",
    )
    gj, db, out = tmp_path / "evil.geojson", tmp_path / "evil.gpkg", tmp_path / "map.html"
    assert main(["extract", str(art), "--published", "2023-12-02", "-o", str(gj)]) == 0
    assert main(["ingest", str(art), "--published", "2023-12-02", "--db", str(db)]) == 0
    for args in ([str(art), "--published", "2023-12-02"], [str(gj)], ["--db", str(db)]):
        assert main(["map", *args, "-o", str(out)]) == 0, args
        html = out.read_text(encoding="utf-8")
        assert_template_inert(html, tmp_path)
        assert "Jurf al-Nasr" in html
