"""The dashboard in a real browser: `streamlit run app.py` on a loopback port, headless Chromium."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.browser import ARTIFACTS, CHROMIUM, FLAGS, MAP_STATE, sync_playwright_or_skip

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    sync_playwright_or_skip()
    port = _free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(ROOT / "app.py"),
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail(
            f"streamlit did not start: {proc.stdout.read().decode(errors='replace')[-2000:]}"
        )
    yield url
    proc.terminate()
    proc.wait(timeout=20)


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
        browser.close()
    assert state is not None, "no Leaflet map appeared"
    assert state["strikes"] == 1  # the Jurf al-Nasr strike
    assert state["circles"] >= 5  # + deployments and attack rings
    assert state["control"]
