"""Troop deployments read from phrasings written for these tests."""

import datetime as dt

from geo.events import extract_events

PUB = dt.date(2024, 5, 10)


def _deps(text):
    r = extract_events(text, PUB, "t")
    return sorted((d.actor or d.force_name, d.country, d.count) for d in r.deployments)


def test_have_been_deployed_to():
    assert _deps("About 1,500 British troops have been deployed to Estonia since March.") == [
        ("GB", "EE", 1500)
    ]


def test_a_share_of_a_named_force():
    assert _deps(
        "Around 1,200 of Sangaris's soldiers are deployed in the Central African Republic."
    ) == [("Sangaris", "CF", 1200)]


def test_vague_numbers_are_not_counts():
    assert _deps("Hundreds of troops were sent to Niger and thousands of soldiers to Chad.") == []


def test_items_of_a_deployment_list_take_its_destination():
    text = (
        "The Pentagon said the United States would deploy the following to the kingdom of Jordan:\n"
        "• Two fighter squadrons\n"
        "• Approximately 300 support personnel\n"
    )
    assert _deps(text) == [("US", "JO", 300)]
