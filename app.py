"""troopmap dashboard: ``streamlit run app.py``.

Only page layout and widgets live here; ``geo`` extracts and filters, ``layers`` draws and
exports. The built-in sample article (written by this project) shows at once.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from functools import partial
from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from geo.articles import DatedArticle, date_text, decode_article, source_of, split_front_matter
from geo.errors import InputError, TroopmapError
from geo.event_files import events_to_csv, events_to_geojson, parse_events_geojson
from geo.extraction import combine, extract_article
from geo.filters import RecordFilter, filter_options, weekly_counts
from geo.gazetteer import load
from geo.labels import place_labels
from geo.normalize import clean_text
from geo.records import KINDS, TABLE_FIELDS
from geo.settings import DASHBOARD_MAX_CHARS, DATA_DIR, dashboard_stores
from geo.store import open_store, stored_events
from layers.export import map_html
from layers.maps import map_for
from layers.offline import embed_assets_as_data_urls

SAMPLE = DATA_DIR / "sample_article.txt"
SAMPLE_PUBLISHED = dt.date(2023, 12, 2)
TABLE_COLUMNS = list(TABLE_FIELDS)  # the fields marked for the table (geo.records)

st.set_page_config(page_title="troopmap", page_icon="🗺️", layout="wide")


@st.cache_resource(show_spinner="Loading the gazetteer…")
def gazetteer():
    """The gazetteer and its matcher, once per server."""
    gaz = load()
    _ = gaz.automaton  # build the matcher now, not on the first article
    return gaz


@st.cache_resource
def countries():
    return gazetteer().boundaries("admin0")


@st.cache_resource
def labels():
    """Capitals and large cities to name on the map (offline)."""
    return place_labels(gazetteer())


@st.cache_data(show_spinner=False, max_entries=500)
def run_extract(text: str, published: dt.date, doc_id: str) -> tuple[dict, list[str]]:
    """Extraction of one article (cached: the same text again is instant); its front matter,
    if any, names the source (title, URL, outlet) and is no article text."""
    meta, body = split_front_matter(text)
    article = DatedArticle(doc_id, body, published, "given", source_of(meta))
    x = extract_article(article, gazetteer())
    return x.frames(), sorted(set(x.unresolved["text"]))


def _store_version(url: str) -> float:
    """Changes when a GeoPackage store changes, so its cached events refresh."""
    path = Path(url)
    return path.stat().st_mtime if "://" not in url and path.exists() else time.time() // 30


@st.cache_data(show_spinner="Reading the store…", max_entries=8)
def store_events(url: str, version: float) -> dict:
    """One row per event from a corpus store (cached per store version)."""
    del version
    return stored_events(open_store(url, must_exist=True))


def article_inputs() -> tuple[list[tuple[str, str, dt.date]], list[dict], list[str]]:
    """Sidebar input widgets -> (articles, GeoJSON frame sets, per-file error messages)."""
    st.sidebar.header("Articles")
    source = st.sidebar.radio(
        "Input", ["Built-in sample", "Paste text", "Upload files", "Corpus store"], key="source"
    )
    articles: list[tuple[str, str, dt.date]] = []
    geojsons: list[dict] = []
    errors: list[str] = []
    if source == "Corpus store":
        stores = dashboard_stores()  # set by the operator, never typed by visitors
        name = st.sidebar.selectbox("Store", list(stores), key="store")
        url = stores[name]
        try:
            geojsons.append(store_events(url, _store_version(url)))
        except TroopmapError as exc:  # a missing or unreachable store: one line
            errors.append(f"{name}: {exc}")
            st.sidebar.error(f"{name}: {exc}")
        except Exception:  # anything else: no server paths or tracebacks to visitors
            errors.append(f"{name}: the store could not be read")
            st.sidebar.error(f"{name}: the store could not be read")
        st.sidebar.caption(
            "Stores are set by whoever runs the dashboard (TROOPMAP_STORES); fill one with "
            "`troopmap ingest ARTICLES --db STORE`."
        )
    elif source == "Built-in sample":
        articles.append(
            ("sample_article.txt", SAMPLE.read_text(encoding="utf-8"), SAMPLE_PUBLISHED)
        )
        st.sidebar.caption(f"Sample written by the project; published {SAMPLE_PUBLISHED:%d %B %Y}.")
    elif source == "Paste text":
        # cleaned as files are (NFC, no invisible format characters)
        text = clean_text(st.sidebar.text_area("Article text", height=260, key="pasted"))
        if text.strip():
            body, published = _dated_input("pasted article", text, "pasted_date", errors)
            if published is not None:
                articles.append(("pasted article", body, published))
    else:
        files = st.sidebar.file_uploader(
            "Articles (.txt .md .html) or GeoJSON from troopmap",
            type=["txt", "md", "html", "htm", "geojson", "json"],
            accept_multiple_files=True,
            key="uploads",
        )
        for f in files or []:
            data = f.getvalue()
            try:
                if f.name.lower().endswith((".geojson", ".json")):
                    geojsons.append(parse_events_geojson(data, f.name))
                    continue
                text = decode_article(data, f.name)
            except InputError as exc:
                errors.append(str(exc))
                st.sidebar.error(str(exc))
                continue
            body, published = _dated_input(f.name, text, f"date:{f.name}", errors)
            if published is not None:
                articles.append((f.name, body, published))
    return articles, geojsons, errors


def _dated_input(name: str, text: str, key: str, errors: list[str]) -> tuple[str, dt.date | None]:
    """The text (front matter kept: it names the source) and its publication date: the date
    the text prints (front matter or a date line) fills the date box; the user can change it."""
    try:
        _, found, source = date_text(text)
    except ValueError as exc:
        errors.append(f"{name}: {exc}")
        st.sidebar.error(f"{name}: {exc}")
        return text, None
    label = "Published" if name == "pasted article" else f"Published: {name}"
    published = st.sidebar.date_input(label, value=found, max_value=dt.date.today(), key=key)
    st.sidebar.caption(
        f"Date from the text's {source}."
        if source in {"front matter", "date line"}
        else "No date in the text: set the publication date (relative dates count from it)."
    )
    return text, published


def filter_widgets(frames: dict) -> RecordFilter:
    """Sidebar filters built from the values present."""
    opts = filter_options(frames)
    st.sidebar.header("Filters")
    kinds = st.sidebar.multiselect("Record kind", list(KINDS), default=list(KINDS), key="f_kinds")
    actors = st.sidebar.multiselect("Actor", opts["actors"], key="f_actors")
    names = opts["country_names"]
    countries_ = st.sidebar.multiselect(
        "Country",
        opts["countries"],
        format_func=lambda code: f"{names.get(code) or code} ({code})",
        key="f_countries",
    )
    precisions = st.sidebar.multiselect("Located to", opts["precisions"], key="f_precisions")
    event_types = st.sidebar.multiselect("Event type", opts["event_types"], key="f_types")
    date_from = date_to = None
    if opts["dates"]:
        lo, hi = opts["dates"]
        picked = st.sidebar.date_input("Date range", value=(lo, hi), key="f_dates")
        if isinstance(picked, (tuple, list)) and len(picked) == 2:
            date_from, date_to = picked
    min_dead = st.sidebar.number_input(
        "Minimum fatalities", min_value=0, value=0, step=1, key="f_dead"
    )
    return RecordFilter(
        kinds=tuple(kinds),
        actors=tuple(actors),
        countries=tuple(countries_),
        precisions=tuple(precisions),
        event_types=tuple(event_types),
        date_from=date_from,
        date_to=date_to,
        min_fatalities=int(min_dead),
    )


def _geojson(frames: list) -> str:
    return json.dumps(events_to_geojson(frames), ensure_ascii=False)


def _map_of(shown: dict):
    """The folium map of the filtered records: areas for country-level ones, offline names."""
    return map_for(shown, gazetteer(), countries(), labels())


def _map_file(shown: dict) -> str:
    """The standalone HTML of the filtered records (its own map: the shown one embeds data: URLs)."""
    return map_html(_map_of(shown))


def main() -> None:
    st.title("troopmap")
    st.caption(
        "Troop deployments, strikes and attacks on forces, read from news text and mapped offline."
    )
    articles, geojsons, errors = article_inputs()
    parts, unresolved = list(geojsons), []
    progress = st.progress(0.0, text="Reading articles…") if len(articles) > 1 else None
    for i, (name, text, published) in enumerate(articles):
        if len(text) > DASHBOARD_MAX_CHARS:
            st.error(
                f"{name}: {len(text):,} characters is more than the dashboard reads "
                f"({DASHBOARD_MAX_CHARS:,}); split it, or use `troopmap extract` or `troopmap ingest`"
            )
            continue
        try:
            frames, missing = run_extract(text, published, name)
        except InputError as exc:
            st.error(str(exc))
            continue
        parts.append(frames)
        unresolved += [(name, m) for m in missing]
        if progress is not None:
            progress.progress(
                (i + 1) / len(articles), text=f"Read {i + 1} of {len(articles)}: {name}"
            )
    if progress is not None:
        progress.empty()
    if not parts:
        st.info(
            "Give an article to map: paste text or upload files in the sidebar."
            + (" Some files could not be read." if errors else "")
        )
        return

    frames = combine(parts)
    shown = filter_widgets(frames).apply(frames)
    n = {k: len(v) for k, v in shown.items()}
    st.markdown(
        f"**{n['deployment']}** deployments · **{n['strike']}** strikes · **{n['attack']}** attack reports"
    )

    fmap = _map_of(shown)
    st_folium(
        embed_assets_as_data_urls(fmap),
        key="map",
        height=560,
        use_container_width=True,
        returned_objects=[],
    )

    weekly = weekly_counts(shown)
    if len(weekly) > 1:
        st.subheader("Events per week")
        # weeks as labels (ISO, so they sort by time): one wide bar a week, not a day-wide
        # sliver on a day axis
        weekly.index = [f"week of {pd.Timestamp(w):%Y-%m-%d}" for w in weekly.index]
        st.bar_chart(weekly, x_label="week (Monday)", y_label="events", stack=True)

    rows = [r for f in shown.values() for r in f.drop(columns="geometry").to_dict("records")]
    table = (
        pd.DataFrame(rows, columns=TABLE_COLUMNS) if rows else pd.DataFrame(columns=TABLE_COLUMNS)
    )
    st.subheader("Records")
    shown_table = table[TABLE_COLUMNS].copy()
    for col in shown_table.columns:  # text cells without a value blank, not "None"
        if not pd.api.types.is_numeric_dtype(shown_table[col]):
            shown_table[col] = shown_table[col].where(shown_table[col].notna(), "")
    st.dataframe(shown_table, width="stretch", hide_index=True)

    st.subheader("Place names not mapped")
    if unresolved:
        st.write("; ".join(f"{m} ({doc})" for doc, m in unresolved))
    else:
        st.write("Every place name found was placed.")

    st.subheader("Downloads")  # files are made only when their button is pressed
    cols = st.columns(len(KINDS) + 2)  # all records, one per kind, the table
    cols[0].download_button(
        "All records (GeoJSON)",
        partial(_geojson, list(shown.values())),
        "troopmap.geojson",
        "application/geo+json",
    )
    for col, kind in zip(cols[1:-1], KINDS, strict=True):
        col.download_button(
            f"{kind.capitalize()}s (GeoJSON)",
            partial(_geojson, [shown[kind]]),
            f"troopmap-{kind}s.geojson",
            "application/geo+json",
        )
    every_field = pd.DataFrame(rows)  # the CSV has every field of the GeoJSON, lat/lon too
    cols[-1].download_button(
        "Records (CSV)", partial(events_to_csv, every_field), "troopmap.csv", "text/csv"
    )
    st.download_button(
        "Standalone map (HTML)", partial(_map_file, shown), "troopmap-map.html", "text/html"
    )


main()
