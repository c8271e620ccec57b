"""The offline gazetteer: places, their names, and boundaries, read from ``data/``.

Data: GeoNames cities500 (© GeoNames, CC BY 4.0), Natural Earth admin-0/admin-1 (public
domain) and the curated ``data/aliases.csv``, built by ``scripts/build_gazetteer.py``.
Nothing here touches the network.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import ahocorasick
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from geo import matcher_cache, settings
from geo.errors import GazetteerDataError
from geo.normalize import fold, fold_name, name_variants
from geo.records import Place

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

__all__ = ["Candidate", "Gazetteer", "load", "read_boundaries"]

#: Base score of a candidate by feature, before population and context.
FEATURE_PRIOR = {
    "country": 9.0,
    "region": 7.5,
    "site": 7.0,
    "admin1": 7.0,
    "admin2": 6.5,
    "city": 0.0,
}

#: The size a town of unknown population counts as: cities500 lists a place of under 500 people
#: (or none recorded) only when it is the seat of a district or province, and those seats are
#: the towns war reports name (Tal Afar, Spin Boldak, Zurmat); curated towns are named by news.
SEAT_POPULATION = 5000

Candidate = tuple[int, str, bool, int]  # (place row, name kind, common word, name row)


class _Texts:
    """Strings of an Arrow array, read one at a time (no Python copy of the whole column)."""

    def __init__(self, array: pa.Array) -> None:
        self._array = array

    def __getitem__(self, i: int) -> str:
        return self._array[i].as_py()

    def __len__(self) -> int:
        return len(self._array)


# Arrow to numpy by buffers: pyarrow's own to_numpy()/scalars import pandas (0.25 s), which
# listing places never needs.
def _numbers(array: pa.ChunkedArray | pa.Array) -> np.ndarray:
    """A numeric or boolean Arrow column as numpy (booleans as 0/1, nulls as NaN)."""
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    if pa.types.is_boolean(array.type):
        array = pc.cast(array, pa.uint8())
    dtype = np.dtype(array.type.to_pandas_dtype())
    values = np.frombuffer(
        array.buffers()[1], dtype=dtype, count=len(array), offset=array.offset * dtype.itemsize
    )
    if array.null_count:
        bits = np.unpackbits(np.frombuffer(array.buffers()[0], dtype=np.uint8), bitorder="little")
        valid = bits[array.offset : array.offset + len(array)].astype(bool)
        values = np.where(valid, values.astype(float), np.nan)
    return values


def _arrow_ints(values: np.ndarray) -> pa.Array:
    """A numpy integer array as an Arrow int64 array (shares the buffer)."""
    data = np.ascontiguousarray(values, dtype=np.int64)
    return pa.Array.from_buffers(pa.int64(), len(data), [None, pa.py_buffer(data)])


def _column(array: pa.ChunkedArray | pa.Array) -> np.ndarray:
    """An Arrow column as numpy: numbers as they are, strings as an object array in which
    equal strings are one object (dictionary-encoded first: feature, country, admin1 repeat)."""
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    if not (pa.types.is_string(array.type) or pa.types.is_large_string(array.type)):
        return _numbers(array)
    encoded = array.dictionary_encode()
    words = np.array([*encoded.dictionary.to_pylist(), None], dtype=object)
    codes = _numbers(encoded.indices)
    if encoded.indices.null_count:
        codes = np.where(np.isnan(codes), len(words) - 1, codes)
    return words[codes.astype(np.intp)]


class _Columns(dict):
    """Place columns as numpy arrays, each converted from Arrow when first read (a dict, so
    the hot loops' lookups stay in C once a column is there)."""

    def __init__(self, table: pa.Table) -> None:
        super().__init__()
        self._table = table

    def __missing__(self, name: str) -> np.ndarray:
        if name not in self._table.column_names:
            raise KeyError(name)
        self[name] = column = _column(self._table[name])
        return column

    def __iter__(self) -> Iterator[str]:
        return iter(self._table.column_names)

    def __len__(self) -> int:
        return self._table.num_columns

    def __contains__(self, name: object) -> bool:
        return name in self._table.column_names


class Gazetteer:
    """Places and names loaded from the data folder (Arrow tables in, numpy arrays kept).

    Parameters
    ----------
    places : pyarrow.Table
        One row per place (columns of :class:`geo.records.Place`).
    names : pyarrow.Table
        One row per (lookup key, place): ``key``, ``place_id``, ``kind``, ``name``, ``common``
        and ``zipf`` (how common the key is as an English word, Zipf scale, 0 if not a word).
    data_dir : pathlib.Path
        Where boundaries are read from.
    matcher_cache : pathlib.Path, optional
        File to keep the built matcher in between runs (see :mod:`geo.matcher_cache`).
    """

    def __init__(
        self,
        places: pa.Table,
        names: pa.Table,
        data_dir: Path,
        matcher_cache: Path | None = None,
    ) -> None:
        self.data_dir = data_dir
        self._matcher_cache = matcher_cache
        self._rows = places.num_rows
        #: Place columns as numpy arrays, for fast access by row (converted on first use).
        self.columns: Mapping[str, np.ndarray] = _Columns(places)
        if not _sorted_by_key(names):
            names = names.sort_by("key")
        rows = pc.index_in(names["place_id"], value_set=places["place_id"])
        if rows.null_count:
            bad = names["place_id"].filter(pc.is_null(rows))[0].as_py()
            msg = f"names.parquet refers to unknown place {bad!r}"
            raise GazetteerDataError(msg)
        self._name_rows = _numbers(rows).astype(np.int32)
        kinds = names["kind"].combine_chunks().dictionary_encode()
        self._kind_words = tuple(kinds.dictionary.to_pylist())
        self._name_kind = _numbers(kinds.indices).astype(np.int8)
        self._name_common = _numbers(names["common"]).astype(bool)
        #: Original spelling of each name row (abbreviations are matched against it exactly).
        self.names_text = _Texts(names["name"].combine_chunks())
        keys = names["key"].combine_chunks()
        new_key = _numbers(pc.not_equal(keys[1:], keys[:-1])).astype(bool)
        self._key_start = np.flatnonzero(np.concatenate([[True], new_key]))
        self._key_end = np.append(self._key_start[1:], len(keys))
        self._unique_keys = keys.take(_arrow_ints(self._key_start))
        #: Length of each key in characters (the matcher reports where a key ends).
        self._key_len = _numbers(pc.utf8_length(self._unique_keys))
        zipf = _numbers(names["zipf"]) if "zipf" in names.column_names else None
        self._key_zipf = (
            zipf[self._key_start] if zipf is not None else np.zeros(len(self._key_start))
        )
        self._prior = self._compute_prior()

    # -- lookups ---------------------------------------------------------------------------
    @cached_property
    def keys(self) -> np.ndarray:
        """The distinct folded lookup keys, sorted (an object array, built when first read)."""
        return np.array(self._unique_keys.to_pylist(), dtype=object)

    def key_index(self, key: str) -> int | None:
        """Index of a folded key in :attr:`keys`, or None."""
        found = self.automaton.get(f" {key} ", -1)
        return None if found < 0 else int(found)

    def candidates(self, key_idx: int) -> list[Candidate]:
        """Places sharing the key at ``key_idx``: (place row, name kind, name is a common
        word, name row in :attr:`names_text`)."""
        lo, hi = self._key_start[key_idx], self._key_end[key_idx]
        kinds = self._kind_words
        return [
            (
                int(self._name_rows[i]),
                kinds[self._name_kind[i]],
                bool(self._name_common[i]),
                int(i),
            )
            for i in range(lo, hi)
        ]

    def word_frequency(self, key_idx: int) -> float:
        """How common the key is as an English word (Zipf scale: 6 is "more", 0 no word)."""
        return float(self._key_zipf[key_idx])

    def lookup(self, name: str) -> list[Place]:
        """Places called ``name`` (or an alias/demonym of it), most likely first.

        Matching ignores case, accents, hyphens and Arabic article spelling ("al-/as-/ash-").
        """
        rows: dict[int, None] = {}
        for key in sorted(name_variants(name) | {fold_name(name)}):
            idx = self.key_index(key)
            if idx is not None:
                for row, *_ in self.candidates(idx):
                    rows[row] = None
        ranked = sorted(rows, key=lambda r: -self._prior[r])
        return [self.place(r) for r in ranked]

    def place(self, row: int) -> Place:
        """The place at a row of :attr:`places`."""
        c = self.columns
        gid = c["geonameid"][row]
        return Place(
            place_id=c["place_id"][row],
            name=c["name"][row],
            feature=c["feature"][row],
            country=c["country"][row],
            admin1=c["admin1"][row],
            admin1_name=c["admin1_name"][row],
            lat=float(c["lat"][row]),
            lon=float(c["lon"][row]),
            population=int(c["population"][row]),
            geonameid=None if gid is None or math.isnan(gid) else int(gid),
            capital=bool(c["capital"][row]),
        )

    @cached_property
    def _row_of(self) -> dict[str, int]:
        return {pid: i for i, pid in enumerate(self.columns["place_id"])}

    def row_of(self, place_id: str) -> int | None:
        """The row of the place with this id, or None."""
        return self._row_of.get(place_id)

    def get(self, place_id: str) -> Place:
        """The place with this id (``cc:IQ``, ``a1:IQ-BB``, ``gn:95446``, ``x:...``)."""
        row = self._row_of.get(place_id)
        if row is None:
            msg = f"no place with id {place_id!r} in the gazetteer"
            raise KeyError(msg)
        return self.place(row)

    @cached_property
    def _parts(self) -> dict[tuple[str, str], tuple[float, float]]:
        """(place id, part) -> point, from ``parts.parquet`` (none when the file is missing)."""
        try:
            table = _read_parquet(self.data_dir / "parts.parquet")
        except (OSError, pa.ArrowException):
            return {}
        cols = [table[c].to_pylist() for c in ("place_id", "part", "lat", "lon")]
        return {(pid, part): (lat, lon) for pid, part, lat, lon in zip(*cols, strict=True)}

    def part_point(self, place_id: str, part: str) -> tuple[float, float] | None:
        """A point (lat, lon) in the ``part`` ("north", "centre" ... see :mod:`geo.parts`) of
        a country, province or region with an outline, or None."""
        return self._parts.get((place_id, part))

    def prior(self, row: int) -> float:
        """Context-free score of a place: feature type, population, capital status."""
        return float(self._prior[row])

    def _compute_prior(self) -> np.ndarray:
        features = self.columns["feature"]
        feat = np.zeros(len(features))
        for feature, prior in FEATURE_PRIOR.items():
            feat[features == feature] = prior
        pop = self.size.astype(float)
        city = features == "city"
        # cities rank by population; other features only break ties with it
        pop_score = np.where(city, np.log10(pop + 1.0), 0.1 * np.log10(pop + 1.0))
        capital = self.columns["capital"].astype(bool) * 3.0
        return feat + pop_score + capital

    @cached_property
    def _country_points(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        """Latitudes and longitudes of each country's point and its provinces' points."""
        c = self.columns
        rows = np.flatnonzero(np.isin(c["feature"], ("country", "admin1")))
        by_cc: dict[str, list[int]] = {}
        for r in rows:
            by_cc.setdefault(str(c["country"][r]), []).append(int(r))
        return {
            cc: (c["lat"][np.array(rs)].astype(float), c["lon"][np.array(rs)].astype(float))
            for cc, rs in by_cc.items()
        }

    def km_to_country(self, lat: float, lon: float, cc: str) -> float | None:
        """Distance (km) from a point to the nearest of a country's point and its provinces'
        points: how far a place is from a country's land, not from its centre (Mykolaiv is
        4,000 km from Russia's point in Siberia, 400 from its nearest province's). None for a
        country the gazetteer lacks."""
        pts = self._country_points.get(cc)
        if pts is None:
            return None
        return float(distances_km(lat, lon, *pts).min())

    @cached_property
    def country_population(self) -> dict[str, int]:
        """Population of each country, by ISO code."""
        c = self.columns
        rows = np.flatnonzero(c["feature"] == "country")
        return {str(c["country"][r]): int(c["population"][r]) for r in rows}

    @cached_property
    def size(self) -> np.ndarray:
        """Population of each place for ranking: a town with none recorded (a GeoNames seat of
        a division, or a town curated because news names it) counts as :data:`SEAT_POPULATION`
        (``population`` keeps the data's 0)."""
        c = self.columns
        pop = c["population"].astype(np.int64)
        unknown = (c["feature"] == "city") & (pop == 0)
        return np.where(unknown, SEAT_POPULATION, pop)

    @cached_property
    def places(self) -> pd.DataFrame:
        """The places as a pandas DataFrame (built on first use; the core reads :attr:`columns`)."""
        import pandas as pd

        return pd.DataFrame({name: self.columns[name] for name in self.columns})

    # -- matcher ---------------------------------------------------------------------------
    @cached_property
    def automaton(self) -> ahocorasick.Automaton:
        """Aho-Corasick automaton over " key " (space-delimited, so matches are whole words),
        each key's value its index; kept between runs in the matcher cache when there is one."""
        return matcher_cache.load_or_build(self._matcher_cache, self._build_automaton)

    def _build_automaton(self) -> ahocorasick.Automaton:
        auto = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for i, key in enumerate(self._unique_keys.to_pylist()):
            auto.add_word(f" {key} ", i)
        auto.make_automaton()
        return auto

    def find(self, text: str) -> list[tuple[int, int, int]]:
        """All whole-word name occurrences in ``text`` as (start, end, key index).

        Overlapping occurrences are all returned; the caller chooses among them.
        """
        folded = f" {fold(text)} "
        out = []
        key_len = self._key_len
        for end, idx in self.automaton.iter(folded):
            # the key is " k "; in the padded text it spans [end-len+1, end]
            length = int(key_len[idx]) + 2
            start = end - length + 1  # index of the leading space in padded text == start in text
            out.append((start, start + length - 2, idx))
        return out

    # -- boundaries ------------------------------------------------------------------------
    def boundaries(self, layer: str) -> gpd.GeoDataFrame:
        """Polygons of ``admin0`` (countries), ``admin1`` (provinces) or ``regions``."""
        return read_boundaries(layer, self.data_dir)

    def __len__(self) -> int:
        return self._rows


def _sorted_by_key(names: pa.Table) -> bool:
    keys = names["key"].combine_chunks()
    if len(keys) < 2:
        return True
    return bool(pc.all(pc.less_equal(keys[:-1], keys[1:])).as_py())


#: Mean Earth radius (km) of the great-circle distances.
EARTH_KM = 6371.0088


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (fast haversine for scoring; geopy for reporting)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return EARTH_KM * 2 * math.asin(min(1.0, math.sqrt(a)))


def distances_km(lat: float, lon: float, lats: np.ndarray, lons: np.ndarray) -> np.ndarray:
    """Great-circle distances in km from one point to many (all in degrees)."""
    p, q, la, lo = np.radians(lat), np.radians(lon), np.radians(lats), np.radians(lons)
    a = np.sin((la - p) / 2) ** 2 + np.cos(p) * np.cos(la) * np.sin((lo - q) / 2) ** 2
    return 2 * EARTH_KM * np.arcsin(np.sqrt(np.minimum(a, 1.0)))


def _read_parquet(path: Path) -> pa.Table:
    """A Parquet file as an Arrow table, read one column at a time.

    ParquetFile, not read_table: no dataset layer (which imports pandas), no threads. Each
    column's decoding scratch goes back to the system before the next is read, which keeps the
    peak memory of a load about a third lower than reading the file whole.
    """
    pf = pq.ParquetFile(path)
    pool = pa.default_memory_pool()
    columns = []
    for name in pf.schema_arrow.names:
        columns.append(pf.read(columns=[name], use_threads=False).column(0))
        pool.release_unused()
    return pa.table(columns, schema=pf.schema_arrow)


@lru_cache(maxsize=8)
def read_boundaries(layer: str, data_dir: str | Path | None = None) -> gpd.GeoDataFrame:
    """Polygons of ``admin0`` (countries), ``admin1`` (provinces) or ``regions`` from
    ``boundaries.gpkg`` in ``data_dir`` (default :data:`geo.settings.DATA_DIR`), without
    loading the gazetteer's tables (a map of records needs only these)."""
    import geopandas as gpd  # only maps need polygons: listing places never imports it

    path = Path(data_dir or settings.DATA_DIR) / "boundaries.gpkg"
    try:
        return gpd.read_file(path, layer=layer)
    except Exception as exc:
        msg = f"cannot read layer {layer!r} of {path}: {exc}"
        raise GazetteerDataError(msg) from exc


@lru_cache(maxsize=4)
def load(data_dir: str | Path | None = None) -> Gazetteer:
    """Load the gazetteer from ``data_dir`` (default: :data:`geo.settings.DATA_DIR`).

    The result is cached per folder; the matcher is built on first use.
    """
    folder = Path(data_dir) if data_dir is not None else settings.DATA_DIR
    try:
        places = _read_parquet(folder / "places.parquet")
        names = _read_parquet(folder / "names.parquet")
    except (FileNotFoundError, OSError, pa.ArrowException) as exc:
        msg = (
            f"gazetteer data missing or unreadable in {folder} ({exc}); "
            "rebuild it with: python scripts/build_gazetteer.py"
        )
        raise GazetteerDataError(msg) from exc
    gaz = Gazetteer(places, names, folder, matcher_cache.path_for(folder / "names.parquet"))
    pa.default_memory_pool().release_unused()  # the decoder's scratch memory back to the system
    return gaz
