"""Cold start: ``troopmap places`` on a one-line article against ``python -c "import geopandas"``.

Each command runs as a fresh process, interleaved, N times; the table prints the median wall
time, the ratio troopmap / geopandas (the target is at most 1.3) and the peak resident memory.
The first ``troopmap`` run of a new gazetteer builds the matcher and keeps it in the user cache
(``geo.matcher_cache``); that run is shown on its own line, as ``first run (cache empty)``.

Run: ``python bench/startup.py [--runs 7]``
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
    elapsed = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before) / 1024


def main() -> None:
    """Print the table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp())
    article = work / "short.txt"
    article.write_text("Russian missiles struck Kharkiv on Monday.\n", encoding="utf-8")
    env = dict(os.environ, TROOPMAP_CACHE=str(work / "cache"))
    places = [sys.executable, "-m", "geo.cli", "places", str(article)]
    geopandas = [sys.executable, "-c", "import geopandas"]
    first, first_mb = _run(places, env)
    times: dict[str, list[float]] = {"places": [], "geopandas": []}
    for _ in range(args.runs):
        times["places"].append(_run(places, env)[0])
        times["geopandas"].append(_run(geopandas, env)[0])
    ours, peer = statistics.median(times["places"]), statistics.median(times["geopandas"])
    print(f"{'cold start (median of ' + str(args.runs) + ')':44} {'seconds':>8} {'ratio':>6}")
    print(f"{'python -c import geopandas':44} {peer:8.3f} {1:6.2f}")
    print(f"{'troopmap places short.txt':44} {ours:8.3f} {ours / peer:6.2f}")
    print(f"{'troopmap places, first run (cache empty)':44} {first:8.3f} {first / peer:6.2f}")
    print(f"{'peak memory of the first run (MB)':44} {first_mb:8.0f}")


if __name__ == "__main__":
    main()
