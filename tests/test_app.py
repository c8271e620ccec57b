"""The dashboard under Streamlit's AppTest."""

from pathlib import Path

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
