"""Popup and tooltip HTML for event records, every input string escaped.

These functions are the only place where record values become HTML.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from geo.geojson import clean_value
from geo.records import KIND_FIELDS, LABELS
from layers.escape import html_text
from layers.style import count_label

__all__ = ["event_popup", "event_tooltip", "place_label", "reference_phrase", "source_html"]

_WEB_URL = re.compile(r"https?://[^\s\"'<>]+", re.I)


def _row(label: str, value: Any) -> str:
    value = clean_value(value)
    if value is None or value == "":
        return ""
    return f"<tr><th style='text-align:left;padding-right:6px'>{html_text(label)}</th><td>{html_text(value)}</td></tr>"


def reference_phrase(rec: Mapping[str, Any], with_offset: bool = False) -> str:
    """ "60.0 km southwest of Baghdad" (plain text: escape it where it becomes HTML), with
    "(that point is 25 km from the place)" when asked and known; "" without a reference."""
    place = clean_value(rec.get("ref_place"))
    if not place:
        return ""
    text = f"{clean_value(rec.get('ref_distance_km'))} km {clean_value(rec.get('ref_bearing'))} of {place}"
    offset = clean_value(rec.get("ref_offset_km"))
    if with_offset and offset is not None:
        text += f" (that point is {offset} km from the place)"
    return text


def source_html(rec: Mapping[str, Any]) -> str:
    """The article a record comes from: its title (or file name) and outlet, linked to its
    URL when that is a plain http(s) address; every part escaped."""
    title, url = clean_value(rec.get("source_title")), clean_value(rec.get("source_url"))
    outlet, doc = clean_value(rec.get("source_outlet")), clean_value(rec.get("doc_id"))
    text = html_text(title or doc or "")
    if outlet:
        text += f" ({html_text(outlet)})"
    if isinstance(url, str) and _WEB_URL.fullmatch(url):
        text = f"<a href='{html_text(url)}' target='_blank' rel='noopener noreferrer'>{text}</a>"
    return text


def _when(rec: Mapping[str, Any]) -> str | None:
    date, end, prec = (
        clean_value(rec.get("date")),
        clean_value(rec.get("date_end")),
        clean_value(rec.get("date_precision")),
    )
    if not date:
        return None
    text = f"{date} – {end}" if end else str(date)
    return f"{text} ({prec})" if prec else text


#: Fields the popup writes in its own way above (the others with a label follow by kind).
_WRITTEN = {
    "event_type", "date", "date_end", "place", "place_name", "admin1", "admin1_name", "country",
    "country_name", "geo_precision", "actor", "force_name", "target", "weapon", "weapons",
    "count", "qualifier", "fatalities", "injuries", "ref_place", "countries", "sources",
    "source_docs", "doc_id", "source_text", "source_title", "source_url", "source_outlet",
}  # fmt: skip
_OWN_FIELDS: dict[str, tuple[str, ...]] = {
    kind: tuple(f for f in names if f in LABELS and f not in _WRITTEN)
    for kind, names in KIND_FIELDS.items()
}


def event_popup(rec: Mapping[str, Any]) -> str:
    """HTML popup: what, when, where, how precise, casualties, and the source sentence."""
    kind = clean_value(rec.get("kind")) or "event"
    rows = [
        _row(LABELS["event_type"], clean_value(rec.get("event_type"))),
        _row(LABELS["date"], _when(rec)),
        _row(LABELS["place"], place_label(rec)),
        _row(
            LABELS["admin1_name"],
            clean_value(rec.get("admin1_name")) or clean_value(rec.get("admin1")),
        ),
        _row(
            LABELS["country_name"],
            clean_value(rec.get("country_name")) or clean_value(rec.get("country")),
        ),
        _row(LABELS["geo_precision"], clean_value(rec.get("geo_precision"))),
        _row(LABELS["actor"], clean_value(rec.get("actor")) or clean_value(rec.get("force_name"))),
        _row(LABELS["target"], clean_value(rec.get("target"))),
        _row(LABELS["weapon"], clean_value(rec.get("weapon")) or clean_value(rec.get("weapons"))),
    ]
    if kind == "deployment" or kind == "attack":
        rows.append(
            _row(
                LABELS["count"],
                count_label(clean_value(rec.get("count")), clean_value(rec.get("qualifier"))),
            )
            if clean_value(rec.get("count")) is not None
            else ""
        )
    for key in ("fatalities", "injuries"):
        n = clean_value(rec.get(key))
        if n is not None:
            rows.append(_row(LABELS[key], count_label(n, clean_value(rec.get(f"{key}_qualifier")))))
    if clean_value(rec.get("ref_place")):
        rows.append(_row("Text says", reference_phrase(rec, with_offset=True)))
    if clean_value(rec.get("countries")):
        rows.append(_row(LABELS["countries"], rec.get("countries")))
    for key in _OWN_FIELDS.get(kind, ()):  # a kind's own labelled fields ("road" of a new kind)
        rows.append(_row(LABELS[key], clean_value(rec.get(key))))
    if clean_value(rec.get("sources")):
        rows.append(
            _row(
                LABELS["sources"],
                f"{clean_value(rec.get('sources'))}: {clean_value(rec.get('source_docs'))}",
            )
        )
    else:
        rows.append(
            f"<tr><th style='text-align:left;padding-right:6px'>{LABELS['doc_id']}</th>"
            f"<td>{source_html(rec)}</td></tr>"
        )
    quote = html_text(clean_value(rec.get("source_text")) or "")
    return (
        f"<div style='max-width:340px'><b>{html_text(kind.capitalize())}</b>"
        f"<table style='font-size:12px'>{''.join(rows)}</table>"
        f"<blockquote style='margin:6px 0 0 0;padding-left:6px;border-left:3px solid #999;font-size:12px'>{quote}</blockquote></div>"
    )


def place_label(rec: Mapping[str, Any]) -> str:
    """The place as the popups name it: the text's name ("DRC"), or for a part of an area the
    words the text used ("eastern Syria", kept in ``place_name``)."""
    if "#" in str(clean_value(rec.get("place_id")) or ""):
        return str(clean_value(rec.get("place_name")) or clean_value(rec.get("place")) or "")
    return str(clean_value(rec.get("place")) or "")


def event_tooltip(rec: Mapping[str, Any]) -> str:
    """One-line tooltip."""
    kind = clean_value(rec.get("kind")) or "event"
    if kind == "deployment":
        return html_text(
            f"{count_label(clean_value(rec.get('count')), clean_value(rec.get('qualifier')))} {clean_value(rec.get('actor')) or ''} troops in {place_label(rec)}"
        )
    if kind == "attack":
        return html_text(
            f"{count_label(clean_value(rec.get('count')), clean_value(rec.get('qualifier')))} attacks on {clean_value(rec.get('target')) or 'forces'} in {place_label(rec)}"
        )
    dead = clean_value(rec.get("fatalities"))
    return html_text(
        f"Strike, {place_label(rec)}, {clean_value(rec.get('date')) or 'date unknown'}"
        + (f", {dead} killed" if dead is not None else "")
    )
