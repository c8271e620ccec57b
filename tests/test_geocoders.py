from geopy.location import Location

from geo.geocoders import OfflineGeocoder


def test_geocode_returns_geopy_location():
    geocoder = OfflineGeocoder()
    loc = geocoder.geocode("Baghdad")
    assert isinstance(loc, Location)
    assert abs(loc.latitude - 33.34) < 0.1 and abs(loc.longitude - 44.40) < 0.1
    assert loc.raw["country"] == "IQ"


def test_geocode_all_and_country_filter():
    geocoder = OfflineGeocoder()
    everything = geocoder.geocode("Washington", exactly_one=False)
    assert len(everything) > 3
    only_gb = geocoder.geocode("Washington", country_codes="GB")
    assert only_gb.raw["country"] == "GB"
    assert geocoder.geocode("Qwxzyplace") is None
    assert geocoder.geocode("") is None


def test_reverse_finds_nearby_town():
    loc = OfflineGeocoder().reverse((36.19, 44.01))
    assert loc.raw["name"] == "Erbil"
