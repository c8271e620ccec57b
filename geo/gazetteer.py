"""The offline gazetteer: places, their names, and boundaries, read from ``data/``.

Data: GeoNames cities500 (© GeoNames, CC BY 4.0), Natural Earth admin-0/admin-1 (public
domain) and the curated ``data/aliases.csv``, built by ``scripts/build_gazetteer.py``.
Nothing here touches the network.
"""

from __future__ import annotations

import math
from functools import cached_property, lru_cache
from pathlib import Path

import ahocorasick
import geopandas as gpd
import numpy as np
import pandas as pd

from geo import settings
from geo.errors import GazetteerDataError
from geo.normalize import fold, fold_name, name_variants
from geo.records import Place

__all__ = ["Candidate", "Gazetteer", "load"]

#: Base score of a candidate by feature, before population and context.
FEATURE_PRIOR = {
    "country": 9.0,
    "region": 7.5,
    "site": 7.0,
    "admin1": 7.0,
    "city": 0.0,
}

Candidate = tuple[int, str, bool, int]  # (place row, name kind, common word, name row)


class Gazetteer:
    """Places and names loaded from the data folder.

    Parameters
    ----------
    places : pandas.DataFrame
        One row per place (columns of :class:`geo.records.Place`).
    names : pandas.DataFrame
        One row per (lookup key, place): ``key``, ``place_id``, ``kind``, ``name``, ``common``.
    data_dir : pathlib.Path
        Where boundaries are read from.
    """

    def __init__(self, places: pd.DataFrame, names: pd.DataFrame, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.places = places.reset_index(drop=True)
        self._row_of = pd.Index(self.places["place_id"])
        names = names.sort_values("key", kind="stable").reset_index(drop=True)
        rows = self._row_of.get_indexer(names["place_id"])
        if (rows < 0).any():
            bad = names.loc[rows < 0, "place_id"].iloc[0]
            msg = f"names.parquet refers to unknown place {bad!r}"
            raise GazetteerDataError(msg)
        self._name_rows = rows.astype(np.int32)
        self._name_kind = names["kind"].to_numpy()
        self._name_common = names["common"].to_numpy(dtype=bool)
        #: Original spelling of each name row (abbreviations are matched against it exactly).
        self.names_text = names["name"].to_numpy()
        keys = names["key"].to_numpy()
        self.keys, self._key_start = np.unique(keys, return_index=True)
        self._key_end = np.append(self._key_start[1:], len(keys))
        self._prior = self._compute_prior()

    # -- lookups ---------------------------------------------------------------------------
    def key_index(self, key: str) -> int | None:
        """Index of a folded key in :attr:`keys`, or None."""
        i = int(np.searchsorted(self.keys, key))
        return i if i < len(self.keys) and self.keys[i] == key else None

    def candidates(self, key_idx: int) -> list[Candidate]:
        """Places sharing the key at ``key_idx``: (place row, name kind, name is a common
        word, name row in :attr:`names_text`)."""
        lo, hi = self._key_start[key_idx], self._key_end[key_idx]
        return [
            (int(self._name_rows[i]), str(self._name_kind[i]), bool(self._name_common[i]), int(i))
            for i in range(lo, hi)
        ]

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
        r = self.places.iloc[row]
        gid = r["geonameid"]
        return Place(
            place_id=r["place_id"],
            name=r["name"],
            feature=r["feature"],
            country=r["country"],
            admin1=r["admin1"],
            admin1_name=r["admin1_name"],
            lat=float(r["lat"]),
            lon=float(r["lon"]),
            population=int(r["population"]),
            geonameid=None if pd.isna(gid) else int(gid),
            capital=bool(r["capital"]),
        )

    def get(self, place_id: str) -> Place:
        """The place with this id (``cc:IQ``, ``a1:IQ-BB``, ``gn:95446``, ``x:...``)."""
        row = self._row_of.get_indexer([place_id])[0]
        if row < 0:
            msg = f"no place with id {place_id!r} in the gazetteer"
            raise KeyError(msg)
        return self.place(int(row))

    def prior(self, row: int) -> float:
        """Context-free score of a place: feature type, population, capital status."""
        return float(self._prior[row])

    def _compute_prior(self) -> np.ndarray:
        feat = self.places["feature"].map(FEATURE_PRIOR).fillna(0.0).to_numpy(dtype=float)
        pop = self.places["population"].to_numpy(dtype=float)
        city = self.places["feature"].to_numpy() == "city"
        # cities rank by population; other features only break ties with it
        pop_score = np.where(city, np.log10(pop + 1.0), 0.1 * np.log10(pop + 1.0))
        capital = self.places["capital"].to_numpy(dtype=bool) * 3.0
        return feat + pop_score + capital

    # -- columns used in hot loops ---------------------------------------------------------
    @cached_property
    def columns(self) -> dict[str, np.ndarray]:
        """Place columns as numpy arrays, for fast access by row."""
        return {c: self.places[c].to_numpy() for c in self.places.columns}

    # -- matcher ---------------------------------------------------------------------------
    @cached_property
    def automaton(self) -> ahocorasick.Automaton:
        """Aho-Corasick automaton over " key " (space-delimited, so matches are whole words)."""
        auto = ahocorasick.Automaton()
        for i, key in enumerate(self.keys):
            auto.add_word(f" {key} ", i)
        auto.make_automaton()
        return auto

    def find(self, text: str) -> list[tuple[int, int, int]]:
        """All whole-word name occurrences in ``text`` as (start, end, key index).

        Overlapping occurrences are all returned; the caller chooses among them.
        """
        folded = f" {fold(text)} "
        out = []
        for end, idx in self.automaton.iter(folded):
            # the key is " k "; in the padded text it spans [end-len+1, end]
            length = len(self.keys[idx]) + 2
            start = end - length + 1  # index of the leading space in padded text == start in text
            out.append((start, start + length - 2, idx))
        return out

    # -- boundaries ------------------------------------------------------------------------
    @lru_cache(maxsize=4)  # noqa: B019 - one gazetteer per process
    def boundaries(self, layer: str) -> gpd.GeoDataFrame:
        """Polygons of ``admin0`` (countries), ``admin1`` (provinces) or ``regions``."""
        path = self.data_dir / "boundaries.gpkg"
        try:
            return gpd.read_file(path, layer=layer)
        except Exception as exc:
            msg = f"cannot read layer {layer!r} of {path}: {exc}"
            raise GazetteerDataError(msg) from exc

    def __len__(self) -> int:
        return len(self.places)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (fast haversine for scoring; geopy for reporting)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0088 * 2 * math.asin(min(1.0, math.sqrt(a)))


@lru_cache(maxsize=4)
def load(data_dir: str | Path | None = None) -> Gazetteer:
    """Load the gazetteer from ``data_dir`` (default: :data:`geo.settings.DATA_DIR`).

    The result is cached per folder; the matcher is built on first use.
    """
    folder = Path(data_dir) if data_dir is not None else settings.DATA_DIR
    try:
        places = pd.read_parquet(folder / "places.parquet")
        names = pd.read_parquet(folder / "names.parquet")
    except (FileNotFoundError, OSError) as exc:
        msg = (
            f"gazetteer data missing or unreadable in {folder} ({exc}); "
            "rebuild it with: python scripts/build_gazetteer.py"
        )
        raise GazetteerDataError(msg) from exc
    return Gazetteer(places, names, folder)
