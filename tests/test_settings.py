"""Where the package finds its data: TROOPMAP_DATA, an installed wheel, or the source tree."""

from pathlib import Path

from geo import settings


def test_source_tree_data(monkeypatch):
    monkeypatch.delenv("TROOPMAP_DATA", raising=False)
    found = settings._data_dir()
    assert (found / "places.parquet").is_file() and (found / "lexicon" / "triggers.csv").is_file()


def test_environment_overrides(monkeypatch, tmp_path):
    monkeypatch.setenv("TROOPMAP_DATA", str(tmp_path))
    assert settings._data_dir() == Path(tmp_path)


def test_installed_wheel_layout(monkeypatch, tmp_path):
    """In site-packages the data sits inside the package, as geo/data (see pyproject.toml)."""
    monkeypatch.delenv("TROOPMAP_DATA", raising=False)
    (tmp_path / "geo" / "data").mkdir(parents=True)
    (tmp_path / "geo" / "data" / "places.parquet").write_bytes(b"")

    class Installed:
        @staticmethod
        def files(package):
            assert package == "geo"
            return tmp_path / "geo"

    monkeypatch.setattr(settings, "resources", Installed)
    assert settings._data_dir() == tmp_path / "geo" / "data"


def test_dashboard_script_beside_the_packages():
    assert settings.APP_SCRIPT.name == "app.py" and settings.APP_SCRIPT.is_file()


def test_dashboard_stores_are_the_operators(monkeypatch):
    monkeypatch.delenv("TROOPMAP_STORES", raising=False)
    assert settings.dashboard_stores() == {"local": str(Path("data") / "troopmap.gpkg")}
    monkeypatch.setenv(
        "TROOPMAP_STORES", "team=/srv/team.gpkg; pg = postgresql://tm@db/corpus ;broken;=x"
    )
    assert settings.dashboard_stores() == {
        "team": "/srv/team.gpkg",
        "pg": "postgresql://tm@db/corpus",
    }
