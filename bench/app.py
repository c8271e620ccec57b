"""Dashboard start-up: seconds from opening the page until the sample map has drawn.

Starts ``streamlit run app.py`` on a free loopback port, opens it in headless Chromium
(Debian's ``chromium`` via Playwright) and times, for a fresh server (cold: gazetteer and
matcher load) and a second visit (warm: cached), until the strike marker is on the map. The
same is timed for a bare streamlit-folium page with one circle marker (the peer), and the
table prints the ratios (issue target: at most 1.3).

Run: ``python bench/app.py``
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser import CHROMIUM, FLAGS, MAP_STATE, streamlit_server  # noqa: E402


def time_to_map(url: str) -> float:
    """Seconds from navigation until the first Leaflet map in the page shows a strike."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        t0 = time.perf_counter()
        page.goto(url)
        while time.perf_counter() - t0 < 120:
            for frame in page.frames:
                try:
                    state = frame.evaluate(MAP_STATE)
                except Exception:
                    continue
                if state and state["strikes"] >= 1:
                    elapsed = time.perf_counter() - t0
                    browser.close()
                    return elapsed
            page.wait_for_timeout(50)
        browser.close()
    raise SystemExit("the map did not appear within 120 s")


_BARE_PAGE = """
import sys
sys.path.insert(0, __ROOT__)
import folium
import streamlit as st
from streamlit_folium import st_folium
from layers.offline import embed_assets_as_data_urls  # no network here, as for the app

fmap = folium.Map(location=(32.9, 44.2), zoom_start=6, tiles=None)
folium.GeoJson(
    {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"n": 1},
      "geometry": {"type": "Point", "coordinates": [44.21, 32.87]}}]},
    marker=folium.CircleMarker(radius=8),
).add_to(fmap)
st_folium(embed_assets_as_data_urls(fmap), height=560, returned_objects=[])
"""


def _visits(script: Path) -> tuple[float, float]:
    with streamlit_server(script) as url:
        return time_to_map(url), time_to_map(url)


def main() -> None:
    """Print the table."""
    t_start = time.perf_counter()
    with streamlit_server(ROOT / "app.py") as url:
        server_up = time.perf_counter() - t_start
        cold = time_to_map(url)
        warm = time_to_map(url)
    with tempfile.TemporaryDirectory() as tmp:
        bare = Path(tmp) / "bare.py"
        bare.write_text(_BARE_PAGE.replace("__ROOT__", repr(str(ROOT))), encoding="utf-8")
        bare_cold, bare_warm = _visits(bare)
    print(f"{'measure':44} {'seconds':>8} {'ratio':>6}")
    print(f"{'server start (process to health check)':44} {server_up:8.2f}")
    print(f"{'page open to sample map, first visit':44} {cold:8.2f} {cold / bare_cold:6.2f}")
    print(f"{'page open to sample map, second visit':44} {warm:8.2f} {warm / bare_warm:6.2f}")
    print(f"{'bare streamlit-folium page, first visit':44} {bare_cold:8.2f}")
    print(f"{'bare streamlit-folium page, second visit':44} {bare_warm:8.2f}")


if __name__ == "__main__":
    main()
