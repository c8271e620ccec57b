import pytest

from geo.errors import GazetteerDataError
from geo.gazetteer import load


def test_lookup_city_country_admin1(gaz):
    erbil = gaz.lookup("Erbil")
    assert any(p.feature == "city" and p.country == "IQ" for p in erbil)
    assert gaz.lookup("Iraq")[0].place_id == "cc:IQ"
    babil = gaz.lookup("Babil")[0]
    assert (babil.feature, babil.admin1) == ("admin1", "IQ-BB")


@pytest.mark.parametrize(
    "name",
    [
        "Jurf al-Nasr",
        "Jurf al-Sakhar",
        "JURF AS SAKHR",
        "jurf al sakhr",
        "Jurf ash-Sakhar",
        "جرف الصخر",
    ],
)
def test_jurf_al_nasr_aliases_and_spellings(gaz, name):
    place = gaz.lookup(name)[0]
    assert place.place_id == "x:jurf-al-nasr"
    assert (place.country, place.admin1) == ("IQ", "IQ-BB")
    assert 32.7 < place.lat < 33.0 and 44.0 < place.lon < 44.4


def test_accent_and_case_insensitive(gaz):
    assert gaz.lookup("erbīl")[0].country == "IQ"
    assert gaz.lookup("BAGHDAD")[0].name == "Baghdad"


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Iraqi", "IQ"),
        ("Syrian", "SY"),
        ("Qatari", "QA"),
        ("Egyptian", "EG"),
        ("Israeli", "IL"),
        ("Iranian", "IR"),
        ("Turkish", "TR"),
        ("American", "US"),
        ("Palestinian", "PS"),
    ],
)
def test_demonyms(gaz, name, country):
    assert gaz.lookup(name)[0].country == country


def test_kurdistan_region_is_the_iraqi_region(gaz):
    place = gaz.lookup("Kurdistan Region")[0]
    assert place.place_id == "x:kurdistan-region"
    assert place.country == "IQ"


def test_curated_military_sites(gaz):
    for name, country in [
        ("Ain al-Asad", "IQ"),
        ("Al-Tanf", "SY"),
        ("Al Udeid Air Base", "QA"),
        ("Tower 22", "JO"),
    ]:
        place = gaz.lookup(name)[0]
        assert (place.feature, place.country) == ("site", country), name


def test_unknown_name_gives_nothing(gaz):
    assert gaz.lookup("Qwxzyplace") == []
    assert gaz.lookup("") == []


def test_get_and_missing_id(gaz):
    assert gaz.get("cc:IQ").name == "Iraq"
    with pytest.raises(KeyError, match="nope"):
        gaz.get("x:nope")


def test_places_have_real_coordinates(gaz):
    lat, lon = gaz.places["lat"], gaz.places["lon"]
    assert lat.between(-90, 90).all() and lon.between(-180, 180).all()
    assert not ((lat == 0) & (lon == 0)).any()
    assert len(gaz) > 50_000


def test_boundaries_layers(gaz):
    admin1 = gaz.boundaries("admin1")
    assert "IQ-BB" in set(admin1["code"])
    assert admin1.crs.to_epsg() == 4326
    regions = gaz.boundaries("regions")
    krg = regions[regions["place_id"] == "x:kurdistan-region"].geometry.iloc[0]
    from shapely.geometry import Point

    assert krg.contains(Point(44.009, 36.191))  # Erbil city
    assert not krg.contains(Point(44.40, 33.34))  # Baghdad


def test_missing_data_folder_is_a_clear_error(tmp_path):
    with pytest.raises(GazetteerDataError, match="build_gazetteer"):
        load(tmp_path)


@pytest.mark.parametrize(
    ("iso2", "centre"),
    [
        # conventional centres, GeoNames and the CIA Factbook; Natural Earth's label points
        # are 99 km and 3,000 km (in European Russia) away
        ("US", (39.76, -98.5)),  # GeoNames: contiguous states (USGS: Lebanon, Kansas)
        ("US", (40.0, -100.0)),  # Wikipedia
        ("RU", (60.0, 100.0)),  # GeoNames and the Factbook
        ("CN", (35.0, 105.0)),  # GeoNames and the Factbook
        ("IQ", (33.0, 44.0)),
        ("SY", (35.0, 38.0)),
        # where the two lie too far apart for one point to be near both: the Factbook's
        ("ID", (-5.0, 120.0)),  # the centre of its largest island is in Borneo
        ("CA", (60.0, -95.0)),
        ("IN", (20.0, 77.0)),
    ],
)
def test_country_point_is_its_conventional_centre(gaz, iso2, centre):
    """Within 161 km (the field's accuracy radius) of each convention annotated news uses."""
    from geo.gazetteer import distance_km

    place = gaz.get(f"cc:{iso2}")
    assert distance_km(place.lat, place.lon, *centre) < 161


def test_every_country_point_lies_in_its_country_and_the_label_point_is_kept(gaz):
    import geopandas as gpd

    admin0 = gaz.boundaries("admin0")
    assert {"label_lat", "label_lon"} <= set(admin0.columns)
    countries = gaz.places[gaz.places["feature"] == "country"].set_index("country")
    shapes = admin0.set_index("iso2")
    points = gpd.points_from_xy(countries["lon"], countries["lat"], crs=4326)
    inside = [
        shapes.geometry[cc].buffer(0.05).covers(pt)
        for cc, pt in zip(countries.index, points, strict=True)
        if cc in shapes.index
    ]
    assert len(inside) > 200 and all(inside)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Bombay", "Mumbai"),  # old names of large cities stay
        ("Saigon", "Ho Chi Minh City"),
        ("Artemivsk", "Bakhmut"),  # and every alternate name in the conflict countries
        ("Lachin", "Laçın"),  # Armenia and Azerbaijan, Kenya, Uganda, Benin ... count too
    ],
)
def test_alternate_names_kept(gaz, name, expected):
    assert gaz.lookup(name)[0].name == expected


@pytest.mark.parametrize(
    ("written", "place_id"),
    [
        ("Sistan-Baluchestan", "a1:IR-13"),  # "X and Y" areas are hyphenated in news
        ("Sistan-Baluchistan", "a1:IR-13"),  # and Persian -estan is often -istan
        ("Khuzistan", "a1:IR-10"),
        ("Bosnia-Herzegovina", "cc:BA"),
        ("Pétion-Ville", "gn:3719028"),  # Pétionville: "-ville" joined or apart in Haiti
        ("Cite Soleil", "x:cite-soleil"),  # districts of Haiti's gang war (aliases.csv)
        ("Bab al-Mandab Strait", "x:bab-el-mandeb"),
        ("Mir Ali", "x:mir-ali"),  # towns of wars GeoNames' cities500 lacks
        ("Kyaukphyu", "gn:1316752"),
        ("Nir Oz", "x:nir-oz"),  # the Gaza border kibbutzim of 7 October
        ("Kfar Aza", "gn:294563"),
        ("Barsalogho", "x:barsalogho"),  # Sahel towns of massacres and raids
        ("Banibangou", "x:banibangou"),
    ],
)
def test_names_news_writes_hyphenated_or_curated(gaz, written, place_id):
    assert [p.place_id for p in gaz.lookup(written)] == [place_id]


@pytest.mark.parametrize("word", ["Google", "Julia", "Francisco", "McLellan"])
def test_unrelated_alternate_names_of_small_towns_dropped(gaz, word):
    # GeoNames lists these under Topeka, Plovdiv, Amancio and West Orange
    assert gaz.lookup(word) == []


@pytest.mark.parametrize(
    ("written", "place", "country"),
    [
        ("Dattakhel", "Datta Khel", "PK"),  # joined in the report, apart in GeoNames
        ("Shakar Garh", "Shakargarh", "PK"),  # apart in the report, joined in GeoNames
        ("Sial Kot", "Sialkot", "PK"),
    ],
)
def test_name_endings_joined_or_apart(gaz, written, place, country):
    """data/lexicon/name_suffixes.csv: endings written both ways give both lookup keys."""
    found = gaz.lookup(written)
    assert found and (found[0].name, found[0].country) == (place, country)


def test_name_endings_rule():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "scripts" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", path)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    rule = build._joined_or_apart
    assert rule("datta khel", ("khel",)) == {"dattakhel"}
    assert rule("shakargarh", ("garh",)) == {"shakar garh"}
    assert rule("garh", ("garh",)) == set()  # no stem: nothing to split
    assert rule("ab khel", ("khel",)) == set()  # a stem under three letters stays apart


def test_us_counties_only_with_their_word(gaz):
    """US counties are places ("Orleans Parish", "Linn County"), found only with the word
    County/Parish/Borough: the bare name stays the town or state it already was."""
    [linn] = [p for p in gaz.lookup("Linn County") if p.admin1 == "US-IA"]
    assert linn.feature == "admin2" and 41.5 < linn.lat < 42.5 and -92.0 < linn.lon < -91.3
    orleans = gaz.lookup("Orleans Parish")  # (also an old name of New Orleans, ranked after)
    assert (orleans[0].feature, orleans[0].admin1) == ("admin2", "US-LA")
    assert all(p.feature != "admin2" for p in gaz.lookup("Orleans"))
    assert gaz.lookup("Suffolk")[0].feature != "admin2"


def test_county_resolved_by_its_state():
    from geo.geoparse import geoparse

    text = "Flooding closed roads across Linn County, Iowa, on Tuesday."
    [county] = [m for m in geoparse(text) if m.text == "Linn County"]
    assert (county.feature, county.admin1) == ("admin2", "US-IA")


def test_regions_of_countries_are_their_union(gaz):
    """'West Africa' is the region (the centre of its countries), not Africa's point; the Sahel
    and the Horn of Africa have shapes for maps to draw."""
    from geo.geoparse import geoparse

    text = "Jihadist groups spread from the Sahel across West Africa and into the Horn of Africa."
    ids = {m.text: m.place_id for m in geoparse(text) if m.resolved}
    assert ids == {
        "Sahel": "x:sahel",
        "West Africa": "x:west-africa",
        "Horn of Africa": "x:horn-of-africa",
    }
    west = gaz.get("x:west-africa")
    assert 10 < west.lat < 18 and -6 < west.lon < 4  # inside the region, far from Africa's point
    shapes = set(gaz.boundaries("regions")["place_id"])
    assert {"x:sahel", "x:west-africa", "x:horn-of-africa", "x:middle-east", "x:levant"} <= shapes


def test_the_distance_to_a_country_is_to_its_land_not_its_centre(gaz):
    # Mykolaiv: some 4,000 km from Russia's point in Siberia, a few hundred from its provinces
    km = gaz.km_to_country(46.97, 31.99, "RU")
    assert km is not None and km < 600
    assert gaz.km_to_country(46.97, 31.99, "US") > 6000
    assert gaz.km_to_country(0.0, 0.0, "XX") is None
