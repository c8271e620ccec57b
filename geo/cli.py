"""The ``troopmap`` command line.

- ``troopmap places ARTICLE... [--format json|geojson]``: the places named in articles.
- ``troopmap extract ARTICLE... [--published YYYY-MM-DD] [-o OUT.geojson]``: deployments,
  strikes and attacks as one GeoJSON FeatureCollection (stdout by default).
- ``troopmap map INPUT... -o map.html``: a standalone HTML map from article files and/or
  GeoJSON written by ``troopmap extract``; ``troopmap map --db URL -o map.html`` maps a store.
- ``troopmap ingest PATH... [--db URL] [--workers N | --dask tcp://host:port]``: add articles
  to a corpus store (GeoPackage path or postgresql:// URL), one event per real-world event.

Exit status 2 when any file could not be read (the others are still processed).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from geo.articles import read_article
from geo.errors import InputError, TroopmapError
from geo.extraction import combine, extract, parse_published
from geo.frames import features_to_geojson
from geo.geoparse import geoparse

__all__ = ["main"]


def _read_all(paths: Sequence[str]) -> tuple[list[tuple[str, str]], int]:
    """(path, text) of each readable article; errors go to stderr and make the status 2."""
    out, status = [], 0
    for path in paths:
        try:
            out.append((path, read_article(path)))
        except InputError as exc:
            print(f"troopmap: {exc}", file=sys.stderr)
            status = 2
    return out, status


def _places(args: argparse.Namespace) -> int:
    docs, status = _read_all(args.articles)
    records = []
    for path, text in docs:
        for m in geoparse(text):
            rec = m.to_dict()
            if len(args.articles) > 1:
                rec["doc_id"] = str(path)
            records.append(rec)
    out = features_to_geojson(records) if args.format == "geojson" else records
    json.dump(out, sys.stdout, ensure_ascii=False, indent=None if args.compact else 2)
    sys.stdout.write("\n")
    return status


def _extract(args: argparse.Namespace) -> int:
    published = parse_published(args.published)
    docs, status = _read_all(args.articles)
    records = []
    for path, text in docs:
        records += extract(text, published=published, doc_id=Path(path).name).records()
    payload = json.dumps(features_to_geojson(records), ensure_ascii=False)
    if args.output:
        Path(args.output).write_text(payload + "\n", encoding="utf-8")
    else:
        sys.stdout.write(payload + "\n")
    return status


def _map(args: argparse.Namespace) -> int:
    from geo.gazetteer import load
    from geo.store import events, open_store
    from layers.export import read_events_geojson, save_map
    from layers.maps import build_map

    published = parse_published(args.published)
    status = 0
    parts = []
    if args.db:
        parts.append(events(open_store(args.db)))
    geojsons = [p for p in args.inputs if str(p).lower().endswith((".geojson", ".json"))]
    docs, status = _read_all([p for p in args.inputs if p not in geojsons])
    parts += [
        extract(text, published=published, doc_id=Path(path).name).frames() for path, text in docs
    ]
    for path in geojsons:
        try:
            parts.append(read_events_geojson(path))
        except InputError as exc:
            print(f"troopmap: {exc}", file=sys.stderr)
            status = 2
    if not parts:
        print("troopmap: nothing to map (give inputs or --db)", file=sys.stderr)
        return 2
    frames = combine(parts)
    fmap = build_map(
        frames["deployment"], frames["strike"], frames["attack"], load().boundaries("admin0")
    )
    out = save_map(fmap, args.output)
    n = sum(len(f) for f in frames.values())
    print(f"troopmap: wrote {out} ({n} records)", file=sys.stderr)
    return status


def _ingest(args: argparse.Namespace) -> int:
    from geo.ingest import ingest
    from geo.store import open_store

    store = open_store(args.db)

    def progress(done: int, total: int, res) -> None:
        if args.verbose or res.error:
            state = res.error or f"{len(res.records)} records"
            print(f"troopmap: [{done}/{total}] {res.path}: {state}", file=sys.stderr)

    report = ingest(
        args.paths,
        store,
        published=args.published,
        workers=args.workers,
        dask=args.dask,
        progress=progress,
    )
    print(
        f"troopmap: {store.url}: {report.added} articles added, {report.skipped} already stored, "
        f"{report.records} records ({report.new_events} new events, {report.merged} joined existing ones), "
        f"{len(report.errors)} errors",
        file=sys.stderr,
    )
    return 2 if report.errors else 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for tests and docs)."""
    parser = argparse.ArgumentParser(
        prog="troopmap", description="Map military presence and strikes from news text."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("places", help="list the places named in articles")
    p.add_argument("articles", nargs="+", help="article files (txt, md, html)")
    p.add_argument("--format", choices=["json", "geojson"], default="json")
    p.add_argument("--compact", action="store_true", help="one-line JSON")
    p.set_defaults(func=_places)
    e = sub.add_parser("extract", help="extract deployments, strikes and attacks as GeoJSON")
    e.add_argument("articles", nargs="+", help="article files (txt, md, html)")
    e.add_argument("--published", help="publication date YYYY-MM-DD (default: today)")
    e.add_argument("-o", "--output", help="write the GeoJSON here instead of stdout")
    e.set_defaults(func=_extract)
    m = sub.add_parser("map", help="write a standalone HTML map")
    m.add_argument("inputs", nargs="*", help="article files and/or GeoJSON from `troopmap extract`")
    m.add_argument("--db", help="also map the events of a store (.gpkg path or postgresql:// URL)")
    m.add_argument("-o", "--output", required=True, help="the HTML file to write")
    m.add_argument(
        "--published", help="publication date of the articles, YYYY-MM-DD (default: today)"
    )
    m.set_defaults(func=_map)
    g = sub.add_parser("ingest", help="add articles to a corpus store, de-duplicating events")
    g.add_argument("paths", nargs="+", help="article files or folders (txt, md, html)")
    g.add_argument(
        "--db",
        default=str(Path("data") / "troopmap.gpkg"),
        help="store: .gpkg path or postgresql:// URL",
    )
    g.add_argument("--published", help="date for files without a sidecar .json or front matter")
    g.add_argument("--workers", type=int, default=1, help="extraction processes (default 1)")
    g.add_argument("--dask", help="address of an existing Dask scheduler, tcp://host:port")
    g.add_argument(
        "--batch", type=int, default=10, help="articles per store transaction (default 10)"
    )
    g.add_argument("-v", "--verbose", action="store_true", help="report every file")
    g.set_defaults(func=_ingest)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (TroopmapError, ValueError) as exc:
        print(f"troopmap: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
