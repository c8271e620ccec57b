"""Corpus ingest throughput: articles/s for generated corpora, 1 vs 2 workers, store size.

Articles are generated from templates (strikes, deployments and attacks in varied places and
dates, so de-duplication has real work); each run ingests into a fresh GeoPackage.

The second table times de-duplication alone: matching one new record against 1,000 ...
100,000 distinct stored events (strikes, deployments and attacks over three years of Iraq and
Syria); with the index the cost stays flat.

Run: ``python bench/ingest.py [--sizes 1000 10000] [--workers 1 2] [--batch 50]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.ingest import ingest  # noqa: E402
from geo.store import open_store, stored_events  # noqa: E402

TOWNS = [
    "Jurf al-Nasr",
    "Al Qaim",
    "Erbil",
    "Kirkuk",
    "Mosul",
    "Tikrit",
    "Fallujah",
    "Deir ez-Zor",
    "Al Mayadin",
    "Qamishli",
]
ACTORS = ["US", "Israeli", "Turkish", "Russian"]
TEMPLATES = [
    "On November {d}, {a} warplanes struck militants in {t}, killing {n} fighters, officials said.",
    "{A} drones hit a convoy near {t} on November {d}, wounding {n} people.",
    "Around {k} American troops remain in Iraq and {m} in Syria, the Pentagon said.",
    "Since October, US troops in Iraq and Syria have been attacked around {n}0 times, causing over {n} injuries.",
]


def make_corpus(folder: Path, n: int, seed: int = 7) -> None:
    """N short articles of two or three event sentences each."""
    rnd = random.Random(seed)
    folder.mkdir(parents=True)
    for i in range(n):
        lines = []
        for tpl in rnd.sample(TEMPLATES, k=rnd.choice([2, 3])):
            a = rnd.choice(ACTORS)
            lines.append(
                tpl.format(
                    d=rnd.randint(1, 28),
                    a=a,
                    A=a,
                    t=rnd.choice(TOWNS),
                    n=rnd.randint(1, 9),
                    k=rnd.choice([2000, 2500]),
                    m=rnd.choice([900, 1000]),
                )
            )
        (folder / f"a{i:05d}.txt").write_text(" ".join(lines) + "\n", encoding="utf-8")


def dedupe_cost(sizes: list[int], probes: int = 2000, seed: int = 3) -> None:
    """Microseconds to match one new record against N distinct stored events (the index)."""
    from geo.dedupe import EventIndex

    rnd = random.Random(seed)

    def record(i: int) -> dict:
        kind = rnd.choice(["strike", "strike", "strike", "deployment", "attack"])
        lat, lon = rnd.uniform(29, 37), rnd.uniform(38, 48)  # Iraq and Syria
        day = 738000 + rnd.randint(0, 3 * 365)
        return {
            "event_id": f"e{i}",
            "kind": kind,
            "country": "IQ" if lon > 42 else "SY",
            "date": dt.date.fromordinal(day).isoformat(),
            "place_id": f"gn:{rnd.randint(0, 20000)}",
            "lat": lat,
            "lon": lon,
            "actor": rnd.choice(["US", "IL", "TR", "RU", None]),
            "target": rnd.choice(["US forces", "militants", None]),
        }

    print()
    print(f"{'stored events':>13} {'µs per match':>12}")
    for n in sizes:
        index, i, stored = EventIndex(), 0, 0
        while stored < n:  # as ingest does: a record that matches no event is a new event
            rec = record(i)
            i += 1
            if index.match(rec) is None:
                index.add(rec)
                stored += 1
        news = [record(i + k) for k in range(probes)]
        t0 = time.perf_counter()
        for rec in news:
            index.match(rec)
        print(f"{n:13d} {(time.perf_counter() - t0) / probes * 1e6:12.1f}")


def main() -> None:
    """Print the tables."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument(
        "--batch", type=int, default=50, help="articles per transaction (the CLI default)"
    )
    ap.add_argument("--dedupe-sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    args = ap.parse_args()
    print(
        f"{'articles':>8} {'workers':>7} {'seconds':>8} {'articles/s':>10} {'records':>8} {'events':>7} {'store MB':>8}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            corpus = Path(tmp) / f"corpus{n}"
            make_corpus(corpus, n)
            for w in args.workers:
                db = Path(tmp) / f"store{n}-{w}.gpkg"
                store = open_store(db)
                t0 = time.perf_counter()
                report = ingest(
                    [corpus], store, published="2023-12-02", workers=w, batch=args.batch
                )
                dt_ = time.perf_counter() - t0
                n_events = sum(len(v) for v in stored_events(store).values())
                print(
                    f"{n:8d} {w:7d} {dt_:8.1f} {n / dt_:10.1f} {report.records:8d} {n_events:7d} {db.stat().st_size / 1e6:8.1f}"
                )
    dedupe_cost(args.dedupe_sizes)


if __name__ == "__main__":
    main()
