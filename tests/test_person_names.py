import pytest

from geo.geoparse import geoparse
from geo.person_names import person_cue, person_cues


def _resolved(text):
    return {m.text: m for m in geoparse(text) if m.resolved}


def _cue(text, name, small=True):
    start = text.index(name)
    return person_cue(text, start, start + len(name), person_cues(), small)


@pytest.mark.parametrize(
    ("text", "name", "cue"),
    [
        ("The inquiry heard from Dr. Payette on Monday.", "Payette", "title"),
        ("Lawmakers led by Senator Kerry voted.", "Kerry", "title"),
        ("The driver, Ashley Sutton, won again.", "Sutton", "given"),
        ("Her sister Elvira Clawson disagreed.", "Clawson", "given"),
        ("He met Julio Peters at the depot.", "Julio", "forename"),
        ("A statement by Diaz-Balart followed.", "Balart", "hyphen"),
        ("Payette said the team was ready.", "Payette", "speech"),
        ("“We are ready,” said Payette.", "Payette", "speech"),
    ],
)
def test_person_cues(text, name, cue):
    assert _cue(text, name) == cue


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shelling hit the Jordan Valley overnight.", "Jordan"),  # a word of place follows
        ("A man from Dewsbury said the road was closed.", "Dewsbury"),  # from a town
        ("Fighting resumed in Payette on Monday.", "Payette"),
    ],
)
def test_no_person_cue(text, name):
    assert _cue(text, name) is None


def test_large_places_speak_as_metonyms():
    text = "Moscow said the talks had failed."
    assert _cue(text, "Moscow", small=False) is None
    assert _resolved(text)["Moscow"].country == "RU"


def test_a_surname_stays_a_person_for_the_whole_article():
    text = (
        "The investigator, Dr. Payette, was questioned for hours. Later Payette described the "
        "evidence, and a lawyer for Payette called it thin. The hearing was held in Boise."
    )
    found = _resolved(text)
    assert "Payette" not in found
    assert found["Boise"].country == "US"


def test_a_preposition_of_place_keeps_the_town():
    text = "Detective Sutton led the case. The suspect was arrested in Sutton, Surrey."
    found = [m for m in geoparse(text) if m.resolved and m.text == "Sutton"]
    assert len(found) == 1 and found[0].start == text.rindex("Sutton")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Elizabeth Okafor, who runs the clinic, said the wards were full.", "Elizabeth"),
        ("The prize went to Elizabeth Quinlan for her third novel.", "Elizabeth"),
    ],
)
def test_a_city_named_like_a_given_name_before_a_surname_is_a_person(text, word):
    assert word not in {m.text for m in geoparse(text) if m.resolved}


@pytest.mark.parametrize(
    "text",
    [
        "In the US, Florida Senator Ann Reyes voted against the bill.",  # a state, a title
        "Flooding closed roads near Victoria Falls and the ferry terminal.",  # a word of place
    ],
)
def test_provinces_and_place_words_stay_places(text):
    assert {m.text for m in geoparse(text) if m.resolved} & {"Florida", "Victoria Falls"}
