"""Error classes raised by the package."""

from __future__ import annotations


class TroopmapError(Exception):
    """Base class of the package's errors."""


class GazetteerDataError(TroopmapError):
    """The gazetteer files in the data folder are missing or unreadable."""


class InputError(TroopmapError):
    """An input file or text cannot be used (empty, binary, too large, malformed)."""


class StoreError(TroopmapError):
    """A corpus store cannot be opened: a missing file, an unreachable or refusing database."""
