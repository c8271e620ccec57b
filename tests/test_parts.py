import pytest
import shapely
from shapely.geometry import box

from geo.parts import PARTS, part_of, part_point, split_part_id

SQUARE = box(0, 0, 10, 10)  # lon 0..10, lat 0..10


@pytest.mark.parametrize(
    ("part", "inside", "outside"),
    [
        ("north", (9, 5), (1, 5)),  # (lat, lon)
        ("south", (1, 5), (9, 5)),
        ("east", (5, 9), (5, 1)),
        ("west", (5, 1), (5, 9)),
        ("northeast", (9, 9), (1, 1)),
        ("southwest", (1, 1), (9, 9)),
        ("centre", (5, 5), (9, 9)),
    ],
)
def test_each_part_is_its_band_of_the_area(part, inside, outside):
    piece = part_of(SQUARE, part)
    assert piece.covers(shapely.Point(inside[1], inside[0]))
    assert not piece.covers(shapely.Point(outside[1], outside[0]))
    lat, lon = part_point(SQUARE, part)
    assert piece.covers(shapely.Point(lon, lat))


def test_parts_follow_the_main_territory_not_its_islands():
    mainland_and_island = shapely.MultiPolygon([SQUARE, box(50, 50, 51, 51)])
    lat, lon = part_point(mainland_and_island, "north")
    assert 6 <= lat <= 10 and 0 <= lon <= 10


def test_a_part_the_area_does_not_reach_is_empty():
    l_shape = shapely.Polygon([(0, 0), (10, 0), (10, 2), (2, 2), (2, 10), (0, 10)])
    assert part_point(l_shape, "northeast") is None


def test_unknown_part_is_an_error():
    with pytest.raises(ValueError, match="unknown part"):
        part_of(SQUARE, "upper")


def test_part_ids():
    assert split_part_id("cc:SY#east") == ("cc:SY", "east")
    assert split_part_id("cc:SY") == ("cc:SY", None)
    assert split_part_id("x:odd#name") == ("x:odd#name", None)  # not a part
    assert len(PARTS) == 9
