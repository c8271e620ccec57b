#!/usr/bin/env bash
# The wheel works outside the source tree: build it, install it into a clean venv, and run the
# CLI, the library and the dashboard from another directory (issue 13).
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python -m pip wheel -q --no-deps -w "$work/dist" .
rm -rf build
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q "$work"/dist/troopmap-*.whl
cp data/sample_article.txt "$work/article.txt"
cd "$work"
export PATH="$work/venv/bin:$PATH"
unset TROOPMAP_DATA
troopmap --version
troopmap places article.txt --compact >places.json
troopmap extract article.txt --published 2023-12-02 -o events.geojson
troopmap map events.geojson -o map.html
troopmap app --help >/dev/null
python - <<'PY'
import json

import geo
from geo import settings

assert "site-packages" in str(settings.DATA_DIR), settings.DATA_DIR
places = json.load(open("places.json"))
assert any(p["name"] == "Jurf al-Nasr" for p in places), places
events = json.load(open("events.geojson"))["features"]
assert {f["properties"]["kind"] for f in events} == {"deployment", "strike", "attack"}, events
x = geo.extract(open("article.txt").read(), published="2023-12-02", doc_id="sample")
assert len(x.records()) == len(events), (len(x.records()), len(events))

from streamlit.testing.v1 import AppTest

app = AppTest.from_file(str(settings.APP_SCRIPT), default_timeout=120).run()
assert not app.exception, app.exception
print(f"wheel ok: {len(places)} places, {len(events)} events, data in {settings.DATA_DIR}")
PY
