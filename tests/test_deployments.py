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


def test_soldiers_a_blast_killed_are_no_deployment():
    from geo.events import extract_events

    text = "A roadside bomb killed three Pakistani soldiers in North Waziristan on Wednesday."
    found = extract_events(text, dt.date(2024, 3, 7))
    assert found.deployments == [] and found.strikes[0].fatalities == 3


def test_a_share_of_a_force_named_with_including():
    from geo.events import extract_events

    text = "The United States has roughly 40,000 troops in the Middle East, including about 2,500 in Iraq."
    deps = extract_events(text, dt.date(2024, 3, 7)).deployments
    assert {(d.place, d.count) for d in deps} == {("Middle East", 40000), ("Iraq", 2500)}


def test_mercenaries_operating_in_a_country_are_a_deployment():
    deps = _deps("Around 1,000 Russian mercenaries from the Wagner group are operating in Mali.")
    assert deps == [("RU", "ML", 1000)]


def test_a_headline_and_its_lead_give_one_deployment():
    deps = _deps(
        "Pentagon to send 1,500 more troops to the Middle East\n\n"
        "The Pentagon will deploy about 1,500 additional troops to the Middle East, officials said."
    )
    assert deps == [("US", None, 1500)]  # the Pentagon speaks for the United States


def test_a_capital_or_a_seat_of_government_sends_its_states_troops():
    assert _deps("Moscow has sent about 1,000 troops to Mali.") == [("RU", "ML", 1000)]
    assert _deps("The Kremlin has sent about 1,000 troops to Mali.") == [("RU", "ML", 1000)]


def test_troops_moved_to_the_border_in_a_region_are_there():
    assert _deps("India has moved 10,000 additional troops to the border in Ladakh.") == [
        ("IN", "IN", 10000)
    ]


def test_troops_fighting_alongside_a_group_in_a_country_are_there():
    deps = _deps(
        "Some 3,000 Ugandan soldiers are fighting alongside Congolese troops inside Congo."
    )
    assert deps == [("UG", "CD", 3000)]
    assert _deps("About 8,000 Eritrean troops are fighting in Tigray.") == [("ER", "ET", 8000)]
    # the dead of a battle are no force present
    assert (
        _deps("Three Ugandan soldiers were killed fighting alongside Congolese troops in Congo.")
        == []
    )


def test_a_country_that_hosts_troops_is_where_they_are():
    assert _deps("Japan hosts about 54,000 U.S. military personnel.") == [("US", "JP", 54000)]
    assert _deps("Germany currently hosts roughly 35,000 U.S. service members.") == [
        ("US", "DE", 35000)
    ]


def test_troops_sent_along_with_equipment_go_where_it_goes():
    got = _deps(
        "The Pentagon will send an air defence battery to Poland along with about 120 U.S. "
        "troops to operate it, officials said."
    )
    assert got == [("US", "PL", 120)]


def test_troops_in_a_neighbouring_country_or_already_there():
    assert _deps(
        "Turkey keeps about 3,000 soldiers in Iraq and some 1,000 in neighbouring Syria."
    ) == [
        ("TR", "IQ", 3000),
        ("TR", "SY", 1000),
    ]
    assert _deps("Some 1,200 French troops are already in Chad.") == [("FR", "TD", 1200)]
