"""The built name matcher, kept between runs in the user's cache folder.

Building the Aho-Corasick automaton over 330,000 name keys takes about 0.4 s; reading it back
takes a quarter of that. The file is named after the hash of ``names.parquet`` and the versions
of Python and pyahocorasick, so new data or a new library builds a new one. It lives in
``$TROOPMAP_CACHE``, else ``$XDG_CACHE_HOME/troopmap``, else ``~/.cache/troopmap``
(``TROOPMAP_CACHE=off`` turns it off). Any failure to read or write it falls back to building
in memory: the cache only saves time, it never changes a result.

The file is a pickle written by this module (mode 0600, folder 0700); it is read only when this
user owns it and neither it nor its folder is writable by anyone else.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import stat
import sys
import tempfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

import ahocorasick

__all__ = ["cache_dir", "load_or_build", "path_for"]


def cache_dir() -> Path | None:
    """The folder the matcher is kept in, or None when the cache is off."""
    chosen = os.environ.get("TROOPMAP_CACHE")
    if chosen:
        return None if chosen.lower() in {"off", "0", "no", "false"} else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "troopmap"


def path_for(names_file: Path) -> Path | None:
    """Where the matcher built from ``names_file`` is kept (None: no cache, or no such file)."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        digest = hashlib.sha256(names_file.read_bytes())
    except OSError:
        return None
    try:
        version = metadata.version("pyahocorasick")
    except metadata.PackageNotFoundError:
        version = "unknown"
    digest.update(f"{sys.version_info[:3]}|{version}|{ahocorasick.unicode}".encode())
    return folder / f"matcher-{digest.hexdigest()[:24]}.pickle"


def load_or_build(
    path: Path | None, build: Callable[[], ahocorasick.Automaton]
) -> ahocorasick.Automaton:
    """The matcher kept at ``path``, else ``build()`` (and keep it there for the next run)."""
    if path is not None and _ours(path):
        try:
            with path.open("rb") as fh:
                auto = pickle.load(fh)
            if isinstance(auto, ahocorasick.Automaton):
                return auto
        except Exception:  # a truncated or foreign file: build instead, and replace it
            pass
    auto = build()
    if path is not None:
        _keep(path, auto)
    return auto


def _ours(path: Path) -> bool:
    """Whether ``path`` is a file this user wrote that nobody else could have changed."""
    try:
        info, folder = path.stat(), path.parent.stat()
    except OSError:
        return False
    uid = os.getuid() if hasattr(os, "getuid") else info.st_uid
    others_may_write = (info.st_mode | folder.st_mode) & (stat.S_IWGRP | stat.S_IWOTH)
    return stat.S_ISREG(info.st_mode) and info.st_uid == uid and not others_may_write


def _keep(path: Path, auto: ahocorasick.Automaton) -> None:
    """Write atomically (a half-written file is never read); a read-only home is no error."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".matcher-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(auto, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        _prune(path)
    except OSError:
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(tmp)


#: Matchers kept in the cache folder (each gazetteer build or library version makes a new one,
#: of tens of MB): the newest are kept, older ones removed.
KEEP = 3


def _prune(newest: Path) -> None:
    """Remove all but the :data:`KEEP` most recent matcher files of ``newest``'s folder."""
    files = sorted(
        (p for p in newest.parent.glob("matcher-*.pickle") if _ours(p)),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in files[KEEP:]:
        if old != newest:
            with contextlib.suppress(OSError):
                old.unlink()
