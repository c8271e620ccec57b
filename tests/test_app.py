from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[1] / "app.py")


def test_app_runs_on_sample():
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception
    assert len(at.dataframe) == 1
    table = at.dataframe[0].value
    assert "Jurf al-Nasr" in set(table["text"])


def test_app_paste_empty_shows_hint():
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.sidebar.radio[0].set_value("Paste text").run()
    assert not at.exception
    assert any("Give an article" in i.value for i in at.info)
