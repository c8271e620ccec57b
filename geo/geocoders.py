"""geopy-compatible geocoders backed by the offline gazetteer.

``OfflineGeocoder().geocode("Erbil")`` returns a :class:`geopy.location.Location` like any geopy
geocoder, so code written for geopy works offline. :func:`with_online_fallback` adds
Nominatim (network!) behind a rate limiter and an on-disk cache, off unless asked for.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from geo import gazetteer as _gz
from geo.records import Place

__all__ = ["OfflineGeocoder", "with_online_fallback"]


def _location(place: Place) -> Location:
    parts = [place.name]
    if place.admin1_name and place.admin1_name != place.name:
        parts.append(place.admin1_name)
    if place.country and place.feature != "country":
        parts.append(place.country)
    raw = {
        "place_id": place.place_id,
        "name": place.name,
        "feature": place.feature,
        "country": place.country,
        "admin1": place.admin1,
        "admin1_name": place.admin1_name,
        "population": place.population,
        "geonameid": place.geonameid,
    }
    return Location(", ".join(parts), Point(place.lat, place.lon), raw)


class OfflineGeocoder(Geocoder):
    """Offline geocoder over the project's gazetteer (geopy interface).

    Parameters
    ----------
    data_dir : str or Path, optional
        Folder of the gazetteer files; defaults to ``geo.settings.DATA_DIR``.
    country_codes : str or list of str, optional
        Restrict answers to these ISO 3166-1 alpha-2 codes (like Nominatim's option).
    """

    def __init__(
        self, data_dir: str | Path | None = None, country_codes: str | list[str] | None = None
    ) -> None:
        super().__init__()
        self._gaz = _gz.load(data_dir)
        if isinstance(country_codes, str):
            country_codes = [country_codes]
        self.country_codes = {c.upper() for c in country_codes} if country_codes else None

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        timeout: float | None = None,
        country_codes: str | list[str] | None = None,
    ) -> Location | list[Location] | None:
        """Places named ``query``, most likely first; None when nothing matches.

        Parameters
        ----------
        query : str
            A place name, alias or demonym ("Erbil", "Jurf al-Sakhar", "Iraqi").
        exactly_one : bool
            Return the best Location (default) or the list of all.
        timeout : float, optional
            Accepted for geopy compatibility; lookups are local.
        country_codes : str or list of str, optional
            Overrides the instance's restriction.
        """
        del timeout
        codes = self.country_codes
        if country_codes:
            codes = {
                c.upper()
                for c in ([country_codes] if isinstance(country_codes, str) else country_codes)
            }
        if not isinstance(query, str) or not query.strip():
            return None
        places = self._gaz.lookup(query)
        if codes:
            places = [p for p in places if p.country in codes]
        if not places:
            return None
        locations = [_location(p) for p in places]
        return locations[0] if exactly_one else locations

    def reverse(self, query, *, exactly_one: bool = True, timeout: float | None = None):
        """Nearest populated place to a point (any geopy point form)."""
        del timeout
        point = Point(query)
        cols = self._gaz.columns
        import numpy as np

        city = cols["feature"] == "city"
        lat = cols["lat"].astype(float)
        lon = cols["lon"].astype(float)
        d = np.where(
            city,
            (lat - point.latitude) ** 2
            + ((lon - point.longitude) * np.cos(np.radians(point.latitude))) ** 2,
            np.inf,
        )
        order = np.argsort(d)[: 1 if exactly_one else 10]
        locations = [_location(self._gaz.place(int(i))) for i in order]
        return locations[0] if exactly_one else locations


def with_online_fallback(
    offline: OfflineGeocoder,
    *,
    user_agent: str,
    cache_path: str | Path,
    min_delay_seconds: float = 1.0,
) -> Callable[[str], Location | None]:
    """A geocode function: the offline gazetteer first, then Nominatim (network), cached on disk.

    Off by default: nothing in the package calls it unless a user asks. Answers from Nominatim
    are stored in ``cache_path`` (JSON) so each name is fetched once.
    """
    from geopy.extra.rate_limiter import RateLimiter
    from geopy.geocoders import Nominatim

    path = Path(cache_path)
    cache: dict[str, list | None] = json.loads(path.read_text()) if path.exists() else {}
    online = RateLimiter(
        Nominatim(user_agent=user_agent).geocode, min_delay_seconds=min_delay_seconds
    )

    def geocode(query: str) -> Location | None:
        hit = offline.geocode(query)
        if hit is not None:
            return hit
        if query not in cache:
            loc = online(query)
            cache[query] = [loc.address, loc.latitude, loc.longitude] if loc else None
            path.write_text(json.dumps(cache))
        got = cache[query]
        return Location(got[0], Point(got[1], got[2]), {"source": "nominatim"}) if got else None

    return geocode
