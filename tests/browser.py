"""Shared helpers for the headless-Chromium tests (Debian's chromium driven by Playwright)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

#: JS: (number of circle markers, has a layer control) of the first Leaflet map in a frame.
MAP_STATE = """() => {
  if (typeof L === 'undefined') return null;
  for (const k of Object.keys(window)) {
    const m = window[k];
    if (m instanceof L.Map) {
      let circles = 0, strikes = 0;
      m.eachLayer(l => { if (l instanceof L.CircleMarker) { circles++; if (l.feature) strikes++; } });
      return {circles, strikes, control: !!document.querySelector('.leaflet-control-layers')};
    }
  }
  return null;
}"""


def sync_playwright_or_skip():
    """Playwright's sync API, or skip (fail under CI=true) when it or Chromium is missing."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    if sync_playwright is None or not Path(CHROMIUM).exists():
        reason = (
            "headless Chromium tests need `apt-get install chromium` and `pip install playwright`"
        )
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return sync_playwright
