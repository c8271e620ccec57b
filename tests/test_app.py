"""The dashboard under Streamlit's AppTest."""

from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[1] / "app.py")


@pytest.fixture
def app():
    return AppTest.from_file(APP, default_timeout=120)


def _table(at):
    return at.dataframe[0].value


def test_sample_runs_and_maps(app):
    at = app.run()
    assert not at.exception
    table = _table(at)
    assert sorted(table["kind"]) == ["attack", "attack", "deployment", "deployment", "strike"]
    strike = table[table["kind"] == "strike"].iloc[0]
    assert strike["place"] == "Jurf al-Nasr" and int(strike["fatalities"]) == 8


def test_filters_change_the_table(app):
    at = app.run()
    at.sidebar.multiselect(key="f_kinds").set_value(["strike"]).run()
    assert list(_table(at)["kind"]) == ["strike"]
    at.sidebar.multiselect(key="f_kinds").set_value(["deployment", "strike", "attack"]).run()
    at.sidebar.multiselect(key="f_countries").set_value(["SY"]).run()
    assert set(_table(at)["country"]) == {"SY"}
    at.sidebar.multiselect(key="f_countries").set_value([]).run()
    at.sidebar.number_input(key="f_dead").set_value(1).run()
    assert list(_table(at)["kind"]) == ["strike"]


def test_bad_uploads_give_messages_not_tracebacks(app):
    at = app.run()
    at.sidebar.radio(key="source").set_value("Upload files").run()
    at.sidebar.file_uploader(key="uploads").set_value(
        [
            ("empty.txt", b"", "text/plain"),
            ("blob.txt", b"\x00\x01\x02binary", "text/plain"),
            ("bad.geojson", b"{not json", "application/json"),
            (
                "evil.html",
                b"<html><script>alert(1)</script><p>US warplanes struck militants in Jurf al-Nasr on Friday.</p></html>",
                "text/html",
            ),
        ]
    ).run()
    assert not at.exception
    errors = " ".join(e.value for e in at.sidebar.error)
    assert "empty.txt" in errors and "blob.txt" in errors and "bad.geojson" in errors
    table = _table(at)
    assert list(table["kind"]) == ["strike"] and table.iloc[0]["doc_id"] == "evil.html"


def test_paste_empty_shows_hint(app):
    at = app.run()
    at.sidebar.radio(key="source").set_value("Paste text").run()
    assert not at.exception
    assert any("Give an article" in i.value for i in at.info)


def test_pasted_text_dated_by_its_date_line(app):
    """'On Monday' counts from the date the text prints, not from today."""
    at = app.run()
    at.sidebar.radio(key="source").set_value("Paste text").run()
    text = "Published: 6 March 2024\n\nRussian missiles struck Kharkiv on Monday, killing three."
    at.sidebar.text_area(key="pasted").set_value(text).run()
    assert not at.exception
    assert str(at.sidebar.date_input(key="pasted_date").value) == "2024-03-06"
    assert list(_table(at)["date"]) == ["2024-03-04"]


def test_corpus_mode_reads_a_store(app, tmp_path, sample_text, monkeypatch):
    from geo.ingest import ingest
    from geo.store import open_store

    (tmp_path / "seed.txt").write_text(sample_text, encoding="utf-8")
    (tmp_path / "seed.json").write_text('{"published": "2023-12-02"}')
    for name in ("report_a.txt", "report_a.json", "report_b.md"):
        (tmp_path / name).write_bytes(
            (Path(__file__).parent / "fixtures" / "corpus" / name).read_bytes()
        )
    db = tmp_path / "store.gpkg"
    ingest([tmp_path], open_store(db))
    missing = tmp_path / "missing" / "nothing.gpkg"
    monkeypatch.setenv("TROOPMAP_STORES", f"team={db};old={missing}")
    at = app.run()
    at.sidebar.radio(key="source").set_value("Corpus store").run()
    assert at.sidebar.selectbox(key="store").options == ["team", "old"]  # no free-text path
    at.sidebar.selectbox(key="store").set_value("team").run()
    assert not at.exception
    table = _table(at)
    strike = table[table["kind"] == "strike"]
    assert len(strike) == 1 and int(strike.iloc[0]["sources"]) == 3
    at.sidebar.selectbox(key="store").set_value("old").run()
    assert not at.exception
    errors = " ".join(e.value for e in at.sidebar.error)
    assert "old:" in errors and "no such store" in errors


def test_pasted_template_payloads_never_run(app, tmp_path, monkeypatch):
    """Jinja syntax pasted into the dashboard stays text in the map and the download (issue 9)."""
    from tests.hostile import CANARY, EVERYTHING

    monkeypatch.chdir(tmp_path)
    at = app.run()
    at.sidebar.radio(key="source").set_value("Paste text").run()
    at.sidebar.text_area(key="pasted").set_value(
        f"On November 22, US warplanes struck {EVERYTHING} fighters in Jurf al-Nasr, killing eight."
    ).run()
    assert not at.exception
    assert list(_table(at)["kind"]) == ["strike"]
    assert EVERYTHING in _table(at).iloc[0]["source_text"]
    assert not (tmp_path / CANARY).exists()


def test_table_cells_without_a_value_are_blank(app):
    at = app.run()
    table = _table(at)
    text = table[[c for c in table.columns if not pd.api.types.is_numeric_dtype(table[c])]]
    assert len(text.columns) > 10
    assert not (text.isna() | (text.astype(str) == "None")).any().any()


def test_a_very_long_paste_is_refused_with_a_message(app):
    from geo.settings import DASHBOARD_MAX_CHARS

    at = app.run()
    at.sidebar.radio(key="source").set_value("Paste text").run()
    at.sidebar.text_area(key="pasted").set_value(
        "Shells hit Kharkiv. " * (DASHBOARD_MAX_CHARS // 20 + 10)
    ).run()
    assert not at.exception
    assert any("more than the dashboard reads" in e.value for e in at.error)
