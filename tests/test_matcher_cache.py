"""The matcher kept between runs: written once, read back, rebuilt when unusable, never trusted
when others could have written it."""

import os
import subprocess
import sys

import ahocorasick
import pytest

from geo import matcher_cache


def _tiny() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for i, key in enumerate([" erbil ", " mosul "]):
        auto.add_word(key, i)
    auto.make_automaton()
    return auto


def _fail():
    raise AssertionError("built again although a good cache file exists")


@pytest.fixture
def names_file(tmp_path, monkeypatch):
    monkeypatch.setenv("TROOPMAP_CACHE", str(tmp_path / "cache"))
    path = tmp_path / "names.parquet"
    path.write_bytes(b"names v1")
    return path


def test_written_once_then_read(names_file):
    path = matcher_cache.path_for(names_file)
    first = matcher_cache.load_or_build(path, _tiny)
    assert path.is_file() and oct(path.stat().st_mode & 0o777) == "0o600"
    again = matcher_cache.load_or_build(path, _fail)
    assert [v for _, v in again.iter(" to mosul ")] == [v for _, v in first.iter(" to mosul ")]


def test_new_data_new_file(names_file):
    before = matcher_cache.path_for(names_file)
    names_file.write_bytes(b"names v2")
    assert matcher_cache.path_for(names_file) != before


def test_broken_file_is_rebuilt(names_file):
    path = matcher_cache.path_for(names_file)
    path.parent.mkdir(mode=0o700, parents=True)
    path.write_bytes(b"\x80\x05 truncated")
    os.chmod(path, 0o600)
    auto = matcher_cache.load_or_build(path, _tiny)
    assert auto.get(" erbil ") == 0
    assert matcher_cache.load_or_build(path, _fail).get(" erbil ") == 0  # replaced


def test_file_others_could_write_is_not_read(names_file):
    path = matcher_cache.path_for(names_file)
    matcher_cache.load_or_build(path, _tiny)
    os.chmod(path, 0o666)
    built = []
    matcher_cache.load_or_build(path, lambda: built.append(1) or _tiny())
    assert built == [1]


def test_off(monkeypatch, tmp_path):
    monkeypatch.setenv("TROOPMAP_CACHE", "off")
    assert matcher_cache.path_for(tmp_path / "names.parquet") is None
    assert matcher_cache.load_or_build(None, _tiny).get(" mosul ") == 1


def test_unwritable_cache_still_works(names_file):
    folder = matcher_cache.cache_dir()
    folder.parent.mkdir(exist_ok=True)
    folder.write_text("a file where the folder should be")
    auto = matcher_cache.load_or_build(matcher_cache.path_for(names_file), _tiny)
    assert auto.get(" mosul ") == 1


def test_listing_places_never_imports_pandas(tmp_path):
    """The cold start of `troopmap places`: no pandas, geopandas or dateparser."""
    art = tmp_path / "a.txt"
    art.write_text("Russian missiles struck Kharkiv on Monday.", encoding="utf-8")
    code = (
        "import sys; from geo.cli import main; rc = main(['places', sys.argv[1]]); "
        "heavy = {'pandas', 'geopandas', 'dateparser'} & set(sys.modules); "
        "assert rc == 0 and not heavy, heavy"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(art)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "Kharkiv" in done.stdout


def test_old_matchers_are_pruned(names_file):
    paths = []
    for i in range(matcher_cache.KEEP + 2):
        names_file.write_bytes(f"names v{i}".encode())
        path = matcher_cache.path_for(names_file)
        matcher_cache.load_or_build(path, _tiny)
        os.utime(path, (1_000_000 + i, 1_000_000 + i))  # each one newer than the last
        paths.append(path)
    kept = sorted(paths[0].parent.glob("matcher-*.pickle"))
    assert len(kept) == matcher_cache.KEEP and paths[-1] in kept and paths[0] not in kept
