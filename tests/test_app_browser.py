"""The dashboard in a real browser: `streamlit run app.py` on a loopback port, headless Chromium:
the sample map draws, and a strike's popup opens whole, covered by nothing."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.browser import (
    ARTIFACTS,
    CHROMIUM,
    FLAGS,
    MAP_STATE,
    POPUP_BOXES,
    assert_popup_uncovered,
    streamlit_server,
    sync_playwright_or_skip,
)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def server():
    sync_playwright_or_skip()
    with streamlit_server(ROOT / "app.py") as url:
        yield url


def test_sample_map_in_browser(server):
    sync_playwright = sync_playwright_or_skip()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(server)
        state = None
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and not (state and state["strikes"] >= 1):
            for frame in page.frames:
                try:
                    state = frame.evaluate(MAP_STATE) or state
                except Exception:  # frame still loading
                    continue
            page.wait_for_timeout(250)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "app.png"), full_page=False)
        boxes = None
        for frame in page.frames:  # click the strike where the map is, as a reader does
            try:
                if frame.evaluate(MAP_STATE):
                    frame.evaluate(POPUP_BOXES)
                    page.wait_for_timeout(600)  # Leaflet pans the map to show the popup
                    boxes = frame.evaluate(POPUP_BOXES)
                    break
            except Exception:  # a frame without a map
                continue
        page.screenshot(path=str(ARTIFACTS / "app-popup.png"), full_page=False)
        browser.close()
    assert state is not None, "no Leaflet map appeared"
    assert state["strikes"] == 1  # the Jurf al-Nasr strike, a point
    # troops and attacks the text places only in Iraq and in Syria: two areas with labels
    assert state["areas"] == 2 and state["labels"] == 2
    assert state["control"]
    assert boxes is not None, "no strike to click"
    assert_popup_uncovered(boxes)  # inside the map frame, under no control or legend
