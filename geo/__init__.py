"""troopmap's core: gazetteer, geoparsing and event extraction (text in, records out).

No Streamlit or folium here; see ``layers`` for maps and ``app.py`` for the dashboard.
"""

from geo.extraction import Extraction, extract
from geo.geoparse import geoparse

__all__ = ["Extraction", "extract", "geoparse"]
