"""From incident mentions to events: the pass over a whole article.

News tells one incident over several sentences: the lead gives the day, the next sentence the
town, a later one the toll ("The blast killed five"). This pass links the mentions of
:mod:`geo.incidents` in text order:

- a mention that points back ("the attack", "the strikes") joins the incident it speaks of;
- a date told once carries forward to the incidents after it that give none, and "a day
  earlier" counts from it;
- an incident with no place of its own takes the place of the scene told just before it in the
  same paragraph, else the country the sentence or the article is about (country precision),
  else, in a story that names no other place, its dateline town, else the dateline's country;
- a restatement at the same place joins the incident; a coarse one (a country or province that
  holds a more precise incident of the same kind and day) joins the precise one;
- background (dated more than a month before publication) and generic plurals are dropped.

Pure functions over mentions; the gazetteer is used only to name countries.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from geo.casualties import Toll
from geo.dates import DateRef
from geo.gazetteer import Gazetteer, distance_km
from geo.incidents import (
    FAMILIES,
    RANK,
    IncidentMention,
    Relative,
    compatible_types,
    holds,
    mention_of,
    most_specific,
    same_family,
)
from geo.records import Mention, codes_of

__all__ = ["Incident", "link_incidents"]

#: Incidents dated this many days or more before publication are background, not news.
BACKGROUND_DAYS = 31
_COARSE = {"country", "region", "admin1", "admin2"}


@dataclass
class Incident:
    """One incident of the article, linked from one or more mentions."""

    mentions: list[IncidentMention]
    event_type: str
    place: Mention | None
    relative: Relative | None = None
    date: DateRef | None = None
    date_own: bool = False
    fatalities: int | None = None
    fatalities_qualifier: str | None = None
    injuries: int | None = None
    injuries_qualifier: str | None = None
    actor: str | None = None
    weapon: str | None = None
    target: str | None = None
    aggregate: bool = False
    new: bool = False
    group_id: str | None = None

    @property
    def first(self) -> IncidentMention:
        """The mention that introduced the incident."""
        return self.mentions[0]

    @property
    def precision(self) -> str | None:
        """Feature of the place (``country`` ... ``site``), ``relative`` or None."""
        if self.place is None:
            return "relative" if self.relative else None
        return self.place.feature


def _shift(d: DateRef, days: int) -> DateRef:
    return replace(d, date=d.date + dt.timedelta(days=days), precision="day", context_days=None)


def _dates_agree(a: DateRef | None, b: DateRef | None) -> bool:
    if a is None or b is None:
        return True
    return a.date - dt.timedelta(days=1) <= b.latest and b.date - dt.timedelta(days=1) <= a.latest


def _actors_agree(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    return bool(set(codes_of(a)) & set(codes_of(b)))


def _same_place(a: Mention | None, b: Mention | None) -> bool:
    return a is not None and b is not None and a.place_id is not None and a.place_id == b.place_id


#: Two towns this near are one scene for "the attack" ("ambushed a bus east of Palmyra ...
#: The attack took place near Sukhnah").
_SCENE_KM = 100.0


def _next_town(a: Mention | None, b: Mention) -> bool:
    """Whether ``a`` and ``b`` are towns or sites less than ``_SCENE_KM`` apart."""
    towns = ("city", "site")
    return (
        a is not None
        and a.feature in towns
        and b.feature in towns
        and a.lat is not None
        and b.lat is not None
        and distance_km(a.lat, a.lon, b.lat, b.lon) < _SCENE_KM
    )


def _headline_scene(inc: Incident, p: Mention, incidents: Sequence[Incident]) -> bool:
    """Whether the headline's incident ``inc`` happened at ``p`` as told in the body: a town
    near the headline's ("Moscow concert hall" over "Crocus City Hall in Krasnogorsk"), when no
    incident of the story is at ``p`` itself."""
    return (
        inc.first.headline
        and len(inc.mentions) == 1
        and _next_town(inc.place, p)
        and not any(_same_place(p, other.place) for other in incidents)
    )


def _told_as(inc: Incident, event_type: str) -> bool:
    """Whether "the <event_type>" can point back to ``inc``: its type is compatible, or one of
    its mentions told violence of that family ("a suicide bombing, then gunmen stormed the
    base" ... "the clashes"), or raids point back to air strikes."""
    family = FAMILIES.get(event_type, "any")
    # "Israeli jets hit Sanaa ... killed in the Israeli raids": news calls air strikes raids
    air_raid = {inc.event_type, event_type} == {"air/drone strike", "armed clash/raid"}
    return (
        air_raid
        or compatible_types(inc.event_type, event_type)
        or any(family in m.families for m in inc.mentions)
    )


def _told_in(inc: Incident, paragraph: int) -> bool:
    """Whether a mention of ``inc`` lies in ``paragraph`` (its scene is told there)."""
    return any(m.paragraph == paragraph for m in inc.mentions)


def _same_violence(inc: Incident, im: IncidentMention, place: Mention) -> bool:
    """Whether a new-looking mention names the violence of ``inc`` again: the same type, or, in
    the same town and not announced as another, the same family ("a suicide bomb exploded in
    Fallujah ... a car bomb which detonated" in a later paragraph)."""
    if inc.event_type == im.event_type:
        return True
    return (
        not im.announced
        and place.feature not in _COARSE
        and same_family(inc.event_type, im.event_type)
    )


def _agree(inc: Incident, im: IncidentMention, date: DateRef | None) -> bool:
    return (
        compatible_types(inc.event_type, im.event_type)
        and _dates_agree(inc.date, date)
        and _actors_agree(inc.actor, im.actor)
    )


def _speakers_account(
    incidents: Sequence[Incident], im: IncidentMention, date: DateRef | None
) -> bool:
    """Whether ``im``, placed only where its speaker is ("the governor of Tver said a drone
    attack ..."), is the last incident told again: the speaker's province holds its place, the
    violence is of the same family, on the same day, a sentence or two after it, and no word
    announces another."""
    if im.places or im.unknown or not im.fallback or im.announced or im.relative is not None:
        return False  # (a place of its own, even one the gazetteer lacks: another incident)
    last = incidents[-1] if incidents else None
    place = last.place if last is not None else None
    return (
        place is not None
        # (a toll's role is the incident's field it counts: fatalities, injuries)
        and not any(getattr(last, t.role) not in (None, t.value) for t in im.tolls)
        and im.sentence - last.mentions[-1].sentence <= 2
        and im.paragraph == last.mentions[-1].paragraph
        and same_family(last.event_type, im.event_type)
        and _agree(last, im, date)
        and any(
            _same_place(f, place)
            or holds(f, place)
            or (f.admin1 is not None and f.admin1 == place.admin1)
            for f in im.fallback
        )
    )


def _apply_tolls(inc: Incident, tolls: Sequence[Toll], fuller: bool = False) -> None:
    """Fill the incident's counts from ``tolls``: a count it lacks, an update that replaces
    one ("rose to 35"), an added one ("also killed"); with ``fuller`` (a mention that points
    back to the incident, "50 were killed in the strike"), a larger count of the same people
    replaces a smaller one ("killing a commander")."""
    for tl in tolls:
        field_, qual = (
            ("fatalities", "fatalities_qualifier")
            if tl.role == "fatalities"
            else ("injuries", "injuries_qualifier")
        )
        have = getattr(inc, field_)
        vague = getattr(inc, qual) == "vague" and tl.qualifier != "vague"
        larger = fuller and have is not None and tl.value > have and not tl.adds
        if have is None or tl.replaces or vague or larger:  # "dozens" gives way to "at least 40"
            setattr(inc, field_, tl.value)
            setattr(inc, qual, tl.qualifier)
        elif tl.adds:
            setattr(inc, field_, have + tl.value)


def _absorb(inc: Incident, im: IncidentMention, date: DateRef | None, own: bool) -> None:
    """Join a later mention of the same incident: fill what the incident does not know yet."""
    inc.mentions.append(im)
    named = im.places or im.fallback
    finer = [p for p in named if inc.place is None or holds(inc.place, p)]
    if finer:
        inc.place = finer[0]
    rel = im.relative
    if (
        rel is not None
        and inc.relative is None
        and (inc.place is None or (inc.precision in _COARSE and holds(inc.place, rel.ref)))
    ):
        # "... an airstrike in southern Somalia. The strike occurred approximately 40
        # kilometers southwest of Jilib": where in the area it was
        inc.relative = rel
    if date is not None and (inc.date is None or (own and not inc.date_own)):
        inc.date, inc.date_own = date, own
    if inc.event_type in ("strike", "attack") and im.event_type not in ("strike", "attack"):
        inc.event_type = im.event_type
    _apply_tolls(inc, im.tolls, fuller=im.fuller_toll)
    inc.actor = inc.actor or im.actor
    inc.weapon = inc.weapon or im.weapon
    inc.target = inc.target or im.target


def _merge_into(fine: Incident, coarse: Incident) -> None:
    """A coarse restatement ("killed in Afghanistan") joins the precise incident."""
    fine.mentions += coarse.mentions
    if coarse.date is not None and (fine.date is None or (coarse.date_own and not fine.date_own)):
        fine.date, fine.date_own = coarse.date, coarse.date_own
    if not coarse.aggregate:
        for f in ("fatalities", "fatalities_qualifier", "injuries", "injuries_qualifier"):
            if getattr(fine, f) is None:
                setattr(fine, f, getattr(coarse, f))
    fine.actor = fine.actor or coarse.actor
    fine.weapon = fine.weapon or coarse.weapon
    if fine.event_type in ("strike", "attack") and coarse.event_type not in ("strike", "attack"):
        fine.event_type = coarse.event_type


def _elaborate(incidents: list[Incident], im: IncidentMention) -> None:
    """A sentence right after an incident that reports no incident of its own: a town inside
    the incident's country or province says where it happened ("... in northern Iraq. The jets
    found the fighters west of Tuz Khurma"), an updated toll replaces its count, and a toll
    told in the next sentence of the paragraph fills a count it lacks."""
    if not incidents:
        return
    inc = incidents[-1]
    last = inc.mentions[-1]
    if im.sentence - last.sentence > 2:
        return
    # "The death toll rose to 35."; "Seven soldiers died, he said." right after it fills a
    # count the incident lacks
    next_to = im.sentence - last.sentence == 1 and im.paragraph == last.paragraph
    plain = [t for t in im.tolls if not t.replaces]
    elsewhere = [p for p in im.places if not holds(inc.place, p) and not _same_place(p, inc.place)]
    if next_to and plain and elsewhere and inc.precision not in _COARSE:
        # "Missiles hit Kharkiv ... In Mykolaiv, two people were killed": the same attack
        # at another town, with its own toll
        other = _same_attack_at(inc, im, elsewhere[0])
        _apply_tolls(other, plain)
        incidents.append(other)
        return
    inside = [p for p in im.places if holds(inc.place, p)]
    if next_to and plain and inc.precision in _COARSE and len(inside) > 1:
        # "Russian forces shelled 18 settlements in the Kharkiv region ... A man was killed in
        # Kupiansk and two women were injured in Petropavlivka": the attack at each town
        _towns_told(incidents, inc, im, inside, plain)
        return
    tolls = [t for t in im.tolls if t.replaces or next_to]
    if tolls:
        _apply_tolls(inc, tolls)
    # (in the incident's paragraph: "In December, the RSF seized Wad Madani, the state capital"
    # a paragraph later is background, not where the attack in Gezira was)
    if inc.precision in _COARSE and len(inside) == 1 and im.paragraph == last.paragraph:
        inc.place = inside[0]
        inc.mentions.append(im)


def _group_of(im: IncidentMention) -> str:
    """The id shared by the records of one incident told at several places by ``im``."""
    return f"@{im.start}-{im.trigger_start}"


def _same_attack_at(inc: Incident, im: IncidentMention, place: Mention) -> Incident:
    """The attack ``inc`` at another ``place``, told by ``im``, with no counts yet: "Missiles
    hit Kharkiv ... In Mykolaiv, two people were killed"."""
    return Incident(
        mentions=[im],
        event_type=inc.event_type,
        place=place,
        date=inc.date,
        actor=inc.actor,
        weapon=inc.weapon,
    )


def _towns_told(
    incidents: list[Incident],
    inc: Incident,
    im: IncidentMention,
    towns: Sequence[Mention],
    tolls: Sequence[Toll],
) -> None:
    """Place a province's incident at each town of the next sentence inside it, one record a
    town sharing ``group_id``, each with the tolls told of it (``toll_places``)."""
    towns = sorted(towns, key=lambda p: p.start)
    group = inc.group_id or _group_of(im)
    inc.place = towns[0]
    parts = [inc] + [_same_attack_at(inc, im, town) for town in towns[1:]]
    for part in parts:
        part.group_id = group
    for tl in tolls:
        town = im.toll_places.get(tl.start)
        at = next((i for i, p in enumerate(towns) if p.start == town), 0)
        _apply_tolls(parts[at], [tl])
    inc.mentions.append(im)
    incidents += parts[1:]


def _country_mention(gaz: Gazetteer, cc: str, near: IncidentMention) -> Mention | None:
    """The country ``cc`` as the place of a mention that names none (country precision)."""
    try:
        place = gaz.get(f"cc:{cc}")
    except KeyError:
        return None
    return replace(
        mention_of(place, place.name, 0, len(place.name), "context"),
        start=near.start,
        end=near.start,
    )


def _main_country(mentions: Sequence[Mention]) -> str | None:
    """The country the article places most of its named locations in."""
    counts = Counter(
        m.country for m in mentions if m.resolved and m.country and m.role == "location"
    )
    return counts.most_common(1)[0][0] if counts else None


def _generic(im: IncidentMention, own: DateRef | None, ctx: DateRef | None) -> bool:
    """ "Attacks on aid workers", "strikes across Ukraine": a bare plural with no day (of its own
    or from the story told so far), no toll, no count and no town is a general statement."""
    return (
        im.plural
        and im.count is None
        and not im.anaphoric
        and not im.announced
        and (own is None or im.date_gap > 60)
        and ctx is None
        and not im.tolls
        and all(p.feature in ("country", "region", "admin1") for p in im.places)
    )


def link_incidents(
    ims: Sequence[IncidentMention],
    published: dt.date,
    gaz: Gazetteer,
    dateline: Mention | None = None,
    dateline_country: str | None = None,
) -> list[Incident]:
    """Link the incident mentions of an article into incidents (see the module docstring);
    ``dateline`` is the town of the dateline of a story that names no other place,
    ``dateline_country`` the country of the dateline ("KYIV, Ukraine")."""
    incidents: list[Incident] = []
    backdrop: list[IncidentMention] = []  # background incidents, told and set aside
    ctx: DateRef | None = None
    setting: IncidentMention | None = None  # a scene told the sentence before its incident
    doc_country = _main_country([p for im in ims for p in im.places + im.fallback])
    for im in ims:
        own = im.date
        if own is not None and own.context_days is not None:
            # "earlier in the day", "a day earlier": from the day told last, or the day of the
            # incident told last when the story gave it only as the day of a statement
            anchor = ctx or (incidents[-1].date if incidents else None)
            own = _shift(anchor, own.context_days) if anchor is not None else None
        if im.elaboration:
            if im.fallback:
                # "On 17 March, a Reaper watched an area near Baghuz, in eastern Syria": the
                # day and the scene of an incident the next sentence tells without them
                setting = im
            else:
                ctx = own or ctx  # "In operations March 16:" dates the list that follows
            _elaborate(incidents, im)
            continue
        if own is not None and (published - own.latest).days > BACKGROUND_DAYS:
            backdrop.append(im)
            continue
        if not im.reportable:
            ctx = own or ctx  # "Coalition forces continued to attack ISIS yesterday: ..."
            continue
        if _generic(im, own, ctx):
            continue
        ante = None
        if im.anaphoric:
            told = [
                inc
                for inc in reversed(incidents)
                if _told_as(inc, im.event_type) and _actors_agree(inc.actor, im.actor)
            ]
            # "The strikes set fuel tanks ablaze": the story's incident, not the one its aside
            # dated it from ("a day after a Houthi drone attack killed one in Tel Aviv")
            told.sort(key=lambda inc: inc.first.sequel)
            # "the strikes near Sidon": the one told at Sidon, though another came after it
            ante = next(
                (
                    inc
                    for inc in told
                    if im.places
                    and all(_same_place(p, inc.place) or holds(inc.place, p) for p in im.places)
                ),
                told[0] if told else None,
            )
        if (
            im.anaphoric
            and own is None
            and ante is None
            and (
                im.time_point
                or any(compatible_types(b.event_type, im.event_type) for b in backdrop)
            )
        ):
            # "days before the attacks on the Bataclan" with no attack told: a known incident
            # marks a time; or one of the background incidents told before
            continue
        date, date_own = own, own is not None and not im.caption  # a caption dates its photo
        if date is None and ante is not None:
            date = ante.date
        if date is None and ctx is not None and not im.sequel:
            date = ctx  # (an aside's incident is of another day: "came days after")
        if date is None:
            date = im.statement_date
        if own is not None and not im.caption and not im.sequel:
            ctx = own  # a caption's day is the photo's, an aside's its own: the report goes on
        if ante is not None and all(
            _same_place(p, ante.place)
            or holds(ante.place, p)
            or holds(p, ante.place)
            or ante.place is None
            or _next_town(ante.place, p)
            for p in im.places
        ):
            # "The attacks took place in Derbent and Makhachkala": the incident told before
            # happened at each of the places inside its own
            inside = [p for p in most_specific(im.places) if holds(ante.place, p)]
            _absorb(ante, im, date, date_own)
            if len(inside) > 1 and ante.place is inside[0]:
                ante.group_id = ante.group_id or _group_of(im)
                incidents += [replace(ante, place=p, mentions=[im]) for p in inside[1:]]
            continue
        inner = [f for f in im.fallback if any(holds(p, f) for p in im.places)]
        places: list[Mention | None] = list(
            [p for p in im.places if not any(holds(p, f) for f in inner)] + inner or im.fallback
        )  # "Authorities in Nyala, South Darfur's largest city": Nyala
        if _speakers_account(incidents, im, date):
            # "Drones hit a depot in Toropets ... The governor of Tver said a drone attack had
            # caused a fire": the incident as the official of its province tells it
            _absorb(incidents[-1], im, date, date_own)
            continue
        if not places and im.relative is None and not im.anaphoric and incidents:
            last = incidents[-1]
            # "six blasts hit Baghdad ... a truck bomb went off near the ministry": one of them
            part = not im.new or (
                last.aggregate and not im.announced and same_family(last.event_type, im.event_type)
            )
            same_day = own is None or last.date is None or last.date.date == own.date
            if (
                part
                and im.sentence - last.mentions[-1].sentence <= 3
                and same_day
                and _agree(last, im, date)
            ):
                _absorb(last, im, date, date_own)  # a follow-up that names no place of its own
                continue
        if im.anaphoric and not places and im.relative is None:
            continue  # "the attack" with nothing told before it and no place of its own
        if im.sequel and not places and im.relative is None:
            continue  # "in response to Israeli strikes that killed three": told, not placed
        if not places and im.relative is None:
            scene = next((inc for inc in reversed(incidents) if _told_in(inc, im.paragraph)), None)
            if scene is not None and scene.place is not None:
                places = [scene.place]
            elif (
                setting is not None
                and setting.paragraph == im.paragraph
                and im.sentence - setting.sentence == 1
                and im.new  # "conducted a successful attack": one incident, told anew
            ):
                places = list(setting.fallback)  # the scene the sentence before set
                if date is None:
                    date, date_own = setting.date, setting.date is not None
        if not places and im.relative is None:
            last = incidents[-1].place if incidents else None
            if last is None and incidents and incidents[-1].relative is not None:
                last = incidents[-1].relative.ref  # "30 km south of Gao": in Gao's country
            cc = (
                im.country_hint
                or im.section_country
                or (last.country if last is not None else None)
                or doc_country
            )
            if dateline is not None and cc is None:
                # a wire story that names no other place: its dateline town ("MOGADISHU,
                # Somalia - A car bomb exploded outside a hotel")
                places = [replace(dateline, start=im.start, end=im.start, kind="context")]
            else:
                cc = cc or dateline_country  # "KYIV, Ukraine - Russian missiles struck ..."
                cm = _country_mention(gaz, cc, im) if cc else None
                if cm is None:
                    continue
                places = [cm]
        if not places:
            places = [None]  # located by distance and bearing only
        group = _group_of(im) if len(places) > 1 else None
        for p in places:
            same = None
            if not im.announced and not im.sequel and p is not None:
                # a new-looking mention restates an incident when it names the same violence
                # told in another paragraph (a photo caption, then the report) or answers with
                # the same kind ("In response, the U.S. conducted two strikes"), or when the
                # incident is the headline's
                same = next(
                    (
                        inc
                        for inc in reversed(incidents)
                        if (_same_place(p, inc.place) or _headline_scene(inc, p, incidents))
                        and _agree(inc, im, date)
                        and (
                            inc.first.count is None
                            or im.count is None
                            or inc.first.count == im.count
                        )
                        and (
                            not im.new
                            or inc.first.headline
                            or (
                                _same_violence(inc, im, p)
                                and (im.response or inc.first.paragraph != im.paragraph)
                            )
                        )
                    ),
                    None,
                )
            if same is not None:
                moved = not _same_place(p, same.place)  # the body tells the headline's place
                _absorb(same, im, date, date_own)
                if moved:
                    same.place = p
                continue
            inc = Incident(
                mentions=[im],
                event_type=im.event_type,
                place=p,
                relative=im.relative,
                date=date,
                date_own=date_own,
                actor=im.actor,
                weapon=im.weapon,
                target=im.target,
                aggregate=(im.count or 1) > 1,
                new=im.new,
                group_id=group,
            )
            _apply_tolls(inc, im.tolls)
            if p is not None and p.start in im.place_dead:
                inc.fatalities = im.place_dead[p.start]  # "8 in Rafah and 5 in Khan Younis"
                inc.fatalities_qualifier = "exact"
            incidents.append(inc)
    return _drop_coarse(incidents)


def _drop_coarse(incidents: list[Incident]) -> list[Incident]:
    """Coarse restatements join the precise incident they hold (see the module docstring)."""
    kept = list(incidents)
    for c in sorted(incidents, key=lambda i: RANK.get(i.precision or "", 9)):
        if c.precision not in _COARSE or c not in kept:
            continue
        fine = [
            f
            for f in kept
            if f is not c
            # "35 km northeast of Kismayo": held where its reference town is
            and holds(c.place, f.place or (f.relative.ref if f.relative else None))
            and compatible_types(f.event_type, c.event_type)
            and _dates_agree(f.date, c.date)
            and _actors_agree(f.actor, c.actor)
            # "Separately, a bomb ..." after it: another incident (a summary that announces
            # "further strikes" before their details still sums them)
            and not (c.first.announced and c.first.start > f.first.start)
            # nor is one announced as separate after a single coarse one its detail (after
            # "airstrikes on ... killed 20", "Another strike ..." is one of them)
            and not (f.first.announced and f.first.start > c.first.start and not c.first.plural)
        ]
        sea = c.place is not None and c.place.feature == "region" and not c.place.country
        if not fine and (c.first.headline or sea) and len(c.mentions) == 1:
            # a headline's sea or region over the one incident the story places more finely
            # ("Houthi drone hits ship in Red Sea" over "60 nautical miles southwest of
            # Hodeidah"), where no polygon of ours holds the point; or a sea the story names
            # before it does ("The Houthis said they targeted a vessel in the Red Sea. UKMTO
            # said a ship was hit 65 nautical miles southwest of Hodeidah")
            told = [
                f
                for f in kept
                if f is not c
                and f.precision not in _COARSE
                and compatible_types(f.event_type, c.event_type)
                and _dates_agree(f.date, c.date)
                and _actors_agree(f.actor, c.actor)
                # (outside a headline, placed at sea: by distance and bearing from a port)
                and (c.first.headline or f.relative is not None)
            ]
            others = [f for f in kept if f is not c and f not in told]
            if len(told) == 1 and not others and c.place is not None and not c.place.country:
                fine = told
        if not fine:
            continue
        if len(fine) == 1:
            _merge_into(fine[0], c)
        else:  # a summary of several ("coalition forces conducted 23 strikes in Syria"):
            for f in fine:  # each detail is the summary's actor's
                f.actor = f.actor or c.actor
        kept.remove(c)
    return kept
