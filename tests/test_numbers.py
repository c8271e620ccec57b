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


def test_absurd_numbers_are_not_counts():
    from geo.numbers import MAX_COUNT, parse_number

    assert parse_number("9" * 400) is None  # once an OverflowError that stopped ingest
    assert parse_number("9" * 400 + ".5") is None
    assert parse_number("1" + "0" * 30) is None
    assert parse_number(str(MAX_COUNT)) == MAX_COUNT
    assert parse_number("2500.7") == 2500


def test_a_poison_number_in_an_article_does_not_stop_extraction():
    import datetime as dt

    from geo.events import extract_events

    text = "An air strike on Mosul on 3 March 2024 killed " + "9" * 400 + " people."
    events = extract_events(text, dt.date(2024, 3, 4))  # once an OverflowError
    assert all((s.fatalities or 0) <= 100_000_000 for s in events.strikes)


def test_hedge_must_start_a_word():
    """'some' inside 'handsome' is no hedge; hedges with several words keep their span."""
    [q] = find_quantities("a handsome 40 were paid")
    assert (q.value, q.qualifier) == (40, "exact")
    text = "as many as 300 troops and more than 1,200 sorties"
    got = [(q.value, q.qualifier, text[q.start : q.end]) for q in find_quantities(text)]
    assert got == [(300, "up to", "as many as 300"), (1200, "over", "more than 1,200")]


def test_hedge_outside_the_window_is_not_read():
    text = "about 40"
    [q] = find_quantities(text, 6)
    assert (q.value, q.qualifier, q.start) == (40, "exact", 6)


def test_a_hundred_and_dozens_counted():
    assert [(q.value, q.qualifier) for q in find_quantities("more than a hundred people")] == [
        (100, "over")
    ]
    assert [q.value for q in find_quantities("two dozen soldiers")] == [24]
    assert [q.value for q in find_quantities("a hundred and fifty")] == [150]
