"""Corpus ingest throughput: articles/s for generated corpora, 1 vs 2 workers, store size.

Articles are generated from templates (strikes, deployments and attacks in varied places and
dates, so de-duplication has real work); each run ingests into a fresh GeoPackage.

Run: ``python bench/ingest.py [--sizes 1000 10000] [--workers 1 2]``
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.ingest import ingest  # noqa: E402
from geo.store import events, open_store  # noqa: E402

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


def main() -> None:
    """Print the table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument(
        "--batch", type=int, default=10, help="articles per transaction (the CLI default)"
    )
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
                n_events = sum(len(v) for v in events(store).values())
                print(
                    f"{n:8d} {w:7d} {dt_:8.1f} {n / dt_:10.1f} {report.records:8d} {n_events:7d} {db.stat().st_size / 1e6:8.1f}"
                )


if __name__ == "__main__":
    main()
