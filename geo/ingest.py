"""Ingesting article files into a corpus store.

Files are found (txt, md, html), dated as every command dates them
(:func:`geo.articles.dated_article`: sidecar, front matter, date line, the default), extracted in parallel (a process pool, or an
existing Dask cluster), matched to stored events (:mod:`geo.dedupe`) and appended to the
store one article per transaction. Documents already stored (same bytes) are skipped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from geo.articles import dated_article
from geo.dedupe import EventIndex, MatchRules, new_event_id
from geo.errors import InputError
from geo.extraction import extract_article
from geo.published import parse_published
from geo.records import StoredFields
from geo.store import MATCH_COLUMNS, Store, rows_frame

__all__ = ["FileResult", "IngestReport", "discover", "extract_file", "ingest"]

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")


@dataclass
class FileResult:
    """What one worker made of one file."""

    path: str
    doc_hash: str
    published: str | None = None
    records: list[dict] = field(default_factory=list)
    error: str | None = None


@dataclass
class IngestReport:
    """Totals of one ingest run."""

    added: int = 0
    skipped: int = 0
    records: int = 0
    new_events: int = 0
    merged: int = 0
    errors: list[str] = field(default_factory=list)


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Article files named, or found below named folders, in a stable order."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(
                f for f in p.rglob("*") if f.suffix.lower() in ARTICLE_SUFFIXES and f.is_file()
            )
        else:
            out.append(p)
    return list(dict.fromkeys(out))


def file_hash(path: Path) -> str:
    """SHA-256 of a file's bytes: the document key."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def extract_file(path: str, default_published: str | None = None) -> FileResult:
    """Read, date and extract one file (runs in worker processes; never raises)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        return FileResult(str(p), "", error=f"{p}: cannot read ({exc.strerror or exc})")
    digest = hashlib.sha256(data).hexdigest()
    try:
        article = dated_article(data, p, default_published)
        x = extract_article(article)
    except (InputError, ValueError) as exc:
        return FileResult(str(p), digest, error=str(exc))
    return FileResult(str(p), digest, article.published.isoformat(), x.records())


def _results(
    paths: list[str], default: str | None, workers: int, dask: str | None
) -> Iterator[FileResult]:
    if dask:
        from dask.distributed import Client, as_completed

        with Client(dask) as client:
            futures = client.map(extract_file, paths, default_published=default, pure=False)
            for fut in as_completed(futures):
                yield fut.result()
    elif workers > 1 and len(paths) > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            yield from pool.map(extract_file, paths, [default] * len(paths), chunksize=4)
    else:
        for p in paths:
            yield extract_file(p, default)


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    published: str | dt.date | None = None,
    workers: int = 1,
    dask: str | None = None,
    rules: MatchRules | None = None,
    progress: Callable[[int, int, FileResult], None] | None = None,
    batch: int = 50,
) -> IngestReport:
    """Extract the articles under ``paths`` and add them to ``store``.

    Parameters
    ----------
    paths : iterable of path
        Files or folders.
    store : Store
        From :func:`geo.store.open_store`.
    published : str or date, optional
        Publication date for files without a sidecar or front matter (default today).
    workers : int
        Extraction processes (1 = in this process).
    dask : str, optional
        Address of a Dask scheduler (``tcp://host:port``) to extract on instead.
    rules : MatchRules, optional
        Same-event thresholds (default :class:`MatchRules`).
    progress : callable, optional
        Called as ``progress(done, total, result)`` after each file.
    batch : int
        Articles per store transaction (default 50). A crash loses the articles of the open
        transaction, never part of one; running ingest again adds them.
    """
    with store.writer_lock():  # one ingest at a time reads, matches and appends
        return _ingest_locked(paths, store, published, workers, dask, rules, progress, batch)


def _ingest_locked(
    paths: Iterable[str | Path],
    store: Store,
    published: str | dt.date | None,
    workers: int,
    dask: str | None,
    rules: MatchRules | None,
    progress: Callable[[int, int, FileResult], None] | None,
    batch: int,
) -> IngestReport:
    report = IngestReport()
    rules = rules or MatchRules()
    files = discover(paths)
    known = store.document_hashes()
    todo = []
    for f in files:
        try:
            digest = file_hash(f)
        except OSError as exc:
            report.errors.append(f"{f}: cannot read ({exc.strerror or exc})")
            continue
        if digest in known:
            report.skipped += 1
        else:
            todo.append(str(f))
            known.add(digest)  # the same bytes twice in one run count once
    default = parse_published(published).isoformat() if published else None
    index = EventIndex(rules)
    for row in store.match_rows():
        index.add({k: row.get(k) for k in MATCH_COLUMNS})
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    pending: list[dict] = []
    pending_docs = 0

    def flush() -> None:
        nonlocal pending, pending_docs
        if pending_docs:
            store.append(rows_frame(pending))
        pending, pending_docs = [], 0

    for i, res in enumerate(_results(todo, default, workers, dask), start=1):
        if res.error:
            report.errors.append(res.error)
        else:
            for n, rec in enumerate(res.records):
                event_id = index.match(rec)
                if event_id is None:
                    event_id = new_event_id(rec, res.doc_hash, n)
                    report.new_events += 1
                else:
                    report.merged += 1
                stored = StoredFields(
                    event_id=event_id,
                    doc_hash=res.doc_hash,
                    doc_path=res.path,
                    published=res.published,
                    ingested_at=now,
                )
                row = {**rec, **asdict(stored)}
                pending.append(row)
                index.add({k: row.get(k) for k in MATCH_COLUMNS})
            pending_docs += 1
            report.added += 1
            report.records += len(res.records)
            if pending_docs >= batch:
                flush()
        if progress is not None:
            progress(i, len(todo), res)
    flush()
    return report
