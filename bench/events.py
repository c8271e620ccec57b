"""Event extraction: accuracy on real news, on the project's own reports, and throughput.

1. Real news: ``../shared/eval/events-dev.jsonl`` (55 documents, 96 gold events). Every document
   goes through ``geo.extract`` (what ``troopmap extract --published`` writes) into one GeoJSON
   file per document in a temporary folder, and the shared scorer
   ``../shared/eval/score_events.py`` prints recall, precision, F1, dates, fatalities,
   deployments and false events in the control documents (``-v`` lists every miss).
2. ``bench/event_gold.jsonl``: short reports written by the project (not the tests' texts).
   A predicted strike matches a gold one when the country agrees, the gold place is named in
   the record's place or reference place, and the dates agree when the gold gives one.
3. Throughput: ``geo.extract`` over N articles (default 1,000) cycled from the real news in
   ``../shared/eval/`` and the seed article, on one core, in articles/s and KB/s.

Run: ``python bench/events.py [--articles 1000] [-v]``
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.events import extract_events  # noqa: E402
from geo.extraction import extract  # noqa: E402
from geo.gazetteer import load  # noqa: E402
from geo.geoparse import geoparse  # noqa: E402
from geo.published import parse_published  # noqa: E402


def score_real_news(eval_dir: Path, verbose: bool) -> str:
    """Extract every document of ``events-dev.jsonl`` and run the shared scorer on the output."""
    gold = eval_dir / "events-dev.jsonl"
    scorer = eval_dir / "score_events.py"
    if not gold.exists() or not scorer.exists():
        return f"no {gold.name} or {scorer.name} in {eval_dir}: real-news events not scored"
    with tempfile.TemporaryDirectory() as out:
        for line in gold.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            x = extract(doc["text"], published=doc["published"], doc_id=doc["id"])
            Path(out, f"{doc['id']}.geojson").write_text(json.dumps(x.to_geojson()))
        cmd = [sys.executable, str(scorer), str(gold), out] + (["-v"] if verbose else [])
        run = subprocess.run(cmd, capture_output=True, text=True, check=False)
    return run.stdout + run.stderr


def _matches(pred, gold: dict) -> bool:
    if pred.country != gold["country"]:
        return False
    names = " ".join(x for x in (pred.place, pred.ref_place) if x).lower()
    if gold["place"].lower().replace(" province", "") not in names:
        return False
    return "date" not in gold or pred.date == gold["date"]


def score_strikes(path: Path) -> dict:
    """Precision, recall, actor and casualty agreement on a gold file."""
    tp = fp = fn = 0
    actor_ok = actor_n = cas_ok = cas_n = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        pred = extract_events(doc["text"], parse_published(doc["published"]), doc["id"]).strikes
        unmatched = list(pred)
        for g in doc["strikes"]:
            hit = next((p for p in unmatched if _matches(p, g)), None)
            if hit is None:
                fn += 1
                print(f"  missed  {doc['id']}: {g}")
                continue
            unmatched.remove(hit)
            tp += 1
            if "actor" in g:
                actor_n += 1
                actor_ok += hit.actor == g["actor"]
            for k in ("fatalities", "injuries"):
                if k in g:
                    cas_n += 1
                    cas_ok += getattr(hit, k) == g[k]
        for p in unmatched:
            fp += 1
            print(f"  spurious {doc['id']}: {p.place} {p.country} {p.date} actor={p.actor}")
    return {
        "precision": tp / (tp + fp) if tp + fp else float("nan"),
        "recall": tp / (tp + fn) if tp + fn else float("nan"),
        "actor": actor_ok / actor_n if actor_n else float("nan"),
        "casualties": cas_ok / cas_n if cas_n else float("nan"),
        "gold": tp + fn,
        "predicted": tp + fp,
    }


def corpus(eval_dir: Path, n: int) -> list[str]:
    """N article texts cycled from the eval files and the seed article."""
    texts = []
    for path in sorted(eval_dir.glob("*-dev.jsonl")):
        with open(path, encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    seed = ROOT.parent / "shared" / "seed" / "article.txt"
    if seed.exists():
        texts.append(seed.read_text(encoding="utf-8"))
    if not texts:
        texts = [(ROOT / "data" / "sample_article.txt").read_text(encoding="utf-8")]
    return [texts[i % len(texts)] for i in range(n)]


def main() -> None:
    """Print the tables."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument(
        "-v", "--verbose", action="store_true", help="list every missed and false event"
    )
    args = ap.parse_args()

    print(f"real-news events ({args.eval_dir / 'events-dev.jsonl'}):")
    print(score_real_news(args.eval_dir, args.verbose))
    gold = ROOT / "bench" / "event_gold.jsonl"
    r = score_strikes(gold)
    print()
    print(f"{'strikes on bench/event_gold.jsonl (own)':36} {'value':>8}")
    for k in ("gold", "predicted"):
        print(f"{k:36} {r[k]:8d}")
    for k in ("precision", "recall", "actor", "casualties"):
        print(f"{k:36} {r[k]:8.3f}")

    load().automaton  # noqa: B018 - the one-off matcher build is not throughput
    texts = corpus(args.eval_dir, args.articles)
    size_kb = sum(len(t.encode()) for t in texts) / 1024
    t0 = time.perf_counter()
    done = [extract(text, published="2024-01-01", doc_id=str(i)) for i, text in enumerate(texts)]
    dt = time.perf_counter() - t0
    n_events = sum(len(x.events) for x in done)
    t1 = time.perf_counter()
    for x in done:
        x.frames()
    dt_frames = time.perf_counter() - t1
    t2 = time.perf_counter()
    for text in texts:
        geoparse(text)
    dt_geoparse = time.perf_counter() - t2
    print()
    print(f"{'throughput (one core)':36} {'value':>8}")
    print(f"{'articles':36} {len(texts):8d}")
    print(f"{'corpus size (KB)':36} {size_kb:8.0f}")
    print(f"{'events found':36} {n_events:8d}")
    print(f"{'seconds':36} {dt:8.2f}")
    print(f"{'geo.extract articles/s (records)':36} {len(texts) / dt:8.1f}")
    print(f"{'  with per-article GeoDataFrames':36} {len(texts) / (dt + dt_frames):8.1f}")
    print(f"{'geoparse alone, articles/s':36} {len(texts) / dt_geoparse:8.1f}")
    print(f"{'KB/s':36} {size_kb / dt:8.0f}")
    import resource

    print(
        f"{'peak memory (MB)':36} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:8.0f}"
    )


if __name__ == "__main__":
    main()
