from geo.roles import dateline_span, mention_role


def _role(text, word, kind="name", dateline=None):
    i = text.index(word)
    return mention_role(text, i, i + len(word), kind, dateline)


def test_dateline_detection():
    text = "Headline here\n\nERBIL, Kurdistan Region - The minister said."
    span = dateline_span(text)
    assert span and text[span[0] : span[1]].startswith("ERBIL, Kurdistan Region")
    assert _role(text, "ERBIL", dateline=span) == "dateline"
    assert dateline_span("Plain text without a dateline - really.") is None


def test_actor_modifiers():
    assert _role("strikes on pro-Iran militias", "Iran") == "actor"
    assert _role("Fano militiamen attacked the town", "Fano") == "actor"  # a group, not Fano
    assert _role("Kachin rebels seized the base", "Kachin") == "actor"
    assert _role("Jewish settlers attacked the village", "Jewish") == "actor"
    assert _role("the Iran-backed groups", "Iran") == "actor"
    assert _role("the US-led coalition", "US") == "actor"
    assert _role("Russian troops crossed", "Russian", kind="demonym") == "actor"


def test_metonyms():
    assert _role("renewed Washington's call on Baghdad", "Washington") == "metonym"
    assert _role("renewed Washington's call on Baghdad", "Baghdad") == "metonym"
    assert _role("said the Iraqi government", "Iraqi", kind="demonym") == "metonym"
    assert _role("Moscow said on Monday", "Moscow") == "metonym"
    assert _role("the ministry said, accusing Hanoi of a breach", "Hanoi") == "metonym"
    assert _role("officials blamed Kigali for the raid", "Kigali") == "metonym"


def test_a_place_in_the_name_of_a_groups_branch_is_no_location():
    assert _role("claimed by Islamic State West Africa Province", "West Africa") == "metonym"
    assert _role("an ISIS Khorasan suicide bomber", "Khorasan") == "metonym"
    assert _role("the Islamic Resistance in Iraq said it fired", "Iraq") == "metonym"
    assert _role("claimed by al-Qaeda in the Arabian Peninsula", "Arabian Peninsula") == "metonym"
    # the group acting in a place, or its fighters' place, still locate
    assert _role("Islamic State fighters attacked Raqqa", "Raqqa") == "location"
    assert _role("the Islamic State in Syria", "Syria") == "location"


def test_a_place_that_names_a_clock_is_no_location():
    assert _role("struck at 4 a.m. (Sanaa time) on Monday", "Sanaa") == "metonym"
    assert _role("at noon Moscow time", "Moscow") == "metonym"
    assert _role("a strike in Sanaa on Monday, the time of prayer", "Sanaa") == "location"


def test_locations():
    assert _role("troops based in Iraq and Syria", "Syria") == "location"
    assert _role("any attack on Iraqi land", "Iraqi", kind="demonym") == "location"
    assert _role("a strike in Jurf al-Nasr", "Jurf al-Nasr") == "location"


def test_a_dateline_with_the_agency_in_parentheses():
    for text in (
        "Headline\n\nWASHINGTON (Reuters) - U.S. forces struck launchers in Yemen.",
        "Headline\n\nKYIV, Ukraine (AP) — Drones hit the city.",
    ):
        span = dateline_span(text)
        assert span is not None and text[span[0] : span[1]].split(" (")[0] in (
            "WASHINGTON",
            "KYIV, Ukraine",
        )


def test_a_dateline_of_two_cities_joined_by_a_slash():
    text = "Headline\n\nKYIV/MOSCOW, March 3 (Reuters) - Drones hit both capitals overnight."
    span = dateline_span(text)
    assert span is not None and text[span[0] : span[1]].startswith("KYIV/MOSCOW")
    assert _role(text, "MOSCOW", dateline=span) == "dateline"
