"""The corpus store: every stored row is one event as one source reported it.

Two backends with one schema, chosen by the URL alone:

- a GeoPackage file (``path/to/file.gpkg``), written with pyogrio/GDAL; it opens in QGIS;
- PostGIS (``postgresql://user@host:port/db``), through SQLAlchemy and GeoAlchemy2.

Rows are only ever appended, one article per transaction, so a crash mid-ingest leaves the
store as it was before that article. Rows of the same event share ``event_id`` (see
:mod:`geo.dedupe`); documents are keyed by ``doc_hash`` (SHA-256 of the file's bytes), which
makes re-ingesting the same article a no-op.
"""

from __future__ import annotations

import contextlib
import math
import os

try:  # POSIX; elsewhere a GeoPackage store is not locked against concurrent ingests
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Protocol

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geo import settings
from geo.dedupe import MATCH_FIELDS, event_view
from geo.errors import InputError, StoreError
from geo.records import INTEGER_FIELDS, KIND_FIELDS, NUMERIC_FIELDS, STORED_FIELDS

__all__ = [
    "STORE_COLUMNS",
    "GeoPackageStore",
    "PostGISStore",
    "Store",
    "open_store",
    "rows_frame",
    "stored_events",
]

_EVENT_COLUMNS = list(dict.fromkeys(c for fields in KIND_FIELDS.values() for c in fields))
#: Columns of the stored table (besides geometry), the same in every backend.
STORE_COLUMNS: tuple[str, ...] = (*_EVENT_COLUMNS, *STORED_FIELDS)
#: Advisory lock key of ingest into a PostGIS store (any fixed 64-bit number; "troopmap").
_LOCK_KEY = 0x74726F6F706D6170
#: Columns the matcher needs from stored rows.
MATCH_COLUMNS = (
    "kind",
    "event_id",
    *dict.fromkeys(name for names in MATCH_FIELDS.values() for name in names),
)


def _as_text(value: Any) -> str | None:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return str(value)


def _as_number(value: Any) -> float:
    if value is None or value is pd.NA:
        return math.nan
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def rows_frame(rows: Iterable[dict[str, Any]]) -> gpd.GeoDataFrame:
    """A GeoDataFrame with exactly :data:`STORE_COLUMNS` (numbers as float, text as str)."""
    rows = list(rows)
    data: dict[str, Any] = {}
    for col in STORE_COLUMNS:
        if col in NUMERIC_FIELDS:
            data[col] = np.array([_as_number(r.get(col)) for r in rows], dtype="float64")
        else:
            data[col] = pd.Series([_as_text(r.get(col)) for r in rows], dtype="object")
    frame = pd.DataFrame(data, index=pd.RangeIndex(len(rows)))
    lat, lon = data["lat"], data["lon"]
    placed = ~(np.isnan(lat) | np.isnan(lon))
    geometry = np.full(len(rows), None, dtype=object)
    geometry[placed] = shapely.points(lon[placed], lat[placed])
    return gpd.GeoDataFrame(frame, geometry=geometry, crs=settings.DEFAULT_CRS)


def _typed(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Stored rows with integer columns back as nullable integers."""
    for col in INTEGER_FIELDS:
        if col in frame:
            frame[col] = pd.to_numeric(frame[col], errors="coerce").round().astype("Int64")
    return frame


def _sql_type(column: pd.Series) -> str:
    """The SQL type of a new store column (nullable integers, floats, else text)."""
    if pd.api.types.is_integer_dtype(column):
        return "INTEGER"
    if pd.api.types.is_float_dtype(column):
        return "DOUBLE PRECISION"  # REAL affinity in SQLite, float8 in PostgreSQL
    return "TEXT"


class Store(Protocol):
    """What ingest and the map need from a backend."""

    #: Where the store is, as given (a PostGIS URL keeps its password here).
    url: str
    #: The same for messages and logs: a PostGIS URL with its password masked.
    name: str

    def exists(self) -> bool:
        """Whether the store holds a records table yet."""

    def writer_lock(self) -> AbstractContextManager[None]:
        """Held by one ingest at a time, from reading what is stored to the last append, so
        concurrent ingests give the store sequential ones would."""

    def document_hashes(self) -> set[str]:
        """Hashes of the documents already stored."""

    def match_rows(self) -> list[dict[str, Any]]:
        """Stored rows with :data:`MATCH_COLUMNS`, for matching new records to events."""

    def append(self, rows: gpd.GeoDataFrame) -> None:
        """Add one article's rows in one transaction."""

    def rows(self) -> gpd.GeoDataFrame:
        """Every stored row."""


def stored_events(store: Store) -> dict[str, gpd.GeoDataFrame]:
    """One row per event, by kind, with the number of sources and the range of figures."""
    rows = store.rows()
    return {kind: event_view(rows[rows["kind"] == kind]) for kind in KIND_FIELDS}


class GeoPackageStore:
    """A single GeoPackage file (layer ``records``)."""

    layer = "records"

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.url = self.name = str(self.path)

    @contextmanager
    def writer_lock(self) -> Iterator[None]:
        """An exclusive lock on ``<store>.lock`` beside the file (released if the process dies)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path.with_name(self.path.name + ".lock"), "a+b") as fh:
            if fcntl is not None:
                fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                if fcntl is not None:
                    fcntl.flock(fh, fcntl.LOCK_UN)

    def _recover(self) -> None:
        """Roll back a transaction a killed writer left behind (a "hot" ``-journal``).

        GDAL opens a GeoPackage read-only to read it, and a read-only SQLite cannot roll a hot
        journal back ("attempt to write a readonly database"), so every read would fail until
        some writer came by. Opening it once read-write with the standard library lets SQLite
        do the rollback it was built to do; a journal of a live writer is not hot, and is
        left alone by SQLite's own locking.
        """
        journal = self.path.with_name(self.path.name + "-journal")
        try:
            if journal.stat().st_size == 0 or not os.access(self.path, os.W_OK):
                return
        except OSError:
            return
        import sqlite3

        try:
            with contextlib.closing(sqlite3.connect(self.path, timeout=10)) as con:
                con.execute("PRAGMA schema_version").fetchone()
        except sqlite3.Error as exc:
            msg = f"{self.path}: cannot recover the transaction an interrupted writer left ({exc})"
            raise StoreError(msg) from exc

    def exists(self) -> bool:
        if not self.path.exists():
            return False
        import pyogrio
        from pyogrio.errors import DataSourceError

        self._recover()
        try:
            return self.layer in {name for name, _ in pyogrio.list_layers(self.path)}
        except DataSourceError as exc:
            msg = f"{self.path}: not a GeoPackage ({_first_line(exc)})"
            raise StoreError(msg) from exc

    def document_hashes(self) -> set[str]:
        if not self.exists():
            return set()
        import pyogrio

        frame = pyogrio.read_dataframe(
            self.path, layer=self.layer, columns=["doc_hash"], read_geometry=False
        )
        return set(frame["doc_hash"].dropna())

    def match_rows(self) -> list[dict[str, Any]]:
        if not self.exists():
            return []
        import pyogrio

        frame = pyogrio.read_dataframe(
            self.path, layer=self.layer, columns=list(MATCH_COLUMNS), read_geometry=False
        )
        return frame.to_dict("records")

    def append(self, rows: gpd.GeoDataFrame) -> None:
        if rows.empty:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        exists = self.exists()
        if exists:
            rows = self._in_layer_order(rows)
        rows.to_file(self.path, layer=self.layer, driver="GPKG", engine="pyogrio", append=exists)

    def _in_layer_order(self, rows: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
        """``rows`` with the stored layer's field order; fields the layer lacks (a store written
        by an older troopmap) are added to it first, empty for the rows already there."""
        import sqlite3

        import pyogrio

        have = list(pyogrio.read_info(self.path, layer=self.layer)["fields"])
        missing = [c for c in rows.columns if c != "geometry" and c not in have]
        if missing:
            with sqlite3.connect(self.path) as conn:
                for col in missing:
                    kind = _sql_type(rows[col])
                    conn.execute(f'ALTER TABLE "{self.layer}" ADD COLUMN "{col}" {kind}')
        order = [c for c in [*have, *missing] if c in rows.columns]
        return rows[[*order, "geometry"]]

    def rows(self) -> gpd.GeoDataFrame:
        if not self.exists():
            return rows_frame([])
        frame = gpd.read_file(self.path, layer=self.layer, engine="pyogrio")
        return _typed(frame)


class PostGISStore:
    """A PostGIS table ``troopmap_records`` in the database the URL names."""

    table = "troopmap_records"

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import SQLAlchemyError

        self.url = url
        self.name = "postgresql://..."
        try:
            parsed = make_url(url)
            self.name = parsed.render_as_string(hide_password=True)
            # a silent server fails after a timeout instead of hanging the session
            self.engine = create_engine(
                parsed, connect_args={"connect_timeout": settings.CONNECT_TIMEOUT_S}
            )
            with self.engine.connect():
                pass
        except (SQLAlchemyError, ImportError, ValueError) as exc:
            msg = f"{self.name}: cannot connect ({_first_line(exc)})"
            raise StoreError(msg) from exc

    def exists(self) -> bool:
        from sqlalchemy import inspect

        return inspect(self.engine).has_table(self.table)

    @contextmanager
    def writer_lock(self) -> Iterator[None]:
        """A session-level advisory lock, held on its own connection (released if it drops)."""
        from sqlalchemy import text

        with self.engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _LOCK_KEY})
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _LOCK_KEY})

    def document_hashes(self) -> set[str]:
        if not self.exists():
            return set()
        from sqlalchemy import text

        with self.engine.connect() as conn:
            return {r[0] for r in conn.execute(text(f"SELECT DISTINCT doc_hash FROM {self.table}"))}

    def match_rows(self) -> list[dict[str, Any]]:
        if not self.exists():
            return []
        from sqlalchemy import text

        cols = ", ".join(MATCH_COLUMNS)
        with self.engine.connect() as conn:
            return [
                dict(r._mapping) for r in conn.execute(text(f"SELECT {cols} FROM {self.table}"))
            ]

    def append(self, rows: gpd.GeoDataFrame) -> None:
        if rows.empty:
            return
        from sqlalchemy import text

        first = not self.exists()
        with self.engine.begin() as conn:  # one transaction: all of the article or none of it
            if not first:  # a table written by an older troopmap lacks newer record fields
                from sqlalchemy import inspect

                have = {c["name"] for c in inspect(conn).get_columns(self.table)}
                for col in (c for c in rows.columns if c != "geometry" and c not in have):
                    conn.execute(
                        text(f'ALTER TABLE {self.table} ADD COLUMN "{col}" {_sql_type(rows[col])}')
                    )
            rows.to_postgis(self.table, conn, if_exists="append", index=False)
            if first:
                conn.execute(
                    text(
                        f"CREATE INDEX IF NOT EXISTS {self.table}_doc_hash ON {self.table} (doc_hash)"
                    )
                )

    def rows(self) -> gpd.GeoDataFrame:
        if not self.exists():
            return rows_frame([])
        frame = gpd.read_postgis(f"SELECT * FROM {self.table}", self.engine, geom_col="geometry")
        return _typed(frame)


def _first_line(exc: BaseException) -> str:
    """The first line of an error's message, without SQLAlchemy's background links."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def open_store(url: str | Path, *, must_exist: bool = False) -> Store:
    """The backend a URL names: ``postgresql://...`` for PostGIS, else a GeoPackage path.

    Raises :class:`StoreError` when a database cannot be reached, or, with ``must_exist``
    (reading, not ingesting), when the store holds no records table yet.
    """
    text = str(url)
    if text.startswith(("postgresql://", "postgresql+", "postgres://")):
        store: Store = PostGISStore(text.replace("postgres://", "postgresql://", 1))
        if must_exist and not store.exists():
            msg = f"{store.name}: no troopmap store here (table {PostGISStore.table} missing)"
            raise StoreError(msg)
        return store
    if "://" in text:
        msg = f"unsupported store URL {text!r}: give a .gpkg path or a postgresql:// URL"
        raise InputError(msg)
    if not text.lower().endswith(".gpkg"):
        msg = f"store path {text!r} should end in .gpkg"
        raise InputError(msg)
    store = GeoPackageStore(text)
    if must_exist and not store.path.is_file():
        msg = f"{text}: no such store (troopmap ingest creates it)"
        raise StoreError(msg)
    if must_exist and not store.exists():
        msg = f"{text}: not a troopmap store (no layer {GeoPackageStore.layer!r})"
        raise StoreError(msg)
    return store
