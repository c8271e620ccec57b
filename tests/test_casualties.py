"""Counts of the dead and wounded, from phrasings written for these tests."""

import datetime as dt

import pytest

from geo.casualties import find_tolls
from geo.lexicon import lexicon


def _tolls(text):
    lex = lexicon()
    out = {}
    for t in find_tolls(text, 0, len(text), lex.scan(text)["casualties"], lex):
        out.setdefault(t.role, (t.value, t.qualifier))
    return out


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The bomb went off in a crowded square, killing eleven.", {"fatalities": (11, "exact")}),
        ("The raid killed a dozen fighters.", {"fatalities": (12, "vague")}),
        ("The bodies of 14 miners were recovered after the raid.", {"fatalities": (14, "exact")}),
        ("Rescuers pulled nine bodies from the rubble.", {"fatalities": (9, "exact")}),
        ("The drone killed a militia leader and his bodyguard.", {"fatalities": (2, "exact")}),
        (
            "Four soldiers and another contractor were wounded in the attack.",
            {"injuries": (5, "exact")},
        ),
        # a person named by title and name is one
        ("The strike killed senior militia commander Abu Hamza.", {"fatalities": (1, "exact")}),
        ("The blast killed the group's spokesman, Omar Idris.", {"fatalities": (1, "exact")}),
        # a day of the month counts no one
        ("The raid on Feb. 14 was the first in which soldiers were killed.", {}),
        (
            "Five soldiers, including two officers, were killed in the ambush.",
            {"fatalities": (5, "exact")},
        ),
        ("Three women and four children were killed.", {"fatalities": (7, "exact")}),
        (
            "The strike killed seven (7) militants and wounded two (2).",
            {"fatalities": (7, "exact"), "injuries": (2, "exact")},
        ),
        ("The shelling left at least nine people dead.", {"fatalities": (9, "at least")}),
        ("Officials said more than 30 people died.", {"fatalities": (30, "over")}),
        ("It killed a local journalist.", {"fatalities": (1, "exact")}),
        ("The blast caused the deaths of 14 people.", {"fatalities": (14, "exact")}),
        ("The attack caused over 20 injuries.", {"injuries": (20, "over")}),
        # one named victim and a count of others are one toll
        (
            "The strike killed a senior commander and at least four other people.",
            {"fatalities": (5, "at least")},
        ),
        (
            "The strike killed a woman and her three-year-old daughter.",
            {"fatalities": (2, "exact")},
        ),
        ("The strike killed a commander and his driver.", {"fatalities": (2, "exact")}),
        # two counts of different things are not one group
        (
            "At least 16 civilians were killed and 43 injured when two bombs struck.",
            {"fatalities": (16, "at least"), "injuries": (43, "exact")},
        ),
        # a number after a comma is no object of the verb
        ("Several militants killed, 10 detained in Helmand raid", {}),
    ],
)
def test_counts(text, want):
    assert _tolls(text) == want


def test_distances_years_times_and_weapons_are_not_victims():
    text = (
        "In 2015, 12 rockets landed 40 kilometers (25 miles) away at 9:30, and 60% of homes burned."
    )
    assert _tolls(text) == {}


def test_an_updated_toll_replaces_and_also_adds():
    lex = lexicon()
    text = "The death toll rose to 41. The blast also killed two guards."
    got = find_tolls(text, 0, len(text), lex.scan(text)["casualties"], lex)
    assert [(t.value, t.replaces, t.adds) for t in got] == [(41, True, False), (2, False, True)]


def test_an_explicit_zero():
    assert _tolls("Two rockets landed near the base; no one was hurt.") == {
        "fatalities": (0, "exact"),
        "injuries": (0, "exact"),
    }


def test_an_age_is_no_count_of_victims():
    from geo.events import extract_events

    text = "Russian shelling of Kherson on Monday wounded a 70-year-old woman, officials said."
    (st,) = extract_events(text, dt.date(2024, 3, 7)).strikes
    assert st.injuries == 1


def test_a_verb_in_ing_counts_only_what_follows_it():
    text = (
        "Two blasts hit a rally marking the killing of a cleric in Quetta on Monday, "
        "killing 12 people."
    )
    assert _tolls(text) == {"fatalities": (12, "exact")}


def test_no_one_of_another_group_takes_no_count_from_before():
    text = "Three militants were killed and no civilians were injured, the command said."
    assert _tolls(text) == {"fatalities": (3, "exact")}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A rocket killed two soldiers and a British medic.", (3, "exact")),
        ("Jets bombed a market, killing more than a hundred people.", (100, "over")),
        ("The strike killed two dozen people.", (24, "exact")),
        ("An air strike claimed the lives of 12 people.", (12, "exact")),
        ("A soldier was killed in the blast.", (1, "exact")),
        ("The blast killed three policemen and a passer-by.", (4, "exact")),
        ("Shelling killed two farmers and a shopkeeper in the market.", (3, "exact")),
        ("Gunmen killed a village chief and his two sons.", (3, "exact")),
        ("A strike on a school killed between 90 and 100 people.", (90, "at least")),
    ],
)
def test_counts_news_writes_in_words_and_phrases(text, want):
    assert _tolls(text)["fatalities"] == want


def test_counts_joined_by_and_all_add_up():
    assert _tolls("Police said 12 officers and all six attackers were killed.") == {
        "fatalities": (18, "exact")
    }


def test_and_one_wounded_is_one():
    assert _tolls("Two soldiers were killed and one wounded when a shell hit their post.") == {
        "fatalities": (2, "exact"),
        "injuries": (1, "exact"),
    }


def test_a_range_before_the_verb_counts_its_lower_bound():
    assert _tolls("Between 10 and 15 soldiers were killed in the ambush.") == {
        "fatalities": (10, "exact")
    }
