"""The corpus store: ingest, de-duplication, idempotence and crash safety, in every backend."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geo.articles import split_front_matter
from geo.errors import InputError
from geo.ingest import extract_file, ingest
from geo.store import open_store, stored_events

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def corpus(tmp_path, sample_text):
    """The seed article (published 2023-12-02) and three reports of the same strike."""
    folder = tmp_path / "corpus"
    shutil.copytree(FIXTURES, folder)
    (folder / "seed.txt").write_text(sample_text, encoding="utf-8")
    (folder / "seed.json").write_text('{"published": "2023-12-02"}')
    return folder


def _postgis_url() -> str | None:
    url = os.environ.get("TROOPMAP_TEST_POSTGIS")
    if url:
        return url
    if os.environ.get("CI") == "true":
        pytest.fail("TROOPMAP_TEST_POSTGIS is not set under CI (.ci/run starts PostGIS)")
    return None


@pytest.fixture(params=["gpkg", "postgis"])
def store(request, tmp_path):
    if request.param == "gpkg":
        return open_store(tmp_path / "store.gpkg")
    url = _postgis_url()
    if url is None:
        pytest.skip("no PostGIS server: set TROOPMAP_TEST_POSTGIS=postgresql://... (CI starts one)")
    from sqlalchemy import create_engine, text

    with create_engine(url).begin() as conn:
        conn.execute(text("DROP TABLE IF EXISTS troopmap_records"))
    return open_store(url)


def test_four_reports_one_strike(store, corpus):
    report = ingest([corpus], store)
    assert (report.added, report.skipped, report.errors) == (4, 0, [])
    ev = stored_events(store)
    assert len(ev["strike"]) == 1
    strike = ev["strike"].iloc[0]
    assert int(strike["sources"]) == 4
    assert (int(strike["fatalities_min"]), int(strike["fatalities_max"])) == (8, 9)
    assert strike["date_first"] == strike["date_last"] == "2023-11-22"
    assert strike["place_id"] == "x:jurf-al-nasr"
    rows = store.rows()
    per_source = rows[rows["kind"] == "strike"].set_index("doc_id")["fatalities"].to_dict()
    assert per_source == {"report_a.txt": 9, "report_b.md": 8, "report_c.txt": 8, "seed.txt": 8}
    assert len(ev["deployment"]) == 2 and len(ev["attack"]) == 2
    assert ev["strike"].crs.to_epsg() == 4326


def test_reingest_changes_nothing(store, corpus):
    ingest([corpus], store)
    before = store.rows().sort_values(["doc_hash", "source_start"]).reset_index(drop=True)
    again = ingest([corpus], store)
    assert (again.added, again.skipped, again.records) == (0, 4, 0)
    after = store.rows().sort_values(["doc_hash", "source_start"]).reset_index(drop=True)
    assert len(after) == len(before)
    assert list(after["event_id"]) == list(before["event_id"])


def test_dates_from_sidecar_front_matter_default(corpus):
    assert extract_file(str(corpus / "report_a.txt")).published == "2023-11-23"
    assert extract_file(str(corpus / "report_b.md")).published == "2023-11-22"
    (corpus / "plain.txt").write_text("US jets struck Jurf al-Nasr on Wednesday.")
    assert extract_file(str(corpus / "plain.txt"), "2023-11-24").records[0]["date"] == "2023-11-22"
    meta, body = split_front_matter("---\npublished: 2024-01-02\ntitle: x\n---\nBody")
    assert meta == {"published": "2024-01-02", "title": "x"} and body == "Body"


def test_bad_files_reported_others_stored(tmp_path, corpus):
    (corpus / "empty.txt").write_text("")
    store = open_store(tmp_path / "s.gpkg")
    report = ingest([corpus], store)
    assert report.added == 4 and len(report.errors) == 1 and "empty" in report.errors[0]


def test_store_urls(tmp_path):
    with pytest.raises(InputError, match=r"\.gpkg"):
        open_store(tmp_path / "x.sqlite")
    with pytest.raises(InputError, match="unsupported"):
        open_store("mysql://x")


def test_process_pool_same_result(tmp_path, corpus):
    one = open_store(tmp_path / "one.gpkg")
    two = open_store(tmp_path / "two.gpkg")
    ingest([corpus], one, workers=1)
    ingest([corpus], two, workers=2)
    for kind in ("deployment", "strike", "attack"):
        assert len(stored_events(one)[kind]) == len(stored_events(two)[kind])
    assert int(stored_events(two)["strike"].iloc[0]["sources"]) == 4


def test_dask_local_cluster(tmp_path, corpus):
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        store = open_store(tmp_path / "dask.gpkg")
        report = ingest([corpus], store, dask=cluster.scheduler_address)
    assert report.added == 4
    assert int(stored_events(store)["strike"].iloc[0]["sources"]) == 4


def _many_articles(folder: Path, n: int) -> None:
    towns = ["Jurf al-Nasr", "Al Qaim", "Erbil", "Kirkuk", "Baghdad", "Mosul", "Tikrit", "Fallujah"]
    folder.mkdir()
    for i in range(n):
        town = towns[i % len(towns)]
        day = 1 + i % 27
        (folder / f"a{i:04d}.txt").write_text(
            f"On November {day}, US warplanes struck militants in {town}, killing {i % 9 + 1} fighters. "
            f"Around {1000 + i} American troops are in Iraq.\n",
            encoding="utf-8",
        )


@pytest.mark.slow
def test_kill_mid_ingest_loses_nothing(tmp_path, store):
    folder = tmp_path / "many"
    _many_articles(folder, 400)
    cmd = [sys.executable, "-m", "geo.cli", "ingest", str(folder), "--db", store.url]
    cmd += ["--published", "2023-12-02", "--batch", "3"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            if len(store.document_hashes()) >= 20:
                break
        except Exception:  # the file is being created
            continue
    assert proc.poll() is None, "ingest finished before it could be killed; make the corpus larger"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    rows = store.rows()
    done = rows.groupby("doc_path").size().to_dict()
    assert 20 <= len(done) < 400
    for path, n in done.items():  # every stored article is whole
        assert n == len(extract_file(path, "2023-12-02").records), path
    report = ingest([folder], store, published="2023-12-02")
    assert report.skipped == len(done) and report.added == 400 - len(done)
    assert rows["doc_hash"].nunique() == len(done)
    assert store.rows()["doc_hash"].nunique() == 400


def test_a_store_written_before_a_new_record_field_takes_new_rows(store, tmp_path):
    """Stores made by an older troopmap lack newer fields (``event_type``): appending adds them."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("On Monday, US warplanes struck militants in Jurf al-Nasr.")
    (folder / "a.json").write_text('{"published": "2023-11-23"}')
    (folder / "b.txt").write_text("On Tuesday, a car bomb in Tikrit killed seven people.")
    (folder / "b.json").write_text('{"published": "2023-11-23"}')
    ingest([folder / "a.txt"], store)
    old = store.rows().drop(columns=["event_type"])
    if hasattr(store, "path"):  # rewrite the GeoPackage without the field
        store.path.unlink()
        old.to_file(store.path, layer=store.layer, driver="GPKG", engine="pyogrio")
    else:
        from sqlalchemy import text

        with store.engine.begin() as conn:
            conn.execute(text(f"ALTER TABLE {store.table} DROP COLUMN event_type"))
    report = ingest([folder / "b.txt"], store)
    assert report.errors == []
    rows = store.rows().set_index("place")
    assert rows.loc["Tikrit", "event_type"] == "remote explosive/IED"
    assert (
        int(rows.loc["Tikrit", "fatalities"]) == 7
        and str(rows.loc["Jurf al-Nasr", "date"]) == "2023-11-20"
    )


def test_two_ingests_at_once_give_the_store_of_one(tmp_path, store):
    """Two ingests of overlapping folders into one store at the same time store each article
    once and each event once, as running them one after the other does."""
    folder = tmp_path / "many"
    _many_articles(folder, 40)
    cmd = [sys.executable, "-m", "geo.cli", "ingest", str(folder), "--db", store.url]
    cmd += ["--published", "2023-12-02", "--batch", "5"]
    procs = [
        subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    for proc in procs:
        assert proc.wait(timeout=300) == 0, proc.stderr.read()
    rows = store.rows()
    assert rows["doc_hash"].nunique() == 40 and len(rows.drop_duplicates("doc_hash")) == 40
    assert rows.groupby("doc_hash").size().max() == rows.groupby("doc_path").size().max()
    alone = open_store(tmp_path / "alone.gpkg")
    ingest([folder], alone, published="2023-12-02")
    assert len(rows) == len(alone.rows())
    assert {k: len(v) for k, v in stored_events(store).items()} == {
        k: len(v) for k, v in stored_events(alone).items()
    }


def test_a_transaction_a_killed_writer_left_is_rolled_back_on_read(tmp_path):
    """A writer killed mid-transaction leaves a hot ``-journal``; GDAL reads GeoPackages
    read-only and could not roll it back ("attempt to write a readonly database"), so the
    store was unreadable until another write. Reading now rolls it back and loses nothing."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("On Monday, US warplanes struck militants in Jurf al-Nasr.")
    (folder / "a.json").write_text('{"published": "2023-11-23"}')
    path = tmp_path / "store.gpkg"
    ingest([folder], open_store(str(path)))
    writer = (  # a transaction big enough to spill into the file, then a hard kill
        "import os, signal, sqlite3\n"
        f"con = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
        "con.execute('PRAGMA cache_size=1'); con.execute('BEGIN')\n"
        "con.execute('CREATE TABLE junk(x)')\n"
        "for _ in range(3000): con.execute('INSERT INTO junk VALUES (randomblob(500))')\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    subprocess.run([sys.executable, "-c", writer], check=False)
    journal = path.with_name(path.name + "-journal")
    assert journal.exists() and journal.stat().st_size > 0  # the hot journal is there
    rows = open_store(str(path), must_exist=True).rows()
    assert len(rows) == 1 and not journal.exists()
