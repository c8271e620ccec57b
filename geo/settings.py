"""Project settings: plain values, one place.

``TROOPMAP_DATA`` in the environment points the package at another data folder.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path


def _data_dir() -> Path:
    """``TROOPMAP_DATA``, else the package data of an installed wheel, else ``data/`` beside."""
    if os.environ.get("TROOPMAP_DATA"):
        return Path(os.environ["TROOPMAP_DATA"])
    packaged = resources.files("geo").joinpath("data")
    if packaged.joinpath("places.parquet").is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[1] / "data"


#: Folder holding places.parquet, names.parquet, boundaries.gpkg, aliases.csv and lexicon/.
DATA_DIR = _data_dir()

#: The dashboard script (``streamlit run`` takes a file): beside ``geo`` in the source tree
#: and in site-packages alike.
APP_SCRIPT = Path(__file__).resolve().parents[1] / "app.py"

#: CRS of every GeoDataFrame the package returns.
DEFAULT_CRS = "EPSG:4326"

#: Largest text geoparse() accepts, in characters (about 20 MB of English).
MAX_TEXT_CHARS = 20_000_000

#: Longest gazetteer name in words that the matcher tries.
MAX_NAME_WORDS = 8


def dashboard_stores() -> dict[str, str]:
    """The corpus stores the dashboard may open, by the name visitors pick: set by whoever runs
    it in ``TROOPMAP_STORES`` as ``name=URL`` pairs separated by ``;`` (GeoPackage paths or
    postgresql:// URLs); by default only ``data/troopmap.gpkg`` under the working folder.
    Visitors never type a path or URL (see SECURITY.md)."""
    raw = os.environ.get("TROOPMAP_STORES", "").strip()
    if not raw:
        return {"local": str(Path("data") / "troopmap.gpkg")}
    stores = {}
    for part in raw.split(";"):
        name, sep, url = part.partition("=")
        if sep and name.strip() and url.strip():
            stores[name.strip()] = url.strip()
    return stores


#: Seconds a database may take to accept a connection before the store reports it unreachable.
CONNECT_TIMEOUT_S = 10

#: Largest article the dashboard reads, in characters (about 100 pages): one visitor's paste
#: or upload holds the server a few seconds at most; longer texts go through ``troopmap``.
DASHBOARD_MAX_CHARS = 500_000
