"""The exported map in a real browser (headless Chromium): untrusted text never runs.

Needs Debian's ``chromium`` and the ``playwright`` Python package. Skips with a reason
locally when either is missing; under CI=true it must run.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path

import geo
from geo.event_files import read_events_geojson
from geo.gazetteer import load
from layers.export import save_map
from layers.maps import build_map, map_for
from tests.browser import (
    ARTIFACTS,
    CHROMIUM,
    FLAGS,
    POPUP_BOXES,
    assert_popup_uncovered,
    sync_playwright_or_skip,
)
from tests.generated import generated_strikes
from tests.hostile import CANARY, HTML_PAYLOADS, TEMPLATE_PAYLOADS

PAYLOADS = HTML_PAYLOADS
PAYLOAD_ARTICLE = (
    f"On November 22, US warplanes struck {PAYLOADS[0]} {PAYLOADS[2]} fighters in Jurf al-Nasr, "
    f"around 60 kilometers southwest of Baghdad, killing eight {PAYLOADS[1]}\n\n"
    f"Around 2,500 American troops in Iraq and 900 in Syria remain {PAYLOADS[3]}. {PAYLOADS[4]}\n\n"
    "Since October, US troops in Iraq and Syria have been attacked around 70 times, causing over 60 injuries."
)


_OPEN_ALL = """() => {
  const texts = [];
  for (const k of Object.keys(window)) {
    const m = window[k];
    if (!(m instanceof L.Map)) continue;
    m.eachLayer(l => {
      if (l.getTooltip && l.getTooltip()) { l.openTooltip(); const e = l.getTooltip().getElement(); if (e) texts.push(e.innerText); }
      if (l.getPopup && l.getPopup()) { l.openPopup(); const e = l.getPopup().getElement(); if (e) texts.push(e.innerText); }
    });
  }
  return texts;
}"""


def _open_everything(
    path: Path, screenshot: Path | None = None
) -> tuple[list[str], object, list[str]]:
    sync_playwright = sync_playwright_or_skip()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(path.as_uri())
        page.wait_for_function(
            "typeof L !== 'undefined' && document.querySelector('.leaflet-container')"
        )
        if screenshot is not None:
            page.wait_for_timeout(1500)  # let fit-to-bounds finish its zoom animation
            page.screenshot(path=str(screenshot))
        texts = page.evaluate(_OPEN_ALL)
        page.wait_for_timeout(500)  # let failed image loads fire their onerror
        xss = page.evaluate("window.__xss")
        browser.close()
    return texts, xss, dialogs


def _export(frames, path: Path) -> Path:
    """The map the CLI writes (areas, shading, offline names) of ``frames``, saved to ``path``."""
    return save_map(map_for(frames, load()), path)


def test_article_payloads_never_run(tmp_path):
    x = geo.extract(PAYLOAD_ARTICLE, published="2023-12-02", doc_id="evil<b>.txt")
    assert len(x.strikes) == 1 and len(x.deployments) == 2 and len(x.attacks) == 2
    texts, xss, dialogs = _open_everything(_export(x.frames(), tmp_path / "evil.html"))
    assert xss is None and dialogs == []
    shown = "\n".join(texts)
    assert PAYLOADS[0] in shown  # visible as text, not swallowed
    assert PAYLOADS[2] in shown and PAYLOADS[3] in shown and "evil<b>.txt" in shown


def test_geojson_payloads_never_run(tmp_path):
    evil = PAYLOADS[0]
    fc = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [44.2, 32.9]},
                "properties": {
                    "kind": "strike",
                    "place": evil,
                    "actor": PAYLOADS[4],
                    "target": PAYLOADS[1],
                    "doc_id": PAYLOADS[3],
                    "source_text": PAYLOADS[2],
                    "date": "2023-11-22",
                    "fatalities": 3,
                    "source_start": 0,
                    "source_end": 1,
                    "confidence": 0.5,
                    "ref_place": evil,
                    "ref_place_lat": 33.3,
                    "ref_place_lon": 44.4,
                    "ref_distance_km": 60,
                    "ref_bearing": evil,
                },
            },
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [43.3, 33.1]},
                "properties": {
                    "kind": "deployment",
                    "actor": evil,
                    "place": evil,
                    "count": 10,
                    "doc_id": "x",
                    "source_text": evil,
                    "source_start": 0,
                    "source_end": 1,
                    "confidence": 1,
                },
            },
        ],
    }
    src = tmp_path / "evil.geojson"
    src.write_text(json.dumps(fc))
    frames = read_events_geojson(src)
    out = _export(frames, tmp_path / "evil.html")
    texts, xss, dialogs = _open_everything(out)
    assert xss is None and dialogs == []
    assert evil in "\n".join(texts)


def test_sample_map_screenshot(sample_text):
    """Every popup of the sample's map opens, quotes its sentence, and names its place."""
    x = geo.extract(sample_text, published="2023-12-02", doc_id="sample")
    ARTIFACTS.mkdir(exist_ok=True)
    html = _export(x.frames(), ARTIFACTS / "sample_map.html")
    shot = ARTIFACTS / "sample_map.png"
    texts, xss, _ = _open_everything(html, screenshot=shot)
    assert shot.stat().st_size > 10_000
    joined = "\n".join(texts)
    assert "US warplanes bombed pro-Iran fighters in Jurf al-Nasr" in joined
    assert "Jurf al-Nasr" in joined and "Babil" in joined
    assert "~2,500 US troops in Iraq" in joined
    assert xss is None


def test_template_payloads_show_literally(tmp_path, monkeypatch):
    """Jinja syntax in an article is shown as typed in every popup and tooltip, and never runs."""
    monkeypatch.chdir(tmp_path)
    t = " ".join(TEMPLATE_PAYLOADS)
    article = (
        f"On November 22, US warplanes struck {t} fighters in Jurf al-Nasr, killing eight. "
        f"Around 2,500 American troops in Iraq remain {t}. "
        f"Since October, US troops in Iraq have been attacked around 70 times {t}, causing over 60 injuries."
    )
    x = geo.extract(article, published="2023-12-02", doc_id=f"doc {TEMPLATE_PAYLOADS[0]}")
    assert len(x.strikes) == 1 and len(x.deployments) == 1 and len(x.attacks) == 1
    texts, xss, dialogs = _open_everything(_export(x.frames(), tmp_path / "jinja.html"))
    shown = "\n".join(texts)
    assert xss is None and dialogs == [] and not (tmp_path / CANARY).exists()
    assert "X42Y" not in shown
    for p in TEMPLATE_PAYLOADS:
        assert p in shown


@contextmanager
def _map_page(path: Path, ready: str, settle_ms: int):
    """A Chromium page showing the map at ``path`` once ``ready`` (a CSS selector) is there."""
    sync_playwright = sync_playwright_or_skip()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        page.goto(path.as_uri())
        page.wait_for_function(f"typeof L !== 'undefined' && document.querySelector('{ready}')")
        page.wait_for_timeout(settle_ms)
        try:
            yield page
        finally:
            browser.close()


_VISIBLE_STRIKES = """() => { for (const k of Object.keys(window)) { const m = window[k];
  if (m instanceof L.Map) { let c = 0;
    m.eachLayer(l => { if (l instanceof L.CircleMarker && l.feature) c++; }); return c; } } }"""
_SLIDER = (
    "() => Object.keys(window).find(k => window[k] && window[k].timelines && window[k].setTime)"
)


def _at_slider(page, end: str, probe: str):
    """Move the date slider to its ``start`` or ``end`` and return ``probe`` evaluated then."""
    slider = page.evaluate(_SLIDER)
    page.evaluate(f"() => window['{slider}'].setTime(window['{slider}'].{end})")
    page.wait_for_timeout(500)
    return page.evaluate(probe)


def test_time_slider_moves_strikes_in_and_out(tmp_path):
    """The map opens with every strike; the slider at the first day shows only that day's,
    and every popup of the timeline layer still shows article text literally."""
    article = (
        f"On March 2, Russian missiles struck Kharkiv, killing three {PAYLOADS[0]}. "
        f"On March 5, drones hit Odesa port, wounding two {PAYLOADS[2]}. "
        "On March 9, shelling hit Kherson, killing one."
    )
    x = geo.extract(article, published="2024-03-10", doc_id="days")
    assert len(x.strikes) == 3
    out = _export(x.frames(), tmp_path / "days.html")
    with _map_page(out, ".leaflet-timeline-control", settle_ms=500) as page:
        at_end = page.evaluate(_VISIBLE_STRIKES)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "timeline.png"))
        at_start = _at_slider(page, "start", _VISIBLE_STRIKES)
        _at_slider(page, "end", "() => null")
        texts = page.evaluate(_OPEN_ALL)
        xss = page.evaluate("window.__xss")
    assert (at_end, at_start) == (3, 1)
    assert xss is None and PAYLOADS[0] in "\n".join(texts)


def test_a_popup_opens_whole_and_uncovered(sample_text, tmp_path):
    """The strike's popup lies inside the window and under neither the layer control (it
    starts collapsed) nor the legend."""
    x = geo.extract(sample_text, published="2023-12-02", doc_id="sample")
    out = _export(x.frames(), tmp_path / "popup.html")
    with _map_page(out, ".leaflet-container", settle_ms=1500) as page:  # fit-to-view animation
        boxes = page.evaluate(POPUP_BOXES)
        page.wait_for_timeout(500)  # Leaflet pans the map to show the popup
        boxes = page.evaluate(POPUP_BOXES)
    assert_popup_uncovered(boxes)


_CLUSTERED = """() => { if (!L.MarkerClusterGroup) return null;
  for (const k of Object.keys(window)) { const g = window[k];
  if (g instanceof L.MarkerClusterGroup) return {
    held: g.getLayers().length,
    icons: document.querySelectorAll('.marker-cluster').length,
    alone: Object.values(g._featureGroup._layers).filter(l => l instanceof L.CircleMarker).length
  }; } return null; }"""


def test_many_strikes_are_clustered_offline_and_follow_the_slider(tmp_path):
    strikes = generated_strikes(400, days=4, lat=(32, 35), lon=(40, 44))  # 100 a day
    out = save_map(build_map({"strike": strikes}), tmp_path / "many.html")
    assert "https://" not in "".join(
        line for line in out.read_text().splitlines() if "<script src=" in line
    )  # the cluster plugin is inlined, not linked
    with _map_page(out, ".marker-cluster", settle_ms=800) as page:
        at_end = page.evaluate(_CLUSTERED)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "clusters.png"))
        at_start = _at_slider(page, "start", _CLUSTERED)
    assert at_end["held"] == 400 and at_end["icons"] > 0
    assert at_end["icons"] + at_end["alone"] < 400  # grouped: far fewer symbols than strikes
    assert at_start["held"] == 100  # only the first day's strikes


def test_a_few_strikes_stay_single_circles(tmp_path):
    strikes = generated_strikes(20, days=1, lat=(32, 35), lon=(40, 44))
    out = save_map(build_map({"strike": strikes}), tmp_path / "few.html")
    with _map_page(out, ".leaflet-container", settle_ms=500) as page:
        assert page.evaluate(_CLUSTERED) is None
        assert page.evaluate(_VISIBLE_STRIKES) == 20


_KEY_AND_NAMES = """() => {
  const legend = document.getElementById('troopmap-legend');
  const shown = [...document.querySelectorAll('.troopmap-place')]
    .filter(e => getComputedStyle(e).display !== 'none').map(e => e.innerText);
  return {legend: legend.innerText, names: shown};
}"""


def test_legend_keys_actors_and_names_show_with_no_network(sample_text, tmp_path):
    """Offline (no tile server, no network): the legend has a key for the strike's actor, and
    the capitals and large cities are written on the map."""
    x = geo.extract(sample_text, published="2023-12-02", doc_id="sample")
    out = _export(x.frames(), tmp_path / "offline.html")
    with _map_page(out, ".troopmap-place", settle_ms=1500) as page:
        seen = page.evaluate(_KEY_AND_NAMES)
    lines = [line.strip() for line in seen["legend"].splitlines()]
    assert "strike (size ~ fatalities), colour by actor:" in lines and "US" in lines
    assert {"Baghdad", "Damascus"} <= set(seen["names"])
