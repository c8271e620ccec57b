"""troopmap's core: gazetteer, geoparsing and event extraction (text in, records out).

No Streamlit or folium here; see ``layers`` for maps and ``app.py`` for the dashboard.
"""

from importlib.metadata import PackageNotFoundError, version

from geo.extraction import Extraction, extract
from geo.geoparse import geoparse

try:
    __version__ = version("troopmap")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = ["Extraction", "__version__", "extract", "geoparse"]
