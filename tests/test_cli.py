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
