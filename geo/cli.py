"""The ``troopmap`` command line.

``troopmap places ARTICLE... [--format json|geojson]`` prints the places named in articles.
Exit status 2 when any file could not be read (the others are still processed).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from geo.articles import read_article
from geo.errors import InputError, TroopmapError
from geo.frames import features_to_geojson
from geo.geoparse import geoparse

__all__ = ["main"]


def _places(args: argparse.Namespace) -> int:
    status = 0
    records = []
    for path in args.articles:
        try:
            text = read_article(path)
        except InputError as exc:
            print(f"troopmap: {exc}", file=sys.stderr)
            status = 2
            continue
        for m in geoparse(text):
            rec = m.to_dict()
            if len(args.articles) > 1:
                rec["doc_id"] = str(path)
            records.append(rec)
    out = features_to_geojson(records) if args.format == "geojson" else records
    json.dump(out, sys.stdout, ensure_ascii=False, indent=None if args.compact else 2)
    sys.stdout.write("\n")
    return status


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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except TroopmapError as exc:
        print(f"troopmap: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
