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
