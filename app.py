"""Streamlit dashboard: paste or pick an article, see the places it names on a map.

Run: ``streamlit run app.py``. The work is done by ``geo`` and ``layers``.
"""

from __future__ import annotations

from pathlib import Path

import folium
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from geo.articles import decode_article
from geo.errors import InputError
from geo.gazetteer import load
from geo.geoparse import geoparse
from geo.records import MENTION_FIELDS
from layers.places import places_layer

SAMPLE = Path(__file__).parent / "data" / "sample_article.txt"

st.set_page_config(page_title="troopmap", layout="wide")


@st.cache_resource
def gazetteer():
    gaz = load()
    gaz.automaton  # noqa: B018 - build the matcher once per server
    return gaz


@st.cache_data
def parse(text: str) -> list[dict]:
    return [m.to_dict() for m in geoparse(text, gazetteer())]


st.title("troopmap")
st.caption("Places named in a news article, found and placed offline (GeoNames, Natural Earth).")

source = st.sidebar.radio("Article", ["Built-in sample", "Paste text", "Upload file"])
text = ""
if source == "Built-in sample":
    text = SAMPLE.read_text(encoding="utf-8")
elif source == "Paste text":
    text = st.sidebar.text_area("Article text", height=300)
else:
    upload = st.sidebar.file_uploader(
        "Article (.txt, .md, .html)", type=["txt", "md", "html", "htm"]
    )
    if upload is not None:
        try:
            text = decode_article(upload.getvalue(), upload.name)
        except InputError as exc:
            st.sidebar.error(str(exc))

if not text.strip():
    st.info("Give an article to map.")
    st.stop()

rows = parse(text)
from geo.records import Mention  # noqa: E402

mentions = [Mention(**r) for r in rows]
roles = st.sidebar.multiselect(
    "Roles",
    ["location", "dateline", "actor", "metonym"],
    default=["location", "dateline", "actor", "metonym"],
)
shown = [m for m in mentions if m.role in roles]

fmap = folium.Map(location=(33.0, 44.0), zoom_start=4, tiles="OpenStreetMap")
places_layer(shown, text).add_to(fmap)
resolved = [m for m in shown if m.resolved]
if resolved:
    fmap.fit_bounds(
        [
            [min(m.lat for m in resolved), min(m.lon for m in resolved)],
            [max(m.lat for m in resolved), max(m.lon for m in resolved)],
        ]
    )
folium.LayerControl().add_to(fmap)
st_folium(fmap, height=520, use_container_width=True, returned_objects=[])

table = pd.DataFrame([m.to_dict() for m in shown], columns=list(MENTION_FIELDS))
st.subheader("Places")
st.dataframe(
    table[["text", "role", "name", "feature", "country", "admin1", "lat", "lon", "start", "end"]],
    width="stretch",
)
unresolved = sorted({m.text for m in mentions if not m.resolved})
st.subheader("Not placed")
st.write(", ".join(unresolved) if unresolved else "Every place name was placed.")
