"""Map scale: HTML size, build time and browser draw time for 100 ... 50,000 strikes.

Strikes are generated (random points over the Middle East, realistic popups), built into the
standalone HTML map (``layers.maps.build_map`` + ``layers.export.map_html``), and opened in
headless Chromium (Debian's ``chromium`` via Playwright) to time until Leaflet has drawn every
marker. The "markers" column builds the same strikes as one ``folium.CircleMarker`` each, the
representation the GeoJson layer replaced, for comparison (skipped above 10,000).

The second table runs ``troopmap map strikes.geojson -o map.html`` and a plain folium script
(one GeoJson layer with popups and tooltips) on the same file, each as a fresh process.

Run: ``python bench/maps.py [--sizes 100 1000 10000 50000] [--no-browser] [--cli-sizes 10000]``
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import folium  # noqa: E402

from geo.gazetteer import load  # noqa: E402
from layers.export import map_html  # noqa: E402
from layers.maps import build_map  # noqa: E402
from layers.popups import event_popup  # noqa: E402
from tests.browser import FLAGS  # noqa: E402
from tests.generated import generated_strikes  # noqa: E402


def strikes(n: int, seed: int = 1):
    """N strikes scattered over Iraq, Syria and the Levant, on 120 days."""
    return generated_strikes(n, days=120, seed=seed)


def per_marker_map(frame) -> folium.Map:
    """The alternative: one CircleMarker with its own popup per strike."""
    fmap = folium.Map(location=(33, 42), zoom_start=5, tiles=None, prefer_canvas=True)
    for rec in frame.to_dict("records"):
        folium.CircleMarker(
            (rec["lat"], rec["lon"]), radius=5, popup=folium.Popup(event_popup(rec))
        ).add_to(fmap)
    return fmap


def draw_seconds(html_path: Path, n: int) -> float | None:
    """Seconds from navigation until the page shows N strike markers (canvas renderer), or
    until its cluster group holds all N (maps of CLUSTER_FROM strikes or more)."""
    chromium = shutil.which("chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not chromium:
        return None
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=FLAGS)
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        t0 = time.perf_counter()
        page.goto(html_path.as_uri(), timeout=300_000)
        page.wait_for_function(
            """(n) => { if (typeof L === 'undefined') return false;
                 for (const k of Object.keys(window)) { const m = window[k];
                 if (L.MarkerClusterGroup && m instanceof L.MarkerClusterGroup && m._map)
                   return m.getLayers().length >= n;  // clustered: every strike placed
                 if (m instanceof L.Map) { let c = 0;
                   m.eachLayer(l => { if (l instanceof L.CircleMarker) c++; }); if (c >= n) return true; } }
               return false; }""",
            arg=n,
            timeout=300_000,
        )
        dt_ = time.perf_counter() - t0
        browser.close()
    return dt_


_PLAIN_FOLIUM = """
import json, sys, folium
fc = json.load(open(sys.argv[1], encoding="utf-8"))
m = folium.Map(location=(33, 42), zoom_start=5)
folium.GeoJson(
    fc,
    marker=folium.CircleMarker(radius=5),
    popup=folium.GeoJsonPopup(fields=["place", "date", "source_text"]),
    tooltip=folium.GeoJsonTooltip(fields=["place"]),
).add_to(m)
m.save(sys.argv[2])
"""


def cli_against_plain_folium(sizes: list[int], runs: int = 3) -> None:
    """``troopmap map strikes.geojson`` against a plain folium GeoJson script on the same
    file, each a fresh process (imports included), median of ``runs``."""
    import json
    import statistics
    import subprocess

    from geo.geojson import features_to_geojson

    print()
    print(
        f"{'strikes':>8} {'troopmap map s':>14} {'plain folium s':>14} {'ratio':>6} {'HTML MB':>8}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            src = Path(tmp) / f"strikes{n}.geojson"
            recs = [
                {k: v for k, v in r.items() if k != "geometry"}
                for r in strikes(n).to_dict("records")
            ]
            src.write_text(json.dumps(features_to_geojson(recs)), encoding="utf-8")
            ours_html, plain_html = Path(tmp) / "ours.html", Path(tmp) / "plain.html"
            ours_cmd = [sys.executable, "-m", "geo.cli", "map", str(src), "-o", str(ours_html)]
            plain_cmd = [sys.executable, "-c", _PLAIN_FOLIUM, str(src), str(plain_html)]
            times: dict[str, list[float]] = {"ours": [], "plain": []}
            for _ in range(runs):
                for key, cmd in (("ours", ours_cmd), ("plain", plain_cmd)):
                    t0 = time.perf_counter()
                    subprocess.run(cmd, check=True, capture_output=True)
                    times[key].append(time.perf_counter() - t0)
            ours, plain = statistics.median(times["ours"]), statistics.median(times["plain"])
            size = ours_html.stat().st_size / 1e6
            print(f"{n:8d} {ours:14.2f} {plain:14.2f} {ours / plain:6.2f} {size:8.1f}")


def main() -> None:
    """Print the tables."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000, 50000])
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--cli-sizes", type=int, nargs="+", default=[10000, 100000])
    args = ap.parse_args()
    admin0 = load().boundaries("admin0")
    print(
        f"{'strikes':>8} {'build s':>8} {'HTML MB':>8} {'draw s':>8} {'markers build s':>16} {'markers MB':>11}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            frame = strikes(n)
            t0 = time.perf_counter()
            html = map_html(build_map({"strike": frame}, admin0))
            build = time.perf_counter() - t0
            path = Path(tmp) / f"map{n}.html"
            path.write_text(html, encoding="utf-8")
            draw = None if args.no_browser else draw_seconds(path, n)
            if n <= 10_000:
                t1 = time.perf_counter()
                alt = map_html(per_marker_map(frame))
                alt_build, alt_mb = (
                    f"{time.perf_counter() - t1:16.2f}",
                    f"{len(alt.encode()) / 1e6:11.1f}",
                )
            else:
                alt_build, alt_mb = f"{'-':>16}", f"{'-':>11}"
            draw_s = f"{draw:8.2f}" if draw is not None else f"{'-':>8}"
            print(
                f"{n:8d} {build:8.2f} {len(html.encode()) / 1e6:8.1f} {draw_s} {alt_build} {alt_mb}"
            )
    cli_against_plain_folium(args.cli_sizes)


if __name__ == "__main__":
    main()
