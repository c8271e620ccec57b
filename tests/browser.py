"""Shared helpers for the headless-Chromium tests (Debian's chromium driven by Playwright)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
import urllib.request
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
      let circles = 0, strikes = 0, areas = 0;
      m.eachLayer(l => {
        if (l instanceof L.CircleMarker) { circles++; if (l.feature) strikes++; }
        else if (l instanceof L.Polygon && l.feature && l.feature.properties.popup) areas++;
      });
      const labels = document.querySelectorAll('.troopmap-area-label').length;
      return {circles, strikes, areas, labels,
              control: !!document.querySelector('.leaflet-control-layers')};
    }
  }
  return null;
}"""


POPUP_BOXES = """() => {
  for (const k of Object.keys(window)) {
    const m = window[k];
    if (!(m instanceof L.Map)) continue;
    let strike = null;
    m.eachLayer(l => { if (l instanceof L.CircleMarker && l.feature) strike = l; });
    strike.fire('click', {latlng: strike.getLatLng()}, true);  // as a reader clicks it
    const box = e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
    return {
      popup: box(document.querySelector('.leaflet-popup')),
      control: box(document.querySelector('.leaflet-control-layers')),
      legend: getComputedStyle(document.getElementById('troopmap-legend')).visibility === 'hidden'
        ? null : box(document.getElementById('troopmap-legend')),
      view: [0, 0, window.innerWidth, window.innerHeight],
    };
  }
}"""


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def assert_popup_uncovered(boxes: dict) -> None:
    """The popup of :data:`POPUP_BOXES` lies inside the view and under neither the layer
    control nor the legend."""
    popup, view = boxes["popup"], boxes["view"]
    assert (
        view[0] <= popup[0] and view[1] <= popup[1] and popup[2] <= view[2] and popup[3] <= view[3]
    )
    assert not _overlap(popup, boxes["control"])
    assert boxes["legend"] is None or not _overlap(popup, boxes["legend"])


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


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def streamlit_server(app: Path, timeout: float = 60.0):
    """Run ``streamlit run app`` on a free loopback port; yields its URL once healthy."""
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(app),
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=app.parent,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    out = (
                        proc.stdout.read().decode(errors="replace")[-2000:]
                        if proc.poll() is not None
                        else ""
                    )
                    msg = f"streamlit did not start within {timeout:.0f} s {out}"
                    raise RuntimeError(msg) from None
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
