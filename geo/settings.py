"""Project settings: plain values, one place.

``TROOPMAP_DATA`` in the environment points the package at another data folder.
"""

from __future__ import annotations

import os
from pathlib import Path

#: Folder holding places.parquet, names.parquet, boundaries.gpkg and aliases.csv.
DATA_DIR = Path(os.environ.get("TROOPMAP_DATA", Path(__file__).resolve().parents[1] / "data"))

#: CRS of every GeoDataFrame the package returns.
DEFAULT_CRS = "EPSG:4326"

#: Largest text geoparse() accepts, in characters (about 20 MB of English).
MAX_TEXT_CHARS = 20_000_000

#: Longest gazetteer name in words that the matcher tries.
MAX_NAME_WORDS = 8
