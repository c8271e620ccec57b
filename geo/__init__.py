"""troopmap's core: gazetteer, geoparsing and event extraction (text in, records out).

No Streamlit or folium here; see ``layers`` for maps and ``app.py`` for the dashboard.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from geo.extraction import Extraction, extract
    from geo.geoparse import geoparse

__all__ = ["Extraction", "__version__", "extract", "geoparse"]

#: Public names and the modules that hold them, imported on first use (PEP 562): listing
#: places never pays for importing geopandas.
_LAZY = {"Extraction": "geo.extraction", "extract": "geo.extraction", "geoparse": "geo.geoparse"}


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("troopmap")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "0+unknown"


def __getattr__(name: str) -> Any:
    if name == "__version__":
        globals()[name] = value = _version()
        return value
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    msg = f"module 'geo' has no attribute {name!r}"
    raise AttributeError(msg)
