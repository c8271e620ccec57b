"""Reading crafted input: seconds for 100 KB texts built to make patterns backtrack or parsers
rescan, and for 4 MB of ordinary prose (the targets: under 1 s and under 10 s).

Each crafted text repeats one shape (digit runs, number words, runs of dots or "!?", runs of
capitalised words, "N km north of" chains, comma lists, "<a<a<a" markup) to about 100 KB; the
table prints its size, the seconds ``geo.extract`` (or, for markup, ``decode_article``) takes,
and the seconds for a quarter of it, whose ratio shows growth: about 4 when reading is linear.

Run: ``python bench/hostile.py``
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.articles import decode_article  # noqa: E402
from geo.extraction import extract  # noqa: E402
from geo.gazetteer import load  # noqa: E402

SHAPES = {
    "digit runs": ("killing ", "1 "),
    "number words": ("killing ", "one two three "),
    "runs of dots": ("Strike.", "."),
    "runs of !?": ("Strike", "!?"),
    "capitalised runs": ("Strike hit ", "Abc "),
    "hyphenated capitals": ("Strike hit ", "Al-Abc-"),
    "km chains": ("struck ", "5 km north of "),
    "comma lists": ("Strikes hit Erbil", ", Erbil"),
    "killed and wounded": ("", "were killed and wounded "),
}
PUBLISHED = dt.date(2024, 1, 1)


def _seconds(fn, text: str) -> float:
    t0 = time.perf_counter()
    fn(text)
    return time.perf_counter() - t0


def main() -> None:
    """Print the table."""
    load().automaton  # noqa: B018 - the one-off matcher build is not what is measured
    read = lambda t: extract(t, PUBLISHED)  # noqa: E731
    markup = lambda t: decode_article(t.encode(), "crafted.html")  # noqa: E731
    rows = [(name, head, unit, read) for name, (head, unit) in SHAPES.items()]
    rows.append(("markup <a<a<a", "<html>", "<a", markup))
    print(f"{'crafted text':22} {'KB':>6} {'seconds':>8} {'growth x4':>10}")
    for name, head, unit, fn in rows:
        n = 100_000 // len(unit)
        full, quarter = head + unit * n, head + unit * (n // 4)
        whole, part = _seconds(fn, full), _seconds(fn, quarter)
        print(f"{name:22} {len(full) / 1000:6.0f} {whole:8.2f} {whole / max(part, 1e-3):10.1f}")
    sample = (ROOT / "data" / "sample_article.txt").read_text(encoding="utf-8") + "\n"
    prose = sample * (4_000_000 // len(sample))
    print(f"{'ordinary prose':22} {len(prose) / 1000:6.0f} {_seconds(read, prose):8.2f}")


if __name__ == "__main__":
    main()
