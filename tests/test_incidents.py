"""Incidents read from news phrasing (texts written for these tests, one cause each)."""

import datetime as dt

import pytest

from geo.events import extract_events

PUB = dt.date(2024, 5, 10)  # a Friday


def _events(text, pub=PUB):
    r = extract_events(text, pub, "t")
    return sorted(r.strikes + r.attacks, key=lambda e: e.source_start)


def _one(text, pub=PUB):
    got = _events(text, pub)
    assert len(got) == 1, [(e.place, e.event_type, e.date) for e in got]
    return got[0]


# -- 1. incidents told with nouns and other verbs -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place", "event_type", "dead"),
    [
        (
            "A suicide bomber blew himself up at a wedding hall in Kirkuk on Thursday, killing nine guests.",
            "Kirkuk",
            "suicide bomb",
            9,
        ),
        (
            "A car bomb in Tikrit killed seven people on Wednesday.",
            "Tikrit",
            "remote explosive/IED",
            7,
        ),
        (
            "A Russian missile strike on a residential block in Kharkiv left four people dead on Tuesday.",
            "Kharkiv",
            "shelling/artillery/missile",
            4,
        ),
        (
            "Heavy shelling of Donetsk on Monday killed two civilians, city officials said.",
            "Donetsk",
            "shelling/artillery/missile",
            2,
        ),
        (
            "Gunmen ambushed an army convoy near Gao on Wednesday, killing six soldiers.",
            "Gao",
            "armed clash/raid",
            6,
        ),
        (
            "A rocket attack on the Ain al-Asad air base caused no casualties on Thursday.",
            "Ain al-Asad",
            "shelling/artillery/missile",
            0,
        ),
        (
            "Clashes between the army and militants in Kidal killed eleven people on Tuesday.",
            "Kidal",
            "armed clash/raid",
            11,
        ),
    ],
)
def test_incidents_told_with_nouns_and_other_verbs(text, place, event_type, dead):
    ev = _one(text)
    assert ev.place.startswith(place)
    assert ev.event_type == event_type
    assert ev.fatalities == dead
    assert ev.date is not None


def test_remote_violence_is_a_strike_ground_violence_an_attack():
    s = _one("A drone strike hit a car in Idlib on Monday.")
    a = _one("Soldiers raided a compound in Kandahar on Monday.")
    assert s.kind == "strike" and a.kind == "attack"


# -- 2. one record per place ---------------------------------------------------------------------
def test_each_place_of_one_incident_is_its_own_record():
    got = _events("On Tuesday, rockets fired from Gaza hit Ashdod, Ashkelon and Sderot.")
    assert sorted(e.place for e in got) == ["Ashdod", "Ashkelon", "Sderot"]
    assert len({e.group_id for e in got}) == 1 and got[0].group_id


# -- 3. dates told in other sentences ------------------------------------------------------------
def test_the_lead_dates_the_incident_in_the_next_sentence():
    ev = _one(
        "Militants attacked an army post early on Wednesday, officials said.\n\n"
        "The attack in Kidal killed three soldiers."
    )
    assert (ev.place, ev.date, ev.fatalities) == ("Kidal", "2024-05-08", 3)


def test_weekday_with_a_date_is_that_date():
    ev = _one("On Thursday 2 May, a drone strike hit a truck near Raqqa.")
    assert ev.date == "2024-05-02"


def test_a_day_earlier_counts_from_the_incident_before():
    got = _events(
        "A roadside bomb killed four soldiers in Helmand province on Wednesday. "
        "Another roadside bomb killed two police officers in Kandahar province a day earlier."
    )
    assert [(e.admin1, e.date) for e in got] == [("AF-HEL", "2024-05-08"), ("AF-KAN", "2024-05-07")]

    got = _events(
        "A missile hit a grain silo in Izmail on Thursday evening, injuring three workers. "
        "Hours earlier, a drone struck a fuel depot in the port of Reni. The air force said it "
        "shot down 30 of 45 drones launched overnight."
    )
    assert [(e.place, e.date) for e in got] == [("Izmail", "2024-05-09"), ("Reni", "2024-05-09")]


def test_an_incident_in_an_opening_lapse_is_dated_from_the_other():
    got = _events(
        "Two days after a drone hit a hospital in Sumy, another struck a school in Okhtyrka on "
        "Monday, wounding three teachers."
    )
    assert [(e.place, e.date) for e in got] == [("Sumy", "2024-05-04"), ("Okhtyrka", "2024-05-06")]


def test_a_date_after_a_verb_of_saying_dates_the_statement_only():
    ev = _one(
        "Officials said Thursday that an air strike on Tuesday hit a house in Kunduz, killing five."
    )
    assert ev.date == "2024-05-07"


# -- 4. wrong things become places ----------------------------------------------------------------
def test_the_attackers_country_is_not_the_place():
    ev = _one("Russia launched drones at Odesa on Thursday, damaging a port.")
    assert ev.place == "Odesa" and ev.country == "UA"


def test_origin_reaction_and_names_are_not_places():
    got = _events(
        "On Monday, rockets fired from Lebanon hit Nahariya, wounding two people. "
        "Spain condemned the attack. The Voice of America and Agence France-Presse reported it."
    )
    assert [e.place for e in got] == ["Nahariya"]


def test_ownership_and_possessives_are_not_places():
    got = _events(
        "A missile hit a Panama-flagged, Greek-owned tanker in the Red Sea on Monday. "
        "Iran's navy denied involvement."
    )
    assert [e.place for e in got] == ["Red Sea"]


# -- 5. coarse duplicates ------------------------------------------------------------------------
def test_headline_lead_and_follow_up_give_one_event_at_the_town():
    got = _events(
        "Car bomb kills five in Iraq\n\n"
        "A car bomb exploded near a market in Samarra, in Iraq's Salahuddin province, on Thursday. "
        "The blast killed five people and wounded twelve, police said."
    )
    assert len(got) == 1
    ev = got[0]
    assert (ev.place, ev.geo_precision, ev.fatalities, ev.injuries) == (
        "Samarra",
        "town",
        5,
        12,
    )


def test_a_country_summary_joins_the_incidents_it_holds():
    got = _events(
        "Coalition aircraft conducted six strikes in Syria yesterday:\n"
        "-- Near Raqqa, four strikes destroyed fighting positions.\n"
        "-- Near Manbij, two strikes hit a tactical unit.\n",
        dt.date(2017, 6, 2),
    )
    assert sorted(e.place for e in got) == ["Manbij", "Raqqa"]
    assert {e.date for e in got} == {"2017-06-01"}


def test_a_place_named_after_a_country_level_incident_locates_it():
    ev = _one(
        "On Monday 6 May, British jets conducted air strikes in northern Iraq. "
        "The aircraft destroyed a bunker used by fighters near Sinjar."
    )
    assert ev.place == "Sinjar" and ev.date == "2024-05-06"


# -- 6. not events ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The militia has threatened to strike US bases in Iraq if the talks fail.",
        "Israel could launch air strikes on Rafah within days, officials warned.",
        "Attacks on aid workers in Darfur have become increasingly frequent.",
        "The group routinely carries out raids in Borno state.",
        "The 2019 strike on the Balakot camp remains disputed.",
        "Since January, drones have struck targets in Yemen every week.",
        "No attacks were reported in Mosul on Sunday.",
        "An earthquake hit eastern Turkey on Monday, killing dozens.",
        "Washington has hit back at the militias with sanctions.",
        # unrest and labour, not armed violence
        "Dock workers strike at Rotterdam port\n\nThousands of workers walked out in Rotterdam on "
        "Monday. The strike halted container traffic, and police said protesters clashed with "
        "officers near the terminal gates.",
        # an anniversary, and a known incident that only marks a time
        "Remembering the siege of Sarajevo, 30 years on",
        "Prosecutors said he drove two gunmen to Paris days before the attacks on the Bataclan.",
        # a weapons test; an attack on a budget
        "Iran test-fired a ballistic missile in the Gulf of Oman on Monday, state media said.",
        "Members of parliament attacked the budget in Baghdad on Monday.",
        # tallies over a period, not one incident
        "Russia has launched more than 10,000 drones at Ukraine this year, officials said.",
        "The UN said airstrikes have killed more than 4,000 civilians in Yemen since 2015.",
    ],
)
def test_threats_plans_habits_background_and_idioms_are_not_events(text):
    assert _events(text) == []


# -- 7. casualties -----------------------------------------------------------------------------------
def test_casualties_sum_and_follow_the_incident():
    ev = _one(
        "An air strike on a school in Deir al-Balah killed six children and four adults on Monday. "
        "The strike also killed a teacher."
    )
    assert ev.fatalities == 11


def test_an_updated_toll_replaces_the_first():
    ev = _one(
        "A truck bomb exploded outside a hotel in Mogadishu on Tuesday, killing 20 people. "
        "The death toll rose to 35 on Wednesday."
    )
    assert ev.fatalities == 35


def test_the_victims_of_the_strike_told_again_are_its_fuller_toll_not_another_strike():
    # "more than" qualifies the toll: no "more" strikes announced
    for later in (
        "The city's health office said more than 40 people were killed in the strike.",
        "The strike killed more than 40 people, the city's health office said.",
    ):
        ev = _one(
            "Warplanes bombed a school sheltering families in Deir al-Balah on Wednesday, "
            "killing a militant commander. " + later
        )
        assert (ev.place, ev.fatalities) == ("Deir al-Balah", 40)
    # the defenders' victims are other people: they do not replace the toll of the attack
    ev = _one(
        "Nine soldiers were killed when gunmen stormed an army post near Gao on Tuesday. "
        "The troops repelled the attack and killed 20 assailants."
    )
    assert ev.fatalities == 9


def test_the_strike_as_the_official_of_its_province_tells_it_is_no_strike_at_his_seat():
    first = (
        "Ukrainian drones struck an oil depot in the town of Novozybkov in Russia's Bryansk "
        "region on Tuesday, causing a large fire. "
    )
    ev = _one(first + "The governor of Bryansk said a drone attack had damaged an industrial site.")
    assert ev.place == "Novozybkov"
    # the official of another province tells of another attack
    got = _events(first + "Officials in Kursk said a drone attack had damaged a power line.")
    assert [e.place for e in got] == ["Novozybkov", "Kursk"]


def test_a_claim_told_later_of_the_attack_is_that_attack():
    ev = _one(
        "A roadside bomb hit an army truck outside Menaka on Thursday, killing four soldiers. "
        "Islamic State Sahel Province later claimed the attack in a statement."
    )
    assert (ev.place, ev.fatalities) == ("Menaka", 4)


def test_a_provinces_shelling_told_town_by_town_is_at_each_town_with_its_own_toll():
    first = "Russian troops shelled 14 villages in the Zaporizhzhia region over the past day, the governor said. "
    for later in (
        "A woman was killed in Huliaipole and three men were wounded in the village of Mala Tokmachka.",
        "In Huliaipole, a woman was killed, and in the village of Mala Tokmachka three men were wounded.",
    ):
        got = [(e.place, e.fatalities, e.injuries, e.date) for e in _events(first + later)]
        assert got == [
            ("Huliaipole", 1, None, "2024-05-09"),
            ("Mala Tokmachka", None, 3, "2024-05-09"),
        ], later


def test_a_clause_of_its_own_with_violence_of_another_kind_is_another_incident():
    got = _events(
        "Militants ambushed a patrol in Pattani on Sunday, and a bomb hidden in a motorcycle "
        "wounded four rangers in Songkhla the same evening."
    )
    assert sorted((e.place, e.event_type, e.injuries) for e in got) == [
        ("Pattani", "armed clash/raid", None),
        ("Songkhla", "remote explosive/IED", 4),
    ]


def test_a_day_at_the_end_of_a_long_clause_still_dates_its_strikes():
    ev = _one(
        "Turkey carried out strikes on suspected militant hideouts in Iraq's Duhok province "
        "early on Wednesday, the defence ministry said."
    )
    assert (ev.place, ev.date, ev.actor) == ("Duhok", "2024-05-08", "TR")


def test_a_sea_or_town_that_says_what_the_next_place_is_is_no_place_of_its_own():
    for text, place in (
        (
            "A drone hit a hotel in the Black Sea port of Mykolaiv on Monday, killing two.",
            "Mykolaiv",
        ),
        (
            "A drone hit a school in the Kharkiv suburb of Pisochyn on Monday, killing two.",
            "Pisochyn",
        ),
        # a district of a province is the district's town, not the province
        (
            "Gunmen killed four police in the Bannu district of Khyber Pakhtunkhwa on Monday.",
            "Bannu",
        ),
    ):
        assert _one(text).place == place, text


def test_a_region_of_no_one_country_named_around_a_town_is_no_place_of_its_own():
    ev = _one(
        "Troops in Indian-administered Kashmir killed three militants in a gunfight in the "
        "Pulwama district on Monday, police said."
    )
    assert ev.place == "Pulwama"


def test_an_incident_told_separately_in_a_region_is_no_restatement_of_the_one_before():
    got = _events(
        "Gunmen opened fire at a market in Bannu on Friday, killing three traders, police "
        "said. Separately, a roadside bomb wounded four soldiers in South Waziristan on Saturday.",
        dt.date(2024, 5, 13),
    )
    assert [(e.place, e.fatalities, e.injuries) for e in got] == [
        ("Bannu", 3, None),
        ("South Waziristan", None, 4),
    ]


def test_a_ship_attack_at_sea_then_placed_from_a_port_is_one_incident():
    ev = _one(
        "The Houthis said they hit the tanker Sea Lark with a drone boat in the Gulf of Aden on "
        "Wednesday. A maritime security agency said a vessel was struck 80 nautical miles "
        "east of Aden, with no injuries."
    )
    assert ev.geo_precision == "relative" and ev.ref_place == "Aden"
    # a strike on land the same day is another incident
    got = _events(
        "The Houthis said they hit the tanker Sea Lark with a drone boat in the Gulf of Aden on "
        "Wednesday. US jets struck a radar site in Hodeidah on Wednesday."
    )
    assert len(got) == 2


def test_the_strike_told_again_by_distance_and_bearing_is_placed_there():
    ev = _one(
        "US forces conducted an airstrike against militants in central Somalia on Monday, "
        "killing four. The strike occurred about 30 kilometres north of Beledweyne."
    )
    assert (ev.geo_precision, ev.ref_place, ev.fatalities) == ("relative", "Beledweyne", 4)


def test_a_record_wave_of_strikes_since_a_time_is_one_incident_not_a_habit():
    got = _events(
        "On Monday, Russia launched its largest drone attack since the summer, hitting targets "
        "in Sumy and Poltava."
    )
    assert [(e.place, e.date) for e in got] == [("Sumy", "2024-05-06"), ("Poltava", "2024-05-06")]
    assert _events("Russian drones have hit Sumy repeatedly since the summer.") == []


def test_a_separate_incident_in_the_same_province_is_another_incident():
    got = _events(
        "Gunmen attacked a checkpoint in Pakistan's Balochistan province on Sunday, killing two "
        "soldiers. In a separate incident in the same province, a bomb hidden in a cart "
        "exploded in Turbat, wounding five people."
    )
    assert sorted((e.place, e.fatalities, e.injuries) for e in got) == [
        ("Balochistan", 2, None),
        ("Turbat", None, 5),
    ]


def test_a_town_told_in_a_background_paragraph_does_not_place_the_provinces_attack():
    ev = _one(
        "Gunmen killed at least 12 villagers in an attack on a village in Kaduna state on "
        "Wednesday, residents said.\n\nIn March, bandits seized Kajuru, a town in the state, "
        "after the army withdrew."
    )
    assert (ev.place, ev.geo_precision) == ("Kaduna state", "admin1")


def test_a_town_opening_the_sentence_before_a_clause_led_by_a_demonym_is_its_place():
    ev = _one("In the eastern city of Sumy, Russian drones killed three people on Monday.")
    assert (ev.place, ev.fatalities, ev.actor) == ("Sumy", 3, "RU")
    # a separate incident: "A separate attack ..." is another, not the one told before
    got = _events(
        "Gunmen attacked a church in Djibo on Sunday, killing 12 worshippers. A separate "
        "attack on a mosque in the northeast of the country killed 20 on the same day."
    )
    assert len(got) == 2


def test_a_scene_set_the_sentence_before_places_and_dates_the_attack_told_after_it():
    ev = _one(
        "On Tuesday 7 May, a Reaper drone was tasked to watch an area near Hajin, in eastern "
        "Syria. The crew identified a group of fighters and conducted a successful attack "
        "with a Hellfire missile."
    )
    assert (ev.place, ev.date) == ("Hajin", "2024-05-07")
    # a threat told after a scene is no attack there
    got = _events(
        "On Tuesday, Chad said its forces had retaken the town of Dikwa. Its president called "
        "on the group's leader to surrender or be killed."
    )
    assert got == []


def test_a_toll_told_in_the_next_sentence_fills_the_count_the_incident_lacks():
    ev = _one(
        "Insurgents overran an army post outside the town of Jowhar on Friday, a local elder "
        "said. Nine soldiers and at least 14 attackers died, he said, and 11 were wounded."
    )
    assert (ev.fatalities, ev.injuries) == (23, 11)
    # a running count is no incident's toll; nor one a paragraph later
    ev = _one(
        "Insurgents overran an army post outside the town of Jowhar on Friday, a local elder "
        "said. More than 400 soldiers have died in the region since the offensive began."
    )
    assert ev.fatalities is None
    ev = _one(
        "Insurgents overran an army post outside the town of Jowhar on Friday.\n\n"
        "Nine soldiers died in a crash last week, officials said."
    )
    assert ev.fatalities is None


# -- 8. places by distance ---------------------------------------------------------------------------
def test_unknown_site_is_placed_by_its_distance_and_bearing():
    ev = _one("Two rockets hit the Qarqar camp, 40 kilometers southeast of Baghdad, on Monday.")
    assert ev.geo_precision == "relative"
    assert ev.lat == pytest.approx(33.06, abs=0.05) and ev.lon == pytest.approx(44.68, abs=0.05)


# -- 9. the capital and the place of the quoted ------------------------------------------------------
def test_a_countrys_capital_is_its_capital_city():
    ev = _one("Air strikes hit a police compound in Yemen's capital overnight, killing 12.")
    assert ev.place_name == "Sanaa" and ev.geo_precision == "town"


def test_the_speakers_place_locates_an_incident_that_names_no_other():
    ev = _one("Police in Karbala said a bomb exploded near a bus station on Sunday.")
    assert ev.place == "Karbala" and ev.date == "2024-05-05"


# -- dates of lists, captions and openers ------------------------------------------------------------
def test_a_list_heading_dates_its_items():
    got = _events(
        "In operations yesterday:\n"
        "-- Near Lashkar Gah, troops detained two insurgents.\n"
        "In operations May 7:\n"
        "-- Soldiers raided a compound near Khost, killing one insurgent.\n"
    )
    assert [(e.place, e.date) for e in got] == [
        ("Lashkar Gah", "2024-05-09"),
        ("Khost", "2024-05-07"),
    ]


def test_a_caption_date_at_the_end_and_an_opening_date_count():
    a = _one(
        "A missile is launched against targets in Yemen from a warship in the Red Sea, May 3, 2024."
    )
    assert a.date == "2024-05-03"
    b = _one(
        "Today, the navies of several countries with support from Canada conducted strikes in Yemen."
    )
    assert b.date == "2024-05-10" and b.country == "YE"


def test_a_caption_and_the_report_of_one_incident_are_one_event():
    got = _events(
        "Rescuers search a market after a rocket attack on Kharkiv on May 6, 2024.\n\n"
        "A rocket attack on Kharkiv early this week killed four people, officials said."
    )
    assert len(got) == 1 and got[0].fatalities == 4


def test_the_province_the_area_and_here_point_back_to_named_places():
    got = _events(
        "Militants attacked two police posts in Uruzgan province on Tuesday.\n\n"
        "In response, jets carried out air strikes on the area, officials said."
    )
    assert [(e.admin1, e.event_type) for e in got] == [
        ("AF-URU", "attack"),
        ("AF-URU", "air/drone strike"),
    ]
    assert {e.date for e in got} == {"2024-05-07"}
    ev = _one("KIRKUK, Iraq - A roadside bomb exploded here on Thursday, killing two soldiers.")
    assert ev.place == "here" and ev.place_name == "Kirkuk" and ev.fatalities == 2


def test_the_headline_and_the_lead_are_one_event():
    got = _events(
        "Militants Attack Army Post in Kidal\n\n"
        "Militants fired rockets and mortars in a three-hour assault on an army post in Kidal on "
        "Tuesday, the army said."
    )
    assert len(got) == 1 and got[0].date == "2024-05-07"


def test_an_answer_of_the_same_kind_restates_the_strikes_told_before():
    got = _events(
        "On Monday, US forces conducted two self-defense strikes near Jilib, Somalia. "
        "Fighters had attacked partner forces. In response, US forces conducted two self-defense "
        "strikes, killing four fighters."
    )
    strikes = [e for e in got if e.kind == "strike"]
    assert len(strikes) == 1 and strikes[0].fatalities == 4


def test_training_bombers_is_not_an_incident():
    assert (
        _events("The commander ran camps in Kunar, training suicide bombers for the Taliban.") == []
    )
    assert _events("He trained suicide bombers in Kunar.") == []


def test_bullets_with_other_counts_at_one_place_are_other_strikes():
    got = _events(
        "Coalition forces conducted strikes in Syria yesterday:\n"
        "-- Near Raqqa, eight strikes destroyed fighting positions.\n"
        "Additionally, strikes were conducted on May 8:\n"
        "-- Near Raqqa, three strikes destroyed a weapons cache.\n"
    )
    assert [(e.place, e.date) for e in got] == [("Raqqa", "2024-05-09"), ("Raqqa", "2024-05-08")]


def test_one_of_several_blasts_told_again_is_no_new_event():
    got = _events(
        "Two bombs exploded at a checkpoint in Baqubah on Wednesday, killing nine people. "
        "The second of those blasts hit as police gathered at the scene."
    )
    assert len(got) == 1 and got[0].fatalities == 9
    got = _events(
        "Four car bombs struck Mosul on Wednesday, killing at least 30 people, police said.\n\n"
        "Witnesses said a truck bomb went off outside the provincial council building."
    )
    assert len(got) == 1 and got[0].fatalities == 30
    # announced as another, it stays another
    got = _events(
        "A car bomb struck Mosul on Wednesday, killing eight people. "
        "Another car bomb went off in Mosul hours later, killing three."
    )
    assert [e.fatalities for e in got] == [8, 3]


def test_a_later_paragraph_naming_the_bomb_otherwise_is_the_same_event():
    got = _events(
        "A suicide bomber killed eleven people at a market in Samarra on Wednesday.\n\n"
        "Police in Samarra said a car bomb detonated near the market gate."
    )
    assert len(got) == 1 and got[0].fatalities == 11
    # not so at country level: two bombings somewhere in a country may be two events
    got = _events(
        "A suicide bomber killed eleven people in Iraq on Wednesday.\n\n"
        "Police said a car bomb detonated in Iraq on Tuesday, killing four."
    )
    assert len(got) == 2


def test_forces_retaking_a_town_or_its_airport_is_an_incident_there():
    ev = _one("On Tuesday, government forces recaptured the town of Kidal from the rebels.")
    assert ev.place == "Kidal" and ev.kind == "attack" and ev.date == "2024-05-07"
    ev = _one("Army troops regained control of Kidal's airport on Wednesday.")
    assert ev.place_name == "Kidal" and ev.date == "2024-05-08"
    # regaining without a military word is no incident
    assert _events("The party regained control of the council in Kidal on Tuesday.") == []


def test_it_was_the_second_attack_names_the_one_just_told():
    got = _events(
        "A drone strike hit a compound in Kandahar on Tuesday, killing six militants. "
        "It was the second attack in the city this week."
    )
    assert len(got) == 1 and got[0].fatalities == 6


def test_bombs_found_and_then_defused_did_not_go_off():
    got = _events(
        "A bomb exploded at a mosque in Quetta on Friday, killing seven worshippers. "
        "Police later found two more bombs nearby, which were then defused."
    )
    assert [(e.place, e.fatalities) for e in got] == [("Quetta", 7)]


def test_an_incident_with_no_place_takes_the_scene_told_in_its_paragraph():
    got = _events(
        "Two car bombs exploded outside a police station in Kirkuk on Saturday, killing 12.\n\n"
        "The blasts struck at 9 a.m. Minutes later, an armed assault hit a nearby checkpoint."
    )
    assert [e.place for e in got] == ["Kirkuk", "Kirkuk"]


def test_an_attack_in_a_part_of_a_sea_is_placed_in_that_part():
    ev = _one("On Tuesday, Houthi missiles struck a cargo ship in the southern Red Sea.")
    assert ev.place_name == "southern Red Sea" and 12 < ev.lat < 17 and 40 < ev.lon < 44


def test_a_photo_captions_day_does_not_date_the_report_after_it():
    text = (
        "Rescuers search the rubble of a school after a missile strike in Kharkiv, May 2, 2024. "
        "(Reuters)\n\n"
        "Russian missiles struck a market in Kharkiv, the governor said.\n\n"
        "The strike on the market on Thursday killed six people."
    )
    got = _events(text)
    assert ("Kharkiv", "2024-05-09", 6) in [(e.place, e.date, e.fatalities) for e in got]


def test_a_death_toll_before_the_noun_is_no_count_of_strikes():
    got = _events(
        "26 Killed in Yemen Airstrike\n\n"
        "At least 26 people have died in an airstrike on a market in Saada, medics said."
    )
    assert [(e.fatalities, e.count) for e in got] == [(26, None)]


def test_the_village_of_a_name_is_that_village_not_one_told_before():
    got = _events(
        "Russian shelling of the town of Nikopol wounded a man on Tuesday. "
        "In Russia's Belgorod region, a Ukrainian drone struck a car in the village of "
        "Shebekino on Wednesday, officials said."
    )
    assert [e.place for e in got] == ["Nikopol", "Shebekino"]


def test_overnight_counts_from_the_day_the_report_gives():
    ev = _one(
        "A Russian drone attack on Odesa overnight killed three people, "
        "Governor Oleh Kiper said Wednesday."
    )
    assert ev.date == "2024-05-08"
    ev = _one("A Russian drone attack on Odesa overnight killed three people, the governor said.")
    assert ev.date == "2024-05-10"


def test_heavy_fighting_and_plural_assaults_are_incidents():
    ev = _one("Heavy fighting broke out between the army and rebels in Sake on Wednesday.")
    assert ev.kind == "attack" and ev.event_type == "armed clash/raid" and ev.place == "Sake"
    ev = _one(
        "Ukrainian forces repelled Russian assaults near Pokrovsk on Thursday, the army said."
    )
    assert ev.kind == "attack" and ev.date == "2024-05-09"
    # bare fighting is often a whole war, not one incident
    assert _events("Fighting in Sudan has displaced millions since April 2023.") == []


def test_the_attack_placed_at_a_nearby_town_is_the_same_attack():
    got = _events(
        "Islamic State militants ambushed a Syrian army bus east of Palmyra on Thursday, killing ten "
        "soldiers. The attack took place near the town of Sukhnah, a monitor said."
    )
    assert len(got) == 1 and got[0].fatalities == 10
    # far apart, "the attack" told again elsewhere stays its own
    got = _events(
        "Militants ambushed an army bus near Palmyra on Thursday, killing ten soldiers. "
        "The attack in Aleppo on Friday killed three."
    )
    assert len(got) == 2


def test_came_two_days_after_puts_the_other_incident_before():
    got = _events(
        "Pakistani jets bombed hideouts in Khost on Tuesday, killing eight people. "
        "The strikes came two days after a suicide bomber attacked a military post in "
        "North Waziristan, killing seven soldiers."
    )
    assert [(e.date, e.fatalities) for e in got] == [("2024-05-07", 8), ("2024-05-05", 7)]
    got = _events(
        "Pakistani jets bombed hideouts in Khost on Tuesday, killing eight people. "
        "Two days later, a suicide bomber attacked a military post in North Waziristan, "
        "killing seven soldiers."
    )
    assert [(e.date, e.fatalities) for e in got] == [("2024-05-07", 8), ("2024-05-09", 7)]


def test_the_killing_tells_the_toll_the_bombs_tell_the_violence():
    ev = _one(
        "At least 16 civilians were killed and 43 injured when two guided aerial bombs struck "
        "a hardware store in Kharkiv on Saturday."
    )
    assert (ev.event_type, ev.fatalities, ev.injuries) == ("air/drone strike", 16, 43)


def test_the_clashes_point_back_to_an_attack_that_began_with_a_bombing():
    got = _events(
        "Militants attacked an army base in Kismayo on Friday. The attack began with a suicide "
        "bombing, and gunmen then stormed the base.\n\n"
        "Officials said 30 soldiers were killed in the clashes."
    )
    assert len(got) == 1 and got[0].fatalities == 30


def test_came_hours_after_opens_another_incident_in_the_same_sentence():
    got = _events(
        "An Israeli strike on Beirut on Tuesday killed a commander. The strike came hours after "
        "Hezbollah fired rockets at Majdal Shams on Saturday, killing 12 children."
    )
    assert [(e.place, e.date, e.fatalities) for e in got] == [
        ("Beirut", "2024-05-07", 1),
        ("Majdal Shams", "2024-05-04", 12),
    ]


def test_a_town_near_another_is_placed_at_the_first():
    ev = _one(
        "On Tuesday, settlers attacked the village of Huwara near Nablus, setting cars on fire."
    )
    assert ev.place == "Huwara" and ev.kind == "attack"


def test_a_list_of_names_before_regions_are_regions():
    got = _events(
        "Russian missiles hit power plants in the Kharkiv and Khmelnytskyi regions on Tuesday."
    )
    assert [(e.place, e.geo_precision) for e in got] == [
        ("Kharkiv", "admin1"),
        ("Khmelnytskyi", "admin1"),
    ]


def test_a_town_far_from_the_distance_and_bearing_given_is_a_namesake():
    # a village named like the border town of Tal Abyad, 90 km north of Raqqa
    ev = _one(
        "An airstrike hit the village of Tal Abyad, about 15 km west of Raqqa, on Tuesday, "
        "killing four."
    )
    assert ev.geo_precision == "relative" and ev.place == "15 km west of Raqqa"
    assert ev.ref_offset_km > 30
    ev = _one("Militants ambushed a patrol 12 miles north of Kandahar on Sunday.")
    assert ev.place == "19 km north of Kandahar"


def test_a_toll_update_for_a_days_strike_is_that_strikes():
    ev = _one(
        "The death toll from Tuesday's missile strike on a shopping mall in Kremenchuk rose to "
        "20 on Thursday, officials said."
    )
    assert (ev.date, ev.fatalities) == ("2024-05-07", 20)


def test_the_death_toll_of_a_days_strike_makes_it_violence():
    ev = _one(
        "The death toll from Saturday's Russian strike on a hardware store in Kharkiv has "
        "risen to 16, the governor said on Monday. Another 43 people were wounded."
    )
    assert (ev.place, ev.date, ev.actor, ev.fatalities, ev.injuries) == (
        "Kharkiv",
        "2024-05-04",
        "RU",
        16,
        43,
    )
    assert _events("Labour strikes took a heavy toll on the economy of Kharkiv on Monday.") == []


def test_a_weak_noun_that_kills_is_violence_but_a_heart_attack_is_not():
    ev = _one("Russian strikes on Kharkiv killed 11 people on Thursday.")
    assert (ev.kind, ev.actor, ev.fatalities) == ("strike", "RU", 11)
    assert _events("He died of a heart attack in Baghdad on Monday.") == []


def test_a_deadly_hit_after_an_incident_told_is_another_strike():
    got = _events(
        "An airstrike on a school in Nuseirat killed five people on Sunday. On Monday, four "
        "people were killed when a house was hit in Deir al-Balah."
    )
    assert [(e.place, e.date, e.fatalities) for e in got] == [
        ("Nuseirat", "2024-05-05", 5),
        ("Deir al-Balah", "2024-05-06", 4),
    ]
    # not in a story that has told no incident
    assert _events("On Monday, four people were killed when a storm hit Deir al-Balah.") == []


@pytest.mark.parametrize(
    ("text", "place", "actor"),
    [
        ("Russia struck Zaporizhzhia overnight, damaging a power plant.", "Zaporizhzhia", "RU"),
        ("Israel again hit Tyre on Monday, flattening a block.", "Tyre", "IL"),
        ("Iran said it hit an oil depot near Erbil on Monday.", "Erbil", "IR"),
    ],
)
def test_a_state_that_strikes_is_at_war(text, place, actor):
    ev = _one(text)
    assert (ev.place, ev.actor) == (place, actor)


def test_beheadings_and_massacres_by_fighters_are_attacks_with_their_dead():
    ev = _one("Militants beheaded seven farmers near Bunia in Ituri province on Sunday.")
    assert (ev.event_type, ev.place, ev.fatalities) == ("attack", "Bunia", 7)
    ev = _one("Gunmen massacred 23 villagers in Djibo on Sunday, residents said.")
    assert (ev.event_type, ev.fatalities) == ("attack", 23)
    # a court's sentence carried out is no incident of war
    assert _events("Saudi Arabia executed 81 men in Riyadh on Saturday.") == []


def test_an_incident_remembered_is_no_news_but_one_recalled_with_its_day_is():
    text = (
        "Ten years after the war, residents of Sinjar still remember the airstrikes that hit "
        "the old market."
    )
    assert _events(text) == []
    ev = _one("Witnesses recalled how a missile hit the market in Sinjar on Monday.")
    assert (ev.place, ev.date) == ("Sinjar", "2024-05-06")
    text = "The film, shot in Bosnia, follows a sniper during the shelling of Sarajevo."
    assert _events(text) == []


def test_an_incident_of_a_past_year_told_in_a_trial_is_background():
    text = (
        "A court in Baghdad sentenced two men to death on Sunday for a 2019 bombing in Karrada "
        "that killed 30 people."
    )
    assert _events(text) == []


def test_a_country_whose_border_a_town_lies_on_is_no_second_place():
    ev = _one("Jets bombed the town of Myawaddy on the Thai border on Monday, killing three.")
    assert (ev.place, ev.country, ev.fatalities) == ("Myawaddy", "MM", 3)
    # with no town, the border still places it
    ev = _one("Shells hit villages on the Thai border on Monday, the Myanmar army said.")
    assert ev.country == "TH"


def test_a_list_of_days_gives_each_its_incident():
    got = _events(
        "What we know:\n"
        "- Monday: A drone struck a bus in Kherson, killing one passenger.\n"
        "- Tuesday: Shelling of Nikopol damaged a school; no casualties were reported.\n"
    )
    assert [(e.place, e.date, e.fatalities) for e in got] == [
        ("Kherson", "2024-05-06", 1),
        ("Nikopol", "2024-05-07", 0),
    ]


def test_troops_who_killed_fighters_in_a_bombing_raid_struck_from_the_air():
    ev = _one(
        "Colombian troops killed six dissident FARC fighters in a bombing raid in the "
        "department of Guaviare on Friday."
    )
    assert (ev.event_type, ev.actor, ev.fatalities) == ("air/drone strike", "CO", 6)


def test_a_toll_told_at_another_town_is_the_same_attack_there():
    got = _events(
        "A missile hit a hospital in Kharkiv on Monday, killing two people. In Dnipro, three "
        "people were killed and 11 wounded."
    )
    assert [(e.place, e.date, e.event_type, e.fatalities, e.injuries) for e in got] == [
        ("Kharkiv", "2024-05-06", "shelling/artillery/missile", 2, None),
        ("Dnipro", "2024-05-06", "shelling/artillery/missile", 3, 11),
    ]
    # after a wave told across the country, the town is where it struck
    got = _events(
        "Russia fired 90 missiles at power plants across Ukraine on Sunday. In Mykolaiv, two "
        "people were killed. In Odesa, a strike on a substation wounded two people."
    )
    assert [(e.place, e.fatalities, e.injuries) for e in got] == [
        ("Mykolaiv", 2, None),
        ("Odesa", None, 2),
    ]


def test_an_area_after_a_compound_adjective_still_places_the_incident():
    ev = _one(
        "A rocket struck a football field in the Israeli-controlled Golan Heights, killing 12."
    )
    assert (ev.place, ev.fatalities) == ("Golan Heights", 12)
    ev = _one("A rocket struck Majdal Shams in the Israeli-controlled Golan Heights, killing 12.")
    assert ev.place == "Majdal Shams"


def test_where_the_group_that_launched_it_is_based_is_not_where_it_struck():
    ev = _one(
        "The drone that killed three soldiers at Tower 22 on Sunday was launched by an "
        "Iranian-backed militia in Iraq, officials said."
    )
    assert (ev.place, ev.fatalities) == ("Tower 22", 3)
    # those it killed there
    ev = _one("Five people were killed by Israeli forces in Jenin on Monday.")
    assert (ev.place, ev.fatalities) == ("Jenin", 5)


def test_a_place_across_a_sequel_gap_with_no_incident_of_its_own_is_not_the_others():
    got = _events(
        "Two missiles were intercepted over central Israel on Sunday, hours after Israeli jets "
        "hit a power station in Sanaa. The health ministry said six people were killed and 86 "
        "injured in the Israeli raids."
    )
    assert [(e.place, e.actor, e.fatalities, e.injuries) for e in got] == [("Sanaa", "IL", 6, 86)]


def test_an_assassination_is_an_attack():
    ev = _one("A militia commander was assassinated in Kirkuk on Sunday, police said.")
    assert (ev.event_type, ev.place, ev.fatalities) == ("attack", "Kirkuk", 1)


def test_an_incident_at_an_unknown_village_takes_the_country_of_the_one_before():
    got = _events(
        "Insurgents ambushed a convoy about 30 km south of Gao on Sunday, killing nine soldiers. "
        "Separately, a drone strike killed 21 civilians in the village of Tinzawatene."
    )
    assert [(e.kind, e.country, e.geo_precision, e.fatalities) for e in got] == [
        ("attack", "ML", "relative", 9),
        ("strike", "ML", "country", 21),
    ]


def test_a_breakdown_of_the_dead_by_town_gives_each_town_its_own():
    got = _events(
        "Israeli strikes across Gaza killed 19 people on Monday, including eight in Nuseirat, "
        "six in Khan Younis and five in Gaza City's Shejaiya neighbourhood."
    )
    assert [(e.place, e.fatalities) for e in got] == [
        ("Nuseirat", 8),
        ("Khan Younis", 6),
        ("Shejaiya", 5),
    ]
    got = _events(
        "Seven people were killed in Russian shelling of the Kharkiv region on Monday: three in "
        "the village of Zolochiv, two in Kupiansk and two in Vovchansk."
    )
    assert [(e.place, e.admin1, e.fatalities) for e in got] == [
        ("Zolochiv", "UA-63", 3),
        ("Kupiansk", "UA-63", 2),
        ("Vovchansk", "UA-63", 2),
    ]
    ev = _one("Missiles killed 11 people in the Donetsk region, including five in Dobropillia.")
    assert (ev.place, ev.fatalities) == ("Dobropillia", 5)


def test_where_a_bus_was_travelling_is_no_place_of_the_attack():
    got = _events(
        "Militants killed 11 people in an attack on a bus near Mandera on Saturday, police said. "
        "The bus was travelling from Mandera to Nairobi when gunmen opened fire."
    )
    assert [(e.place, e.fatalities) for e in got] == [("Mandera", 11)]


def test_two_bases_far_apart_are_two_places_and_a_base_south_of_a_city_is_one():
    got = _events("Iranian missiles hit the Nevatim and Tel Nof air bases on Monday.")
    assert [e.place for e in got] == ["Nevatim", "Tel Nof"]
    got = _events("A blast hit the Kalsu military base south of Baghdad on Monday, killing one.")
    assert [e.place for e in got] == ["Kalsu"]


def test_a_cross_border_incursion_is_a_battle():
    ev = _one(
        "Ukrainian troops crossed into Russia's Kursk region on Monday in a surprise incursion."
    )
    assert (ev.event_type, ev.admin1) == ("armed clash/raid", "RU-KRS")


def test_an_attack_at_a_kibbutz_is_at_the_kibbutz():
    ev = _one("Gunmen killed 12 people at a festival near Kibbutz Nir Oz on Saturday.")
    assert (ev.place, ev.fatalities) == ("Nir Oz", 12)


def test_the_next_step_of_an_attack_is_the_same_attack():
    got = _events(
        "Gunmen attacked a church in Homs during Sunday mass, killing 25 worshippers. A suicide "
        "bomber then blew himself up inside the church."
    )
    assert [(e.place, e.event_type, e.fatalities) for e in got] == [("Homs", "suicide bomb", 25)]

    # a next step with a subject of its own is another incident, with its own day and weapon
    got = _events(
        "Missiles struck Kharkiv on Monday, then drones hit Lviv on Tuesday, killing two."
    )
    assert [(e.place, e.date, e.event_type, e.weapon) for e in got] == [
        ("Kharkiv", "2024-05-06", "shelling/artillery/missile", "missile"),
        ("Lviv", "2024-05-07", "air/drone strike", "drone"),
    ]
    ev = _one("Gunmen stormed a hotel in Mogadishu on Monday, then opened fire, killing 12.")
    assert (ev.place, ev.fatalities) == ("Mogadishu", 12)


def test_an_explosion_heard_takes_the_type_of_the_weapon_named():
    ev = _one(
        '"We heard a huge explosion," said a resident of Chernihiv, where three missiles struck '
        "the city centre on Wednesday, killing 18 people."
    )
    assert (ev.event_type, ev.fatalities) == ("shelling/artillery/missile", 18)


def test_air_raid_sirens_are_an_alert_not_a_strike():
    assert _events("Air raid sirens sounded across Kyiv on Monday night.") == []


def test_a_state_hit_with_sanctions_struck_nothing():
    assert _events("Russia hit with new sanctions over Odesa on Monday.") == []


def test_a_landmine_is_an_explosive_and_abducting_from_a_school_is_there():
    ev = _one("Two soldiers were killed when their vehicle hit a landmine near Kidal on Friday.")
    assert (ev.kind, ev.event_type, ev.fatalities) == ("strike", "remote explosive/IED", 2)
    ev = _one("Gunmen abducted 20 students from a school in Kaduna state on Thursday.")
    assert (ev.kind, ev.place) == ("attack", "Kaduna state")
    # remote fire from a place is fired from there, not at it
    ev = _one("Houthis launched drones from a base in Yemen at a ship in the Red Sea on Sunday.")
    assert ev.place == "Red Sea"


def test_the_subject_of_conducted_or_carried_out_is_the_actor():
    assert _one("U.S. forces conducted two strikes near Jilib on Monday.").actor == "US"
    assert _one("Israeli forces carried out airstrikes on Rafah on Monday.").actor == "IL"
    # officials who speak are no actor
    assert _one("Officials in Iraq said a drone strike hit Baghdad on Monday.").actor is None


def test_a_town_in_a_by_phrase_is_no_actor():
    ev = _one("A tanker was struck by a missile 40 nautical miles south of Aden on Tuesday.")
    assert ev.actor is None
    ev = _one("A tanker was struck by an Iranian drone south of Aden on Tuesday.")
    assert ev.actor == "IR"


def test_the_first_of_a_list_of_states_that_struck_is_an_actor_not_a_place():
    ev = _one("Japan, Australia and Canada launched missile strikes on targets in Libya on Monday.")
    assert (ev.place, ev.actor) == ("Libya", "JP,AU,CA")


def test_an_aside_between_the_subject_and_its_verb_keeps_the_actor():
    ev = _one(
        "French forces, in coordination with the Malian army, conducted an airstrike near "
        "Menaka on Monday, killing four fighters."
    )
    assert ev.actor == "FR"


def test_the_details_of_a_summary_take_its_actor():
    got = _events(
        "U.S. forces conducted strikes in Syria on Monday:\n"
        "-- Near Raqqa, a strike destroyed a fighting position.\n"
        "-- Near Abu Kamal, two strikes destroyed a weapons cache.\n"
    )
    assert [(e.place, e.actor) for e in got] == [("Raqqa", "US"), ("Abu Kamal", "US")]


def test_a_countrys_armed_group_is_not_its_state():
    assert (
        _one("Pakistani Taliban militants attacked a police station in Bannu on Wednesday.").actor
        is None
    )
    assert _one("Syrian rebels shelled Aleppo on Monday.").actor is None
    assert _one("Iraqi forces raided a village near Kirkuk on Monday.").actor == "IQ"


def test_gang_attacks_are_armed_violence_and_a_record_frame_is_no_date():
    ev = _one(
        "Gang members attacked a neighbourhood of Port-au-Prince on Tuesday, killing at least "
        "12 people."
    )
    assert (ev.kind, ev.place, ev.date, ev.fatalities) == (
        "attack",
        "Port-au-Prince",
        "2024-05-07",
        12,
    )
    ev = _one(
        "Clashes between rival armed groups in Tripoli killed 55 people on Wednesday, the "
        "deadliest fighting in the city this year."
    )
    assert ev.date == "2024-05-08"


def test_since_an_attack_tells_that_attack():
    got = _events(
        "About 3,000 U.S. forces have been deployed to Saudi Arabia since an attack on oil "
        "facilities in Abqaiq on Saturday."
    )
    assert [(e.kind, e.place) for e in got] == [("attack", "Abqaiq")]


def test_a_place_in_a_clause_opened_by_as_is_not_the_incidents():
    ev = _one(
        "Israeli air strikes killed 12 people in Khan Younis on Thursday, medics said, as "
        "ceasefire talks in Cairo stalled."
    )
    assert ev.place == "Khan Younis"
    # "as many as" opens no clause
    ev = _one("Russian shelling killed as many as nine people in Kherson on Thursday.")
    assert (ev.place, ev.fatalities) == ("Kherson", 9)


def test_in_the_capital_is_the_national_capital_named_before():
    got = _events(
        "KABUL (AP) - A suicide bomber struck near the Foreign Ministry in Kabul on Wednesday, "
        "killing five people.\n\n"
        "Security forces later raided a hideout in the west of the capital, killing three "
        "militants.\n\n"
        "In a separate attack, gunmen shot dead two guards at a checkpoint in Nangarhar province "
        "late Tuesday."
    )
    assert [(e.place_name, e.fatalities) for e in got] == [
        ("Kabul", 5),
        ("Kabul", 3),
        ("Nangarhar", 2),
    ]


def test_a_wire_storys_dateline_town_places_an_incident_that_names_no_place():
    ev = _one(
        "MOGADISHU, Somalia (AP) - A car bomb exploded outside a hotel on Friday, killing at "
        "least six people, police said."
    )
    assert (ev.place_name, ev.geo_precision, ev.fatalities) == ("Mogadishu", "town", 6)
    # a bureau's dateline in another country than the story's is not the place
    ev = _one(
        "WASHINGTON (Reuters) - U.S. forces conducted a strike in Somalia on Friday. The strike "
        "killed two militants."
    )
    assert ev.place_name == "Somalia"


def test_in_response_to_an_airstrike_tells_the_airstrike_apart():
    got = _events(
        "Rockets fired from Lebanon killed two people in Kiryat Shmona on Sunday.\n\n"
        "Hezbollah said it fired the rockets in response to an Israeli airstrike a day earlier "
        "that killed three of its fighters in the southern Lebanese village of Aitaroun."
    )
    assert [(e.event_type, e.date, e.fatalities) for e in got] == [
        ("shelling/artillery/missile", "2024-05-05", 2),
        ("air/drone strike", "2024-05-04", 3),
    ]


def test_a_dateline_town_is_not_the_place_when_the_story_names_its_country():
    got = _events(
        "KYIV, Ukraine (AP) - Russian missiles struck energy facilities overnight, officials "
        "said on Friday. Ukraine's air force said it shot down most of the missiles."
    )
    assert [(e.place_name, e.geo_precision) for e in got] == [("Ukraine", "country")]


def test_killed_in_a_strike_is_the_strikes_with_its_actor():
    ev = _one("Five people were killed in an Israeli strike on a house in Jabalia on Monday.")
    assert (ev.kind, ev.actor, ev.fatalities) == ("strike", "IL", 5)


def test_a_condemned_attack_on_peacekeepers_is_an_incident():
    ev = _one(
        "The Security Council condemned Tuesday's attack on peacekeepers in southern Lebanon."
    )
    assert (ev.kind, ev.place_name, ev.date) == ("attack", "southern Lebanon", "2024-05-07")


def test_the_dead_counted_place_by_place_stay_with_their_place():
    got = _events("Israeli strikes killed 8 people in Rafah and 5 in Khan Younis on Tuesday.")
    assert [(e.place, e.fatalities) for e in got] == [("Rafah", 8), ("Khan Younis", 5)]
    got = _events("Russian shelling killed two people in Kherson and one in Nikopol on Monday.")
    assert [(e.place, e.fatalities) for e in got] == [("Kherson", 2), ("Nikopol", 1)]
    # one toll for several places stays the sentence's total
    got = _events("Rockets hit Ashdod and Sderot on Monday, killing three people.")
    assert [e.fatalities for e in got] == [3, 3]


def test_a_counteroffensive_retaking_a_village_is_an_incident_unless_months_ago():
    ev = _one("A Ukrainian counteroffensive retook the village of Robotyne on Tuesday.")
    assert (ev.kind, ev.place, ev.actor, ev.date) == ("attack", "Robotyne", "UA", "2024-05-07")
    assert (
        _events("A Ukrainian counteroffensive retook the village of Robotyne in late August.") == []
    )


def test_the_victims_of_a_when_clause_are_no_actor_and_the_syrian_capital_is_damascus():
    ev = _one("Two U.S. soldiers were wounded when a drone hit a base in Jordan on Sunday.")
    assert ev.actor is None and ev.injuries == 2
    ev = _one("A car bomb exploded in the Syrian capital on Thursday, wounding three people.")
    assert (ev.place_name, ev.geo_precision) == ("Damascus", "town")


def test_a_name_before_a_preposition_is_no_actor_and_the_killers_are():
    # "Palestinians during a raid": the victims, not who raided
    ev = _one("Israeli forces killed two Palestinians during a raid on Tulkarm on Monday.")
    assert (ev.place, ev.actor) == ("Tulkarm", "IL")
    ev = _one("Two Syrians were wounded in an airstrike on Idlib on Monday.")
    assert ev.actor is None


def test_where_people_flee_to_is_no_place_of_the_fighting():
    got = _events(
        "Rebels captured Bunia on Monday after heavy fighting that sent thousands fleeing "
        "across the border into Uganda."
    )
    assert [e.place for e in got] == ["Bunia"]
    got = _events("Shelling hit Kherson on Monday; hundreds of residents fled to Mykolaiv.")
    assert [e.place for e in got] == ["Kherson"]


def test_an_aside_of_a_day_after_dates_the_other_incident_before_and_no_later_sentence():
    got = _events(
        "Russian jets bombed Avdiivka on Tuesday, two days after a missile strike killed "
        "nine people in Pokrovsk.\n\nA drone also hit a school in Kramatorsk, officials said."
    )
    assert [(e.place, e.date, e.fatalities) for e in got] == [
        ("Avdiivka", "2024-05-07", None),
        ("Pokrovsk", "2024-05-05", 9),
        ("Kramatorsk", "2024-05-07", None),
    ]


def test_a_unit_named_for_a_weapon_is_no_weapon_of_the_incident():
    ev = _one("An Israeli airstrike on Tyre killed a commander of Hezbollah's rocket forces.")
    assert ev.event_type == "air/drone strike"
    ev = _one("A strike on Tyre killed a commander of Hezbollah's missile forces on Monday.")
    assert ev.event_type != "shelling/artillery/missile"


def test_a_country_after_a_word_of_part_is_where_not_who():
    ev = _one("Jihadists killed 12 villagers on Monday in a central Mali attack.")
    assert ev.actor is None and ev.country == "ML"


def test_a_states_paramilitary_force_is_not_the_state():
    ev = _one(
        "Shelling by Sudan's paramilitary Rapid Support Forces killed 9 in Omdurman on Monday."
    )
    assert ev.actor is None
    ev = _one("Sudan's army shelled Nyala on Monday.")
    assert ev.actor == "SD"


def test_a_toll_since_a_recent_day_is_one_episode_not_a_tally():
    ev = _one(
        "Clashes between rival rebel factions have killed 80 people in Catatumbo since Tuesday."
    )
    assert (ev.place, ev.date, ev.fatalities) == ("Catatumbo", "2024-05-07", 80)
    assert _events("Russian strikes have killed 400 civilians in Kharkiv since October.") == []


def test_an_incident_a_strike_followed_is_another_and_its_toll_stays_its_own():
    got = _events(
        "Israeli jets struck depots near Tyre on Monday.\n\n"
        "The strikes followed a drone launched from Lebanon earlier in the day that hit a barn "
        "near Metula, causing no injuries.\n\n"
        "Two people were wounded in the strikes near Tyre, the deepest Israeli strikes in "
        "Lebanon since October."
    )
    assert [(e.place, e.date, e.injuries) for e in got] == [
        ("Tyre", "2024-05-06", 2),
        ("Metula", "2024-05-06", 0),
    ]


def test_the_speakers_own_forces_may_carry_a_word_before_them():
    ev = _one("The Israel Defense Forces said its fighter jets struck depots near Tyre on Monday.")
    assert ev.actor == "IL"
    # a group's own militias are no forces of the speaker
    ev = _one(
        "The United States said the RSF and its affiliated militias razed villages "
        "near Nyala on Monday."
    )
    assert ev.actor is None


def test_a_speaker_who_says_it_struck_is_the_actor():
    ev = _one("The Turkish military said it struck 22 PKK targets near Duhok on Monday.")
    assert (ev.place, ev.actor) == ("Duhok", "TR")
    ev = _one("Ukraine's navy said on Monday that they had hit a landing ship off Sevastopol.")
    assert ev.actor == "UA"
    # a group speaks for itself, not for its backer or its country
    ev = _one("Rwanda-backed M23 rebels said on Monday they had shelled Sake.")
    assert ev.actor is None
    ev = _one("Yemen's Houthi rebels said they had struck a tanker off Hodeidah on Monday.")
    assert ev.actor is None
    # the speaker struck, not was struck
    ev = _one("The Pakistani army said it was hit by mortar fire near Chaman on Monday.")
    assert ev.actor is None


def test_a_named_weapon_makes_a_weak_verb_an_incident():
    ev = _one("On 6 May, a Ukrainian uncrewed aerial vehicle struck an airbase in Murmansk Oblast.")
    assert (ev.event_type, ev.actor, ev.date) == ("air/drone strike", "UA", "2024-05-06")
    # no weapon, no military word: no incident
    assert _events("On 6 May, a storm struck a village in Murmansk Oblast.") == []


def test_the_body_tells_the_town_of_the_headlines_incident():
    got = _events(
        "Gunmen kill 30 at Kyiv shopping centre\n\n"
        "Gunmen opened fire at a shopping centre in Irpin, on the western edge of Kyiv, on "
        "Monday evening, killing at least 30 people."
    )
    assert [(e.place, e.fatalities) for e in got] == [("Irpin", 30)]


def test_similar_incidents_of_a_group_are_a_habit():
    got = _events(
        "A bomb exploded at a market in Gwoza on Monday, killing 8 people. No group claimed "
        "it, but Boko Haram has carried out similar bombings in the area."
    )
    assert len(got) == 1
    # one similar attack told with its day is an incident
    ev = _one("On Monday, five people were killed in a similar attack on a school in Gwoza.")
    assert ev.fatalities == 5


def test_a_deadly_assault_verb_is_an_incident_a_deadly_storm_is_not():
    ev = _one("A church in Djibo was attacked during Mass on Sunday, killing at least 15 people.")
    assert (ev.kind, ev.fatalities) == ("attack", 15)
    assert _events("A storm hit the coast near Beira on Sunday, killing five people.") == []


def test_the_country_that_speaks_is_no_actor():
    ev = _one("Ukraine says Russian glide bomb hit Kharkiv on Monday")
    assert ev.actor == "RU"


def test_shells_that_landed_are_an_incident_a_plane_that_landed_is_not():
    ev = _one("Mortar rounds landed near the airport in Mogadishu on Tuesday, wounding three.")
    assert (ev.event_type, ev.injuries) == ("shelling/artillery/missile", 3)
    assert _events("A military plane landed in Mogadishu on Tuesday.") == []


def test_from_reaches_across_a_noun_phrase_only_after_a_verb_of_fire():
    ev = _one(
        "Israeli forces rescued two hostages from a house in the Nuseirat camp in central "
        "Gaza on Saturday in a raid backed by air strikes that killed 40 people."
    )
    assert ev.place == "Nuseirat"


def test_an_explosion_at_a_factory_is_an_accident_unless_a_weapon_caused_it():
    assert (
        _events("An explosion at a fireworks factory in Izmir killed 10 workers on Monday.") == []
    )
    ev = _one("A drone struck a fireworks factory in Tula on Monday, killing two workers.")
    assert ev.event_type == "air/drone strike"


def test_a_crewed_craft_that_crashed_is_an_accident_unless_downed_or_a_weapon():
    for text in (
        "A military transport helicopter crashed near Kirkuk on Monday, killing six soldiers.",
        "An air force jet crashed on take-off at a base outside Lahore, killing the pilot.",
    ):
        assert _events(text) == [], text
    for text in (
        "A helicopter was shot down and crashed near Kirkuk on Monday, killing six soldiers.",
        "A drone crashed into a block of flats in Kharkiv on Monday, killing two residents.",
    ):
        assert len(_events(text)) == 1, text


def test_exercises_and_drills_report_no_incident():
    for text in (
        "Marines took part in drills near Kaohsiung on Monday, practising how to repel an assault.",
        "Bombers simulated strikes on mock targets in the Baltic Sea on Tuesday.",
        "Troops rehearsed a raid on a model village near Tapa during exercises on Monday.",
    ):
        assert _events(text) == [], text


def test_a_natural_hazard_that_hits_and_kills_is_no_attack_even_in_a_war_story():
    text = (
        "A car bomb exploded at a checkpoint in Baquba on Friday, killing six soldiers. "
        "A cyclone hit the coast near Chittagong on Saturday, killing 11 people."
    )
    assert [e.place for e in _events(text)] == ["Baquba"]
    # a weapon striking disaster victims is an attack
    ev = _one("A missile hit a shelter for flood victims in Kharkiv on Monday, killing eight.")
    assert ev.fatalities == 8


def test_a_raid_on_crime_that_harms_no_one_is_law_enforcement():
    assert _events("Police raided a cocaine warehouse in Cali on Monday, arresting nine men.") == []
    ev = _one("Troops raided a village near Kidal on Monday, killing four and arresting nine.")
    assert ev.fatalities == 4
    # a raid that detains insurgents is an operation
    ev = _one(
        "Afghan and coalition forces raided a compound in Kajaki on Monday, detaining two insurgents."
    )
    assert ev.place == "Kajaki"


def test_an_old_war_bomb_found_or_destroyed_is_no_attack():
    text = "Experts safely detonated an unexploded Second World War bomb found in Gdansk on Monday."
    assert _events(text) == []


def test_an_incident_remembered_years_after_is_not_news_though_its_name_holds_a_day():
    text = "Ten years after the June 12 massacre, families gathered in Speicher on Wednesday."
    assert _events(text) == []
    # a clause with a subject of its own after it is news
    ev = _one(
        "On the anniversary of the June 12 massacre, gunmen attacked a checkpoint in Tikrit on Wednesday."
    )
    assert (ev.place, ev.date) == ("Tikrit", "2024-05-08")


def test_a_trigger_word_in_quotes_is_figurative():
    assert (
        _events('The manager of Tottenham said his team had been "bombarded" with injuries.') == []
    )


def test_a_headline_with_no_place_joins_the_strike_placed_from_a_town():
    got = _events(
        "U.S. forces conduct airstrike against al-Shabaab\n\n"
        "MOGADISHU, Somalia - U.S. forces conducted an airstrike against al-Shabaab about "
        "35 kilometers northeast of Kismayo on May 8, killing two militants."
    )
    assert [(e.geo_precision, e.date, e.fatalities) for e in got] == [("relative", "2024-05-08", 2)]


def test_troops_killed_in_an_attack_are_its_victims_not_its_actor():
    got = _events("Three U.S. troops killed in drone attack on base in Jordan\n\nMore text here.")
    assert [e.actor for e in got] == [None]


def test_the_incident_another_answers_keeps_its_own_toll():
    got = _events(
        "Hezbollah fired rockets at army posts in the Upper Galilee on Monday in response to "
        "Israeli strikes that killed three of its fighters."
    )
    assert [(e.place, e.date, e.fatalities) for e in got] == [("Upper Galilee", "2024-05-06", None)]


def test_a_week_earlier_dates_the_incident_seven_days_before():
    got = _events(
        "Gunmen attacked a convoy near Djibo on Saturday, killing 12 soldiers. A week earlier, "
        "militants killed 20 civilians near Kaya."
    )
    assert [(e.place, e.date) for e in got] == [("Djibo", "2024-05-04"), ("Kaya", "2024-04-27")]


def test_armed_men_ambushing_aid_workers_is_violence_not_unrest():
    ev = _one("Armed men killed four aid workers in an ambush in Jonglei state on Tuesday.")
    assert (ev.event_type, ev.fatalities) == ("armed clash/raid", 4)


def test_days_of_a_wire_story_count_from_its_dateline():
    got = _events(
        "Sudan market shelled\n\nKHARTOUM, May 4 (Reuters) - Shelling of a market in Omdurman "
        "killed 20 people on Saturday, the health ministry said.",
        pub=dt.date(2024, 5, 13),
    )
    assert [(e.place, e.date) for e in got] == [("Omdurman", "2024-05-04")]


def test_options_and_denials_report_no_incident():
    text = (
        "Israel has vowed to retaliate for Iran's missile barrage, and analysts say its options "
        "include strikes on oil terminals on Kharg Island or on nuclear sites near Natanz."
    )
    assert _events(text) == []
    text = (
        "Russia's defence ministry denied on Monday that it had struck a hospital in Kyiv, "
        "saying the damage was caused by a Ukrainian air defence missile."
    )
    assert _events(text) == []


def test_a_second_clause_with_its_own_attacker_is_another_incident():
    got = _events(
        "Fighters killed 18 people in an attack on Mafa in Borno state on Saturday, and a "
        "suicide bomber killed 12 people at a market in Konduga on Sunday."
    )
    assert sorted((e.place, e.date, e.fatalities) for e in got) == [
        ("Konduga", "2024-05-05", 12),
        ("Mafa", "2024-05-04", 18),
    ]


def test_the_nationalities_of_victims_are_no_places_of_the_strike():
    got = _events(
        "Seven aid workers, including citizens of Britain, Australia and Poland, were killed "
        "in an Israeli air strike in Deir al-Balah on Monday."
    )
    assert [(e.place, e.actor) for e in got] == [("Deir al-Balah", "IL")]


def test_an_incident_told_again_at_several_places_inside_its_own_is_at_each():
    got = _events(
        "Gunmen attacked churches and a police post in Russia's Dagestan region on Sunday, "
        "killing 20 people. The gunmen's attacks took place in Derbent and Makhachkala."
    )
    assert sorted(e.place for e in got) == ["Derbent", "Makhachkala"]
    assert len({e.group_id for e in got}) == 1


def test_a_town_after_a_bearing_only_orients_and_a_base_named_by_its_place_is_the_place():
    got = _events(
        "A drone struck an army base near Binyamina, south of Haifa, on Sunday, killing four."
    )
    assert [e.place for e in got] == ["Binyamina"]
    got = _events("An explosion at the Kalsu military base killed one person on Friday.")
    assert [e.place for e in got] == ["Kalsu"]


def test_the_strikes_told_again_are_the_storys_not_the_asides():
    got = _events(
        "Israeli warplanes struck the port of Hodeidah in Yemen on Saturday, a day after a "
        "Houthi drone attack killed one person in Tel Aviv.\n\n"
        "The strikes set fuel tanks ablaze and killed at least three people, medics said."
    )
    assert [(e.place, e.fatalities) for e in got] == [("Hodeidah", 3), ("Tel Aviv", 1)]


def test_the_other_incident_of_an_aside_keeps_its_weapons_and_no_borrowed_day():
    got = _events(
        "Gunmen killed 28 civilians near Kalala in Mali on Sunday. The attack came days after "
        "soldiers carried out drone strikes on militant positions near Kalala."
    )
    first = next(e for e in got if e.fatalities == 28)
    assert (first.event_type, first.date) == ("attack", "2024-05-05")
    assert all(e.date is None for e in got if e is not first)


def test_fighters_taking_control_of_a_town_is_a_battle():
    ev = _one("Karen guerrillas took control of Myawaddy in Myanmar on Thursday.")
    assert ev.event_type == "armed clash/raid"


def test_a_headlines_sea_joins_the_one_strike_the_story_places_more_finely():
    got = _events(
        "Houthi drone hits ship in Red Sea\n\n"
        "DUBAI, May 8 (Reuters) - Two crew members were killed when a Houthi drone struck a "
        "bulk carrier about 60 nautical miles southwest of Hodeidah on Tuesday."
    )
    assert [(e.geo_precision, e.fatalities) for e in got] == [("relative", 2)]
