"""The ``troopmap`` command line.

- ``troopmap places ARTICLE... [--format json|geojson]``: the places named in articles.
- ``troopmap extract ARTICLE... [--published YYYY-MM-DD] [-o OUT.geojson]``: deployments,
  strikes and attacks as one GeoJSON FeatureCollection (stdout by default).
- ``troopmap map INPUT... -o map.html``: a standalone HTML map from article files and/or
  GeoJSON written by ``troopmap extract``; ``troopmap map --db URL -o map.html`` maps a store.
- ``troopmap ingest PATH... [--db URL] [--workers N | --dask tcp://host:port]``: add articles
  to a corpus store (GeoPackage path or postgresql:// URL), one event per real-world event.
- ``troopmap app [streamlit options]``: start the dashboard.

Every command dates each article file the same way (sidecar ``.json``, front matter, a date
line in the text, then ``--published``, then today; see :func:`geo.articles.dated_article`).
Errors are one line naming the file or store and the cause; the exit status is 2 when any
input could not be used (the others are still processed).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import geo
from geo import settings
from geo.articles import DatedArticle, read_dated_article
from geo.errors import InputError, TroopmapError
from geo.geojson import features_to_geojson
from geo.published import parse_published

__all__ = ["main"]


def _say(message: object) -> None:
    print(f"troopmap: {message}", file=sys.stderr)


def _read_all(paths: Sequence[str], published: str | None = None) -> tuple[list[DatedArticle], int]:
    """Each readable article, dated; errors go to stderr and make the status 2."""
    default = parse_published(published) if published else None
    out, status = [], 0
    for path in paths:
        try:
            out.append(read_dated_article(path, default))
        except InputError as exc:
            _say(exc)
            status = 2
    return out, status


def _places(args: argparse.Namespace) -> int:
    from geo.geoparse import geoparse

    docs, status = _read_all(args.articles)
    records = []
    for doc in docs:
        for m in geoparse(doc.text):
            rec = m.to_dict()
            if len(args.articles) > 1:
                rec["doc_id"] = doc.path
            records.append(rec)
    out = features_to_geojson(records) if args.format == "geojson" else records
    json.dump(out, sys.stdout, ensure_ascii=False, indent=None if args.compact else 2)
    sys.stdout.write("\n")
    return status


def _extract(args: argparse.Namespace) -> int:
    from geo.extraction import extract_article

    docs, status = _read_all(args.articles, args.published)
    records = []
    for doc in docs:
        x = extract_article(doc)
        records += x.records()
    payload = json.dumps(features_to_geojson(records), ensure_ascii=False)
    if args.output:
        Path(args.output).write_text(payload + "\n", encoding="utf-8")
    else:
        sys.stdout.write(payload + "\n")
    return status


def _map(args: argparse.Namespace) -> int:
    from geo.event_files import read_events_geojson
    from geo.extraction import combine, extract_article
    from geo.store import open_store, stored_events
    from layers.export import save_map
    from layers.maps import map_for

    parts = []
    if args.db:
        parts.append(stored_events(open_store(args.db, must_exist=True)))
    geojsons = [p for p in args.inputs if str(p).lower().endswith((".geojson", ".json"))]
    docs, status = _read_all([p for p in args.inputs if p not in geojsons], args.published)
    parts += [extract_article(d).frames() for d in docs]
    for path in geojsons:
        try:
            parts.append(read_events_geojson(path))
        except InputError as exc:
            _say(exc)
            status = 2
    if not parts:
        _say("nothing to map (give article or GeoJSON files, or --db)")
        return 2
    frames = combine(parts)
    out = save_map(map_for(frames), args.output)  # outlines and names without the gazetteer
    n = sum(len(f) for f in frames.values())
    _say(f"wrote {out} ({n} records)")
    return status


def _ingest(args: argparse.Namespace) -> int:
    from geo.ingest import ingest
    from geo.store import open_store

    if args.batch < 1 or args.workers < 1:
        _say("--batch and --workers take a whole number of 1 or more")
        return 2
    default = parse_published(args.published) if args.published else None
    store = open_store(args.db)

    told: set[str] = set()

    def progress(done: int, total: int, res) -> None:
        if res.error:  # as it happens: a long run shows its failures at once
            _say(res.error)
            told.add(res.error)
        elif args.verbose:
            _say(
                f"[{done}/{total}] {res.path}: {len(res.records)} records, published {res.published}"
            )

    report = ingest(
        args.paths,
        store,
        published=default,
        workers=args.workers,
        dask=args.dask,
        progress=progress,
        batch=args.batch,
    )
    for error in report.errors:
        if error not in told:  # files that could not even be read for their hash
            _say(error)
    _say(
        f"{store.name}: {report.added} articles added, {report.skipped} already stored, "
        f"{report.records} records ({report.new_events} new events, {report.merged} joined existing ones), "
        f"{len(report.errors)} errors"
    )
    return 2 if report.errors else 0


def _app(args: argparse.Namespace) -> int:
    """Start the dashboard with this Python's Streamlit; returns Streamlit's exit status."""
    if not settings.APP_SCRIPT.is_file():
        _say(f"{settings.APP_SCRIPT}: the dashboard script is missing from this installation")
        return 2
    cmd = [sys.executable, "-m", "streamlit", "run", str(settings.APP_SCRIPT)]
    if args.port:
        cmd += ["--server.port", str(args.port)]
    if args.headless:
        cmd += ["--server.headless", "true"]
    return subprocess.call([*cmd, *args.streamlit_args])


class _Version(argparse.Action):
    """``--version``, reading the installed version only when asked (it costs a start-up)."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        sys.stdout.write(f"troopmap {geo.__version__}\n")
        parser.exit()


_PUBLISHED_HELP = (
    "publication date YYYY-MM-DD for files that give none themselves (sidecar .json, "
    "front matter or a date line); default today"
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for tests and docs)."""
    parser = argparse.ArgumentParser(
        prog="troopmap", description="Map military presence and strikes from news text."
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="print the version and exit")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("places", help="list the places named in articles")
    p.add_argument("articles", nargs="+", help="article files (txt, md, html)")
    p.add_argument("--format", choices=["json", "geojson"], default="json")
    p.add_argument("--compact", action="store_true", help="one-line JSON")
    p.set_defaults(func=_places)
    e = sub.add_parser("extract", help="extract deployments, strikes and attacks as GeoJSON")
    e.add_argument("articles", nargs="+", help="article files (txt, md, html)")
    e.add_argument("--published", help=_PUBLISHED_HELP)
    e.add_argument("-o", "--output", help="write the GeoJSON here instead of stdout")
    e.set_defaults(func=_extract)
    m = sub.add_parser("map", help="write a standalone HTML map")
    m.add_argument("inputs", nargs="*", help="article files and/or GeoJSON from `troopmap extract`")
    m.add_argument("--db", help="also map the events of a store (.gpkg path or postgresql:// URL)")
    m.add_argument("-o", "--output", required=True, help="the HTML file to write")
    m.add_argument("--published", help=_PUBLISHED_HELP)
    m.set_defaults(func=_map)
    g = sub.add_parser("ingest", help="add articles to a corpus store, de-duplicating events")
    g.add_argument("paths", nargs="+", help="article files or folders (txt, md, html)")
    g.add_argument(
        "--db",
        default=str(Path("data") / "troopmap.gpkg"),
        help="store: .gpkg path or postgresql:// URL",
    )
    g.add_argument("--published", help=_PUBLISHED_HELP)
    g.add_argument("--workers", type=int, default=1, help="extraction processes (default 1)")
    g.add_argument("--dask", help="address of an existing Dask scheduler, tcp://host:port")
    g.add_argument(
        "--batch", type=int, default=50, help="articles per store transaction (default 50)"
    )
    g.add_argument("-v", "--verbose", action="store_true", help="report every file")
    g.set_defaults(func=_ingest)
    a = sub.add_parser(
        "app",
        help="start the dashboard (Streamlit) in the browser",
        epilog="Other options go to `streamlit run` as they are, e.g. --server.address 0.0.0.0.",
    )
    a.add_argument("--port", type=int, help="port to serve on (Streamlit's default 8501)")
    a.add_argument("--headless", action="store_true", help="do not open a browser")
    a.set_defaults(func=_app)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra and args.command != "app":
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    args.streamlit_args = extra
    try:
        return args.func(args)
    except (TroopmapError, ValueError) as exc:
        _say(exc)
        return 2
    except BrokenPipeError:  # the reader went away (`troopmap places x.txt | head`)
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
