"""Copying a resolved place mention into an event record (place, country, province, precision)."""

from __future__ import annotations

from geo.gazetteer import Gazetteer
from geo.parts import split_part_id
from geo.records import Event, Mention

__all__ = ["PRECISION", "country_name", "force_mention", "province_name", "set_place"]

#: Gazetteer feature -> the record's ``geo_precision``.
PRECISION = {
    "site": "site",
    "city": "town",
    "admin1": "admin1",
    "admin2": "admin2",
    "region": "region",
    "country": "country",
}


def _gazetteer_name(gaz: Gazetteer, prefix: str, code: str | None) -> str | None:
    if not code:
        return None
    try:
        return gaz.get(f"{prefix}:{code}").name
    except KeyError:
        return None


def country_name(gaz: Gazetteer, code: str | None) -> str | None:
    """The gazetteer's name of a country code, or None."""
    return _gazetteer_name(gaz, "cc", code)


def province_name(gaz: Gazetteer, code: str | None) -> str | None:
    """The gazetteer's name of an ISO 3166-2 province code ("IQ-BB" -> "Babylon"), or None."""
    return _gazetteer_name(gaz, "a1", code)


def force_mention(mentions: list[Mention], lo: int, hi: int) -> Mention | None:
    """The country (or region) mention naming a force in ``text[lo:hi]`` ("US troops")."""
    for m in mentions:
        if lo <= m.start < hi and m.resolved and m.feature in ("country", "region") and m.country:
            return m
    return None


def set_place(ev: Event, m: Mention, gaz: Gazetteer) -> None:
    """Fill ``ev``'s place fields from mention ``m``."""
    ev.place = m.text
    ev.place_name = m.name
    ev.place_id = m.place_id
    ev.lat, ev.lon = m.lat, m.lon
    base, part = split_part_id(m.place_id or "")
    if part is not None:  # "eastern Syria": a point in that part, not the country's centre
        ev.lat, ev.lon = gaz.part_point(base, part) or (m.lat, m.lon)
    ev.country = m.country
    ev.admin1 = m.admin1
    ev.admin1_name = province_name(gaz, m.admin1)
    ev.geo_precision = PRECISION.get(m.feature or "")
    ev.country_name = country_name(gaz, m.country)
