from geo.numbers import find_quantities, parse_number


def test_parse_number():
    assert parse_number("2,500") == 2500
    assert parse_number("eight") == 8
    assert parse_number("seventy-five") == 75
    assert parse_number("two thousand five hundred") == 2500
    assert parse_number("banana") is None


def test_qualifiers():
    text = "around 70 times, over 60 injuries, up to 40, at least three, 900 more"
    got = [(q.value, q.qualifier) for q in find_quantities(text)]
    assert got == [(70, "around"), (60, "over"), (40, "up to"), (3, "at least"), (900, "exact")]


def test_one_as_article_is_not_a_number():
    assert find_quantities("one-way drones and one of them") == []
