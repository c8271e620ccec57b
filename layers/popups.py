"""Popup and tooltip HTML for event records, every input string escaped.

These functions are the only place where record values become HTML.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from geo.geojson import clean_value
from layers.escape import html_text
from layers.style import count_label

__all__ = ["event_popup", "event_tooltip", "place_label", "reference_phrase", "source_html"]

_WEB_URL = re.compile(r"https?://[^\s\"'<>]+", re.I)


def _v(value: Any) -> Any:
    return clean_value(value)


def _row(label: str, value: Any) -> str:
    value = _v(value)
    if value is None or value == "":
        return ""
    return f"<tr><th style='text-align:left;padding-right:6px'>{html_text(label)}</th><td>{html_text(value)}</td></tr>"


def reference_phrase(rec: Mapping[str, Any], with_offset: bool = False) -> str:
    """ "60.0 km southwest of Baghdad" (plain text: escape it where it becomes HTML), with
    "(that point is 25 km from the place)" when asked and known; "" without a reference."""
    place = _v(rec.get("ref_place"))
    if not place:
        return ""
    text = f"{_v(rec.get('ref_distance_km'))} km {_v(rec.get('ref_bearing'))} of {place}"
    offset = _v(rec.get("ref_offset_km"))
    if with_offset and offset is not None:
        text += f" (that point is {offset} km from the place)"
    return text


def source_html(rec: Mapping[str, Any]) -> str:
    """The article a record comes from: its title (or file name) and outlet, linked to its
    URL when that is a plain http(s) address; every part escaped."""
    title, url = _v(rec.get("source_title")), _v(rec.get("source_url"))
    outlet, doc = _v(rec.get("source_outlet")), _v(rec.get("doc_id"))
    text = html_text(title or doc or "")
    if outlet:
        text += f" ({html_text(outlet)})"
    if isinstance(url, str) and _WEB_URL.fullmatch(url):
        text = f"<a href='{html_text(url)}' target='_blank' rel='noopener noreferrer'>{text}</a>"
    return text


def _when(rec: Mapping[str, Any]) -> str | None:
    date, end, prec = _v(rec.get("date")), _v(rec.get("date_end")), _v(rec.get("date_precision"))
    if not date:
        return None
    text = f"{date} – {end}" if end else str(date)
    return f"{text} ({prec})" if prec else text


def event_popup(rec: Mapping[str, Any]) -> str:
    """HTML popup: what, when, where, how precise, casualties, and the source sentence."""
    kind = _v(rec.get("kind")) or "event"
    rows = [
        _row("Type", _v(rec.get("event_type"))),
        _row("Date", _when(rec)),
        _row("Place", place_label(rec)),
        _row("Province", _v(rec.get("admin1_name")) or _v(rec.get("admin1"))),
        _row("Country", _v(rec.get("country_name")) or _v(rec.get("country"))),
        _row("Located to", _v(rec.get("geo_precision"))),
        _row("Actor", _v(rec.get("actor")) or _v(rec.get("force_name"))),
        _row("Target", _v(rec.get("target"))),
        _row("Weapon", _v(rec.get("weapon")) or _v(rec.get("weapons"))),
    ]
    if kind == "deployment" or kind == "attack":
        rows.append(
            _row("Count", count_label(_v(rec.get("count")), _v(rec.get("qualifier"))))
            if _v(rec.get("count")) is not None
            else ""
        )
    for key in ("fatalities", "injuries"):
        n = _v(rec.get(key))
        if n is not None:
            rows.append(_row(key.capitalize(), count_label(n, _v(rec.get(f"{key}_qualifier")))))
    if _v(rec.get("ref_place")):
        rows.append(_row("Text says", reference_phrase(rec, with_offset=True)))
    if _v(rec.get("countries")):
        rows.append(_row("Countries (one report)", rec.get("countries")))
    if _v(rec.get("sources")):
        rows.append(_row("Reports", f"{_v(rec.get('sources'))}: {_v(rec.get('source_docs'))}"))
    else:
        rows.append(
            "<tr><th style='text-align:left;padding-right:6px'>Source</th>"
            f"<td>{source_html(rec)}</td></tr>"
        )
    quote = html_text(_v(rec.get("source_text")) or "")
    return (
        f"<div style='max-width:340px'><b>{html_text(kind.capitalize())}</b>"
        f"<table style='font-size:12px'>{''.join(rows)}</table>"
        f"<blockquote style='margin:6px 0 0 0;padding-left:6px;border-left:3px solid #999;font-size:12px'>{quote}</blockquote></div>"
    )


def place_label(rec: Mapping[str, Any]) -> str:
    """The place as the popups name it: the text's name ("DRC"), or for a part of an area the
    words the text used ("eastern Syria", kept in ``place_name``)."""
    if "#" in str(_v(rec.get("place_id")) or ""):
        return str(_v(rec.get("place_name")) or _v(rec.get("place")) or "")
    return str(_v(rec.get("place")) or "")


def event_tooltip(rec: Mapping[str, Any]) -> str:
    """One-line tooltip."""
    kind = _v(rec.get("kind")) or "event"
    if kind == "deployment":
        return html_text(
            f"{count_label(_v(rec.get('count')), _v(rec.get('qualifier')))} {_v(rec.get('actor')) or ''} troops in {place_label(rec)}"
        )
    if kind == "attack":
        return html_text(
            f"{count_label(_v(rec.get('count')), _v(rec.get('qualifier')))} attacks on {_v(rec.get('target')) or 'forces'} in {place_label(rec)}"
        )
    dead = _v(rec.get("fatalities"))
    return html_text(
        f"Strike, {place_label(rec)}, {_v(rec.get('date')) or 'date unknown'}"
        + (f", {dead} killed" if dead is not None else "")
    )
