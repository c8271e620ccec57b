import json
from pathlib import Path

import pytest

from geo.cli import main


def test_places_json(sample_text, tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(sample_text, encoding="utf-8")
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


def test_map_from_article_and_geojson(sample_text, tmp_path, capsys):
    art = tmp_path / "seed.txt"
    art.write_text(sample_text, encoding="utf-8")
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


def _one_line_error(err: str) -> str:
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert "Traceback" not in err
    return lines[-1]


def test_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.startswith("troopmap ")


def test_map_of_a_missing_store_fails(tmp_path, capsys):
    out = tmp_path / "map.html"
    assert main(["map", "--db", str(tmp_path / "missing.gpkg"), "-o", str(out)]) == 2
    line = _one_line_error(capsys.readouterr().err)
    assert "missing.gpkg" in line and "no such store" in line
    assert not out.exists()


def test_map_of_a_file_that_is_not_a_store(tmp_path, capsys):
    fake = tmp_path / "notes.gpkg"
    fake.write_text("not a database")
    assert main(["map", "--db", str(fake), "-o", str(tmp_path / "m.html")]) == 2
    line = _one_line_error(capsys.readouterr().err)
    assert "notes.gpkg" in line and "not a GeoPackage" in line


@pytest.mark.parametrize("command", ["map", "ingest"])
def test_unreachable_database_is_one_line_without_password(tmp_path, capsys, command):
    url = "postgresql://analyst:s3cret-pw@127.0.0.1:9/corpus"  # port 9: nothing listens
    args = ["map", "--db", url, "-o", str(tmp_path / "m.html")]
    if command == "ingest":
        art = tmp_path / "a.txt"
        art.write_text("Shells fell on Kharkiv on Monday.", encoding="utf-8")
        args = ["ingest", str(art), "--db", url]
    assert main(args) == 2
    err = capsys.readouterr().err
    line = _one_line_error(err)
    assert "cannot connect" in line and "127.0.0.1:9/corpus" in line
    assert "s3cret-pw" not in err


def test_ingest_names_each_bad_file_once(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    store = tmp_path / "s.gpkg"
    assert main(["ingest", str(tmp_path / "nope.txt"), str(empty), "--db", str(store), "-v"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.count("nope.txt") == 1 and "nope.txt: cannot read" in err
    assert err.count("empty.txt") == 1 and "empty.txt: the file is empty" in err
    assert "2 errors" in err


def test_ingest_passes_batch_and_date(tmp_path, monkeypatch):
    import geo.ingest

    seen = {}

    def fake_ingest(paths, store, **kwargs):
        seen.update(kwargs)
        return geo.ingest.IngestReport()

    monkeypatch.setattr(geo.ingest, "ingest", fake_ingest)
    db = str(tmp_path / "s.gpkg")
    assert main(["ingest", str(tmp_path), "--db", db, "--batch", "25"]) == 0
    assert seen["batch"] == 25
    assert main(["ingest", str(tmp_path), "--db", db, "--batch", "0"]) == 2


@pytest.mark.parametrize("command", ["extract", "map", "ingest"])
def test_future_published_refused(tmp_path, capsys, command):
    art = tmp_path / "a.txt"
    art.write_text("Shells fell on Kharkiv on Monday.", encoding="utf-8")
    args = {
        "extract": ["extract", str(art)],
        "map": ["map", str(art), "-o", str(tmp_path / "m.html")],
        "ingest": ["ingest", str(art), "--db", str(tmp_path / "s.gpkg")],
    }[command]
    assert main([*args, "--published", "2999-01-01"]) == 2
    line = _one_line_error(capsys.readouterr().err)
    assert "2999-01-01" in line and "future" in line


def test_extract_dates_each_file_itself(tmp_path, capsys):
    """A date line, a sidecar and --published date three files of one run, each its own."""
    body = "Russian missiles struck Kharkiv on Monday, killing three people."
    (tmp_path / "a.txt").write_text(f"Published: 6 March 2024\n\n{body}", encoding="utf-8")
    (tmp_path / "b.txt").write_text(body, encoding="utf-8")
    (tmp_path / "b.json").write_text('{"published": "2023-05-20"}', encoding="utf-8")
    (tmp_path / "c.txt").write_text(body, encoding="utf-8")
    files = [str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")]
    assert main(["extract", *files, "--published", "2022-10-12"]) == 0
    feats = json.loads(capsys.readouterr().out)["features"]
    dates = {f["properties"]["doc_id"]: f["properties"]["date"] for f in feats}
    assert dates == {"a.txt": "2024-03-04", "b.txt": "2023-05-15", "c.txt": "2022-10-10"}


def test_app_starts_streamlit_on_the_dashboard(monkeypatch):
    import subprocess

    from geo import settings

    calls = []
    monkeypatch.setattr(subprocess, "call", lambda cmd: calls.append(cmd) or 0)
    assert main(["app", "--port", "8765", "--headless", "--theme.base", "dark"]) == 0
    cmd = calls[0]
    assert cmd[1:5] == ["-m", "streamlit", "run", str(settings.APP_SCRIPT)]
    assert settings.APP_SCRIPT.is_file()
    assert cmd[5:] == [
        "--server.port",
        "8765",
        "--server.headless",
        "true",
        "--theme.base",
        "dark",
    ]


def test_extract_carries_the_source_named_beside_the_article(tmp_path, capsys):
    art = tmp_path / "port.txt"
    art.write_text("On March 4, shells hit the port of Odesa, killing two.", encoding="utf-8")
    (tmp_path / "port.json").write_text(
        '{"published": "2024-03-05", "title": "Odesa port hit", "url": "https://example.org/a"}'
    )
    assert main(["extract", str(art)]) == 0
    [feat] = json.loads(capsys.readouterr().out)["features"]
    props = feat["properties"]
    assert (props["source_title"], props["source_url"]) == (
        "Odesa port hit",
        "https://example.org/a",
    )
    assert props["date"] == "2024-03-04"


def test_extract_keeps_its_fields_and_values(sample_text, tmp_path):
    """The sample's GeoJSON equals the golden copy in tests/fixtures: every field of every record
    kept. A change in what extraction finds shows here first; regenerate the golden file with
    ``troopmap extract data/sample_article.txt --published 2023-12-02 -o
    tests/fixtures/sample.golden.geojson`` only when the change is meant."""
    art = tmp_path / "sample_article.txt"
    art.write_text(sample_text, encoding="utf-8")
    out = tmp_path / "sample.geojson"
    assert main(["extract", str(art), "--published", "2023-12-02", "-o", str(out)]) == 0
    golden = Path(__file__).parent / "fixtures" / "sample.golden.geojson"
    assert json.loads(out.read_text()) == json.loads(golden.read_text())
