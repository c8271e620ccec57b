"""Event extraction: troop deployments, strikes and attacks on forces, from article text.

Pure functions: text (and its publication date) in, records out. Each record keeps the
sentence it came from and its character span. Places come from :mod:`geo.geoparse`; a place
whose role is dateline, actor or metonym is never an event location. Nothing is recorded that
the text does not say: no date is invented, no place guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from geopy.distance import geodesic

from geo.dates import DateRef, find_dates
from geo.gazetteer import Gazetteer, load
from geo.geoparse import geoparse
from geo.numbers import QUALIFIERS, QUANTITY_PATTERN, Quantity, find_quantities
from geo.records import Attack, Deployment, Event, Mention, Strike
from geo.sentences import sentence_spans

__all__ = ["EventSet", "extract_events"]

_TROOPS = (
    r"troops|soldiers|service\s*members|servicemembers|personnel|forces|marines|sailors|airmen|"
    r"military\s+personnel|military\s+advis[eo]rs|advis[eo]rs|special\s+forces|paratroopers"
)
_TROOP_AFTER_NUMBER = re.compile(
    rf"\s+(?:more\s+|additional\s+|extra\s+)?(?P<force>(?:[A-Z][\w.'’-]*\s+){{0,2}}?)(?:military\s+|combat\s+|ground\s+)?(?P<noun>{_TROOPS})\b"
)
_CASUALTY_NEAR = re.compile(
    r"[^.;]{0,40}?\b(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+)?(?:killed|wounded|injured|dead|died|missing|captured|hurt)\b",
    re.I,
)
_IN_PLACE = re.compile(
    r"^\s*(?:(?:are|were|is|remain|remained)\s+)?(?:(?:currently\s+)?(?:stationed|deployed|based|serving|posted|present)\s+)?(?:in|across|to|into|inside|at)\s+(?:the\s+)?$"
)
_ELLIPSIS = re.compile(
    rf"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?P<qual>{'|'.join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True))})\s+)?(?P<num>\d[\d,]*|[a-z]+(?:[\s-][a-z]+)*?)\s+(?:more\s+)?(?:(?:{_TROOPS})\s+)?(?:in|to|across)\s+(?:the\s+)?$",
    re.I,
)
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|to|into|from|across|of|at|near)\s+(?:the\s+)?$", re.I)
_OPERATION = re.compile(r"\bOperation\s+(?:[A-Z][\w'-]+\s?){1,3}")

_STRIKE_VERB = re.compile(
    r"\b(?:struck|strikes?\s+(?:on|against)|hit|bombed|bombarded|shelled|pounded|raided|targeted|"
    r"(?:carried\s+out|conducted|launched)\s+(?:an?\s+|several\s+|\w+\s+)?(?:air\s*strikes?|drone\s+strikes?|strikes?|raids?|attacks?)|"
    r"air\s*strikes?\s+(?:on|against|in|hit)|drone\s+strikes?\s+(?:on|against|in|hit))\b",
    re.I,
)
_MILITARY_CUE = re.compile(
    r"\b(?:air\s*strikes?|strikes?|drones?|missiles?|rockets?|warplanes?|jets?|aircraft|bombers?|"
    r"bombs?|bombing|bombed|shell(?:s|ing|ed)|artillery|mortars?|helicopters?|gunships?|warships?|"
    r"troops|soldiers|forces|militants?|militias?|fighters|insurgents|military|army|navy|raids?|"
    r"offensive|munitions|explosives|positions|bases?|convoy|weapons|depots?)\b",
    re.I,
)
_WEAPONS = {
    "warplane": "warplanes",
    "warplanes": "warplanes",
    "jets": "warplanes",
    "jet": "warplanes",
    "fighter jets": "warplanes",
    "aircraft": "aircraft",
    "airstrike": "airstrike",
    "airstrikes": "airstrike",
    "air strike": "airstrike",
    "air strikes": "airstrike",
    "drone": "drone",
    "drones": "drone",
    "drone strike": "drone",
    "helicopter": "helicopter",
    "helicopters": "helicopter",
    "missile": "missile",
    "missiles": "missile",
    "rocket": "rocket",
    "rockets": "rocket",
    "artillery": "artillery",
    "mortar": "mortar",
    "mortars": "mortar",
    "gunships": "helicopter",
    "bombers": "bombers",
    "cruise missiles": "missile",
    "ballistic missiles": "ballistic missile",
    "one-way drones": "drone",
    "one-way attack drones": "drone",
    "IEDs": "IED",
    "IED": "IED",
}
_WEAPON_RE = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(w) for w in _WEAPONS), key=len, reverse=True)) + r")\b"
)
_TARGET = re.compile(
    r"\s+(?P<target>[^.;,()]{3,80}?)\s+(?:in|near|at|outside|around|on|inside)\s+(?:the\s+)?"
)
_BY_ACTOR = re.compile(
    r"\bby\s+(?:the\s+)?(?P<actor>[^,.;]{2,60}?)(?=\s+(?:in|near|at|on|outside)\b|[,.;]|$)"
)
_DIRECTIONS = {
    "north": 0.0,
    "northeast": 45.0,
    "north-east": 45.0,
    "east": 90.0,
    "southeast": 135.0,
    "south-east": 135.0,
    "south": 180.0,
    "southwest": 225.0,
    "south-west": 225.0,
    "west": 270.0,
    "northwest": 315.0,
    "north-west": 315.0,
    "north of": 0.0,
}
_RELATIVE = re.compile(
    r"(?:(?P<qual>around|about|some|roughly|nearly|approximately|almost|over|more than)\s+)?"
    r"(?P<num>\d+(?:\.\d+)?|[a-z]+(?:[\s-][a-z]+)?)\s*[-\s]?(?P<unit>kilometers|kilometres|km|miles|mi)\b\s+"
    r"(?:\([^)]*\)\s+)?(?:to\s+the\s+)?(?P<dir>north-?east|north-?west|south-?east|south-?west|north|south|east|west)(?:ern)?\s+of\s+(?:the\s+)?$",
    re.I,
)
_Q = rf"(?P<q>{QUANTITY_PATTERN})"
_WHO = r"(?:people|persons|fighters|militants|members|soldiers|civilians|troops|others|men|women|children|policemen|officers|personnel|service\s*members|gunmen|insurgents)"
_FATAL = [
    re.compile(
        rf"\b(?:killing|killed|kills|leaving|left)\s+{_Q}\s+(?:\w+\s+){{0,2}}?(?:dead|killed)\b",
        re.I,
    ),
    re.compile(rf"\b(?:killing|killed|kills)\s+{_Q}\s+(?:\w+\s+){{0,2}}?{_WHO}\b", re.I),
    re.compile(
        rf"{_Q}\s+(?:\w+\s+){{0,3}}?(?:were|was|have\s+been|had\s+been|are)\s+(?:reportedly\s+|also\s+)?killed\b",
        re.I,
    ),
    re.compile(rf"{_Q}\s+(?:{_WHO}\s+)?(?:dead|killed)\b", re.I),
    re.compile(rf"\bdeath\s+toll\s+(?:rose\s+to|of|at|reached|climbed\s+to)\s+{_Q}", re.I),
]
_INJURED = [
    re.compile(
        rf"\b(?:causing|caused|leaving|left|with)\s+{_Q}\s+(?:\w+\s+){{0,3}}?(?:injuries|wounded|injured)\b",
        re.I,
    ),
    re.compile(rf"\b(?:wounding|injuring)\s+{_Q}", re.I),
    re.compile(
        rf"{_Q}\s+(?:\w+\s+){{0,3}}?(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:wounded|injured|hurt)\b",
        re.I,
    ),
    re.compile(rf"{_Q}\s+(?:{_WHO}\s+)?(?:wounded|injured)\b", re.I),
]
_ATTACK_PASSIVE = re.compile(
    rf"(?P<force>\b[A-Z][\w.]*)\s+(?:{_TROOPS}|bases|troops\s+and\s+bases)\b[^.;]{{0,80}}?\b(?:have|has|had)?\s*(?:been|were|was|came|come)\s+(?:under\s+)?(?:attacked|targeted|attack|fire|struck|hit)\b"
)
_ATTACK_NOUN = re.compile(
    rf"\battacks?\b[^.;]{{0,60}}?\b(?:on|against)\s+(?:the\s+)?(?P<force>[A-Z][\w.]*)\s+(?:{_TROOPS}|bases|military|installations)\b"
)
_ATTACK_COUNT = re.compile(
    r"(?P<q>(?:\w+\s+)?\S+)\s+(?:times|attacks|separate\s+attacks|incidents)\b", re.I
)
_NEGATED = re.compile(
    r"\b(?:halted|paused|suspended|stopped|ceased|no\s+attacks|not\s+been\s+attacked|denied)\b",
    re.I,
)
_PERPETRATOR = re.compile(
    r"\bby\s+(?P<who>(?:armed\s+groups|militias|militants|groups|fighters|insurgents|rebels|[A-Z][\w-]+)[^,.;]{0,50}?)(?=,|\.|;|\s+(?:and\s+)?(?:causing|injuring|wounding|killing|leaving)\b|$)"
)
_LOCATION_FEATURES = {"country", "admin1", "city", "site", "region"}
_PRECISION = {
    "site": "site",
    "city": "town",
    "admin1": "admin1",
    "region": "region",
    "country": "country",
}


@dataclass
class EventSet:
    """What :func:`extract_events` found in one article."""

    deployments: list[Deployment] = field(default_factory=list)
    strikes: list[Strike] = field(default_factory=list)
    attacks: list[Attack] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


def _quantity_from(match: re.Match | None) -> Quantity | None:
    if not match:
        return None
    qs = find_quantities(match.group("q"))
    return qs[-1] if qs else None


def _casualties(text: str, start: int, end: int, patterns: list[re.Pattern]) -> Quantity | None:
    chunk = text[start:end]
    for pat in patterns:
        for m in pat.finditer(chunk):
            q = _quantity_from(m)
            if q is not None and q.value < 100_000:
                return q
    return None


def _place_fields(ev: Event, m: Mention, gaz: Gazetteer) -> None:
    ev.place = m.text
    ev.place_name = m.name
    ev.place_id = m.place_id
    ev.lat, ev.lon = m.lat, m.lon
    ev.country = m.country
    ev.admin1 = m.admin1
    ev.geo_precision = _PRECISION.get(m.feature or "")
    if m.country:
        try:
            ev.country_name = gaz.get(f"cc:{m.country}").name
        except KeyError:
            ev.country_name = None


def _force_code(
    phrase: str, mentions: Sequence[Mention], lo: int, hi: int
) -> tuple[str | None, str | None]:
    """ISO code and name of the force named in text[lo:hi] (a demonym or country mention)."""
    for m in mentions:
        if lo <= m.start < hi and m.resolved and m.feature in ("country", "region") and m.country:
            return m.country, m.name
    return None, phrase.strip() or None


def _sentence_mentions(mentions: Sequence[Mention], s: int, e: int) -> list[Mention]:
    return [m for m in mentions if s <= m.start < e]


def _deployments(
    text: str, s: int, e: int, ms: list[Mention], published: dt.date, doc_id: str, gaz: Gazetteer
) -> list[Deployment]:
    out: list[Deployment] = []
    sentence = text[s:e]
    operation = _OPERATION.search(sentence)
    for q in find_quantities(text, s, e):
        tm = _TROOP_AFTER_NUMBER.match(text, q.end, e)
        if not tm or (q.qualifier == "vague" and q.value < 100):
            continue
        if _CASUALTY_NEAR.match(text, tm.end(), e):
            continue  # "three US soldiers were killed": casualties, not presence
        after = tm.end()
        place = next(
            (
                m
                for m in ms
                if m.start >= after
                and m.resolved
                and m.role == "location"
                and m.feature in _LOCATION_FEATURES
                and _IN_PLACE.match(text[after : m.start])
            ),
            None,
        )
        if place is None:
            continue
        code, name = _force_code(tm.group("force"), ms, q.end, tm.end())
        if code is None:
            # the sentence's subject: "The United States keeps about 2,500 troops in Iraq"
            subj = [
                m
                for m in ms
                if m.end <= q.start
                and m.resolved
                and m.feature == "country"
                and not _LOCATIVE_BEFORE.search(text[max(s, m.start - 12) : m.start])
            ]
            if subj:
                code, name = subj[-1].country, subj[-1].name
        chain = [(q, place)]
        cursor = place.end
        while True:
            nxt = next(
                (m for m in ms if m.start > cursor and m.resolved and m.role == "location"), None
            )
            if nxt is None:
                break
            em = _ELLIPSIS.match(text[cursor : nxt.start])
            if not em:
                break
            eq = find_quantities(em.group(0))
            if not eq:
                break
            chain.append(
                (
                    Quantity(
                        eq[-1].value, eq[-1].qualifier, cursor + eq[-1].start, cursor + eq[-1].end
                    ),
                    nxt,
                )
            )
            cursor = nxt.end
        for qq, pm in chain:
            if any(d.place_id == pm.place_id and d.actor == code for d in out):
                continue
            dep = Deployment(
                doc_id=doc_id,
                source_text=sentence,
                source_start=s,
                source_end=e,
                confidence=0.9 if code else 0.6,
                count=qq.value,
                qualifier=qq.qualifier,
                actor=code,
                force_name=name,
                date=published.isoformat(),
                date_precision="day",
                operation=operation.group(0).strip() if operation else None,
            )
            _place_fields(dep, pm, gaz)
            out.append(dep)
    return out


def _relative(
    text: str, s: int, e: int, ms: list[Mention]
) -> tuple[Mention, float, str, float, float, re.Match] | None:
    """A "N km <direction> of <place>" phrase: (reference, km, direction, lat, lon, match)."""
    for ref in ms:
        if not (s <= ref.start < e) or not ref.resolved:
            continue
        m = _RELATIVE.search(text[max(s, ref.start - 80) : ref.start])
        if not m:
            continue
        q = find_quantities(m.group("num"))
        if not q:
            continue
        km = q[0].value * (1.609344 if m.group("unit").lower().startswith("mi") else 1.0)
        direction = m.group("dir").lower().replace("-", "")
        bearing = _DIRECTIONS[direction]
        dest = geodesic(kilometers=km).destination((ref.lat, ref.lon), bearing)
        return ref, float(km), direction, dest.latitude, dest.longitude, m
    return None


_RANK = {"country": 0, "region": 1, "admin1": 2, "city": 3, "site": 4}


def _more_specific(m: Mention, than: Mention) -> bool:
    """Whether ``m`` lies inside ``than`` and names a smaller place."""
    if (
        _RANK.get(m.feature or "", -1) <= _RANK.get(than.feature or "", -1)
        or m.country != than.country
    ):
        return False
    return than.feature in ("country", "region") or (
        than.feature == "admin1" and m.admin1 == than.admin1
    )


def _first_date(dates: list[DateRef]) -> DateRef | None:
    return next((d for d in dates if not d.since), None)


def _strike(
    text: str,
    s: int,
    e: int,
    ms: list[Mention],
    published: dt.date,
    doc_id: str,
    gaz: Gazetteer,
    follow: list[tuple[int, int]],
) -> list[Strike]:
    sentence = text[s:e]
    vm = _STRIKE_VERB.search(sentence)
    if not vm or _ATTACK_PASSIVE.search(sentence) or _NEGATED.search(sentence):
        return []
    rest = sentence[: vm.start()] + " " + sentence[vm.end() :]
    bare_verb = " " not in vm.group(0).strip()
    if bare_verb and not _MILITARY_CUE.search(rest):
        return []  # "a tsunami hit Java", "the jackpot was hit": not a strike
    verb_at = s + vm.start()
    passive = bool(re.search(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?$", sentence[: vm.start()]))
    rel = _relative(text, s, e, ms)
    ref_ids = {id(rel[0])} if rel else set()
    candidates = [
        m
        for m in ms
        if (m.start > verb_at or passive)
        and m.role == "location"
        and id(m) not in ref_ids
        and ((m.resolved and m.feature in _LOCATION_FEATURES) or not m.resolved)
    ]
    # per country, the most specific place named after the verb (a town beats its province or
    # country, a province beats its country); an unknown name only when nothing is known
    groups: dict[str, Mention] = {}
    for m in candidates:
        if m.resolved:
            key = m.country or m.place_id or m.text
            if key not in groups or _more_specific(m, groups[key]):
                groups[key] = m
    places = list(groups.values())
    place = places[0] if places else next(iter(candidates), None)
    if place is None and rel is None:
        return []
    st = Strike(doc_id=doc_id, source_text=sentence, source_start=s, source_end=e, confidence=0.5)
    if place is not None and place.resolved:
        _place_fields(st, place, gaz)
    elif place is not None:
        st.place = place.text
    if rel is not None:
        ref, km, direction, lat, lon, _ = rel
        st.ref_place, st.ref_distance_km, st.ref_bearing = ref.name, round(km, 1), direction
        st.ref_place_lat, st.ref_place_lon = ref.lat, ref.lon
        st.ref_lat, st.ref_lon = round(lat, 5), round(lon, 5)
        if st.lat is not None and st.geo_precision in ("town", "site"):
            st.ref_offset_km = round(geodesic((st.lat, st.lon), (lat, lon)).km, 1)
        else:
            # the text locates it only by distance and bearing: use the computed point
            st.lat, st.lon = round(lat, 5), round(lon, 5)
            st.geo_precision = "relative"
            st.country = st.country or ref.country
            st.admin1 = None if st.place is None else st.admin1
            st.place = st.place or f"{km:g} km {direction} of {ref.text}"
            if st.country and not st.country_name:
                st.country_name = gaz.get(f"cc:{st.country}").name
    if st.lat is None:
        return []  # named but unplaceable: the mention stays in .unresolved
    # actor: "by X" (passive) or the actor mention before the verb
    actor_m = None
    by = _BY_ACTOR.search(sentence, vm.end())
    if by:
        actor_m = next(
            (
                m
                for m in ms
                if s + by.start("actor") <= m.start < s + by.end("actor") and m.resolved
            ),
            None,
        )
    if actor_m is not None:
        st.actor = actor_m.country or actor_m.name
    else:
        # the actors named before the verb in its clause: "US and British warships struck"
        clause_start = s + max(sentence.rfind(c, 0, vm.start()) for c in (",", ";", ":")) + 1
        before = [
            m
            for m in ms
            if clause_start <= m.start
            and m.end <= verb_at
            and m.resolved
            and m.role != "dateline"
            and m.feature in ("country", "region")
            and not _LOCATIVE_BEFORE.search(text[max(s, m.start - 12) : m.start])
        ]
        codes = list(dict.fromkeys(m.country or m.name for m in before))
        st.actor = ",".join(codes) or None
    wm = _WEAPON_RE.search(sentence[: vm.end() + 40])
    if wm:
        st.weapon = _WEAPONS[wm.group(0)]
    tg = _TARGET.match(text, s + vm.end(), e)
    if tg and place is not None and s + vm.end() + len(tg.group(0)) <= place.start + 1:
        st.target = tg.group("target").strip()
    dates = find_dates(text, published, s, e)
    d = _first_date(dates)
    if d is not None:
        st.date, st.date_precision = d.date.isoformat(), d.precision
    # casualties in this sentence or the next one or two that speak of the strike(s)
    fat = _casualties(text, s, e, _FATAL)
    inj = _casualties(text, s, e, _INJURED)
    # the next sentence may give the toll ("Eight fighters were killed."), unless it reports
    # a strike of its own; the one after only when it speaks of the strike(s)
    for k, (fs, fe) in enumerate(follow):
        if fat is not None and inj is not None:
            break
        chunk = text[fs:fe]
        if _STRIKE_VERB.search(chunk):
            break
        if k == 0 or re.search(
            r"\b(?:strikes?|air\s*strikes?|raids?|bombing|attack)\b", chunk, re.I
        ):
            fat = fat or _casualties(text, fs, fe, _FATAL)
            inj = inj or _casualties(text, fs, fe, _INJURED)
    if fat:
        st.fatalities, st.fatalities_qualifier = fat.value, fat.qualifier
    if inj:
        st.injuries, st.injuries_qualifier = inj.value, inj.qualifier
    st.confidence = round(
        0.4
        + 0.15 * (st.actor is not None)
        + 0.15 * (st.date is not None)
        + 0.2 * (st.geo_precision in ("town", "site"))
        + 0.1 * (st.ref_offset_km is not None and st.ref_offset_km < 50),
        2,
    )
    out = [st]
    if len(places) > 1:  # "targets in Iraq and Syria": one record per country, one group
        st.group_id = f"{doc_id}#strike@{s}"
        for m in places[1:]:
            other = replace(
                st,
                ref_place=None,
                ref_place_lat=None,
                ref_place_lon=None,
                ref_distance_km=None,
                ref_bearing=None,
                ref_lat=None,
                ref_lon=None,
                ref_offset_km=None,
            )
            _place_fields(other, m, gaz)
            out.append(other)
    return out


def _attacks(
    text: str,
    s: int,
    e: int,
    ms: list[Mention],
    published: dt.date,
    doc_id: str,
    gaz: Gazetteer,
    n: int,
) -> list[Attack]:
    sentence = text[s:e]
    am = _ATTACK_PASSIVE.search(sentence) or _ATTACK_NOUN.search(sentence)
    if not am or _NEGATED.search(sentence):
        return []
    count = None
    for cm in _ATTACK_COUNT.finditer(sentence):
        count = _quantity_from(cm) or count
        if count:
            break
    inj = _casualties(text, s, e, _INJURED)
    fat = _casualties(text, s, e, _FATAL)
    if count is None and inj is None and fat is None:
        return []
    force_code, _ = _force_code(am.group("force"), ms, s + am.start("force"), s + am.end("force"))
    weapons = sorted({_WEAPONS[w.group(0)] for w in _WEAPON_RE.finditer(sentence)})
    perp = _PERPETRATOR.search(sentence)
    dates = find_dates(text, published, s, e)
    since = next((d for d in dates if d.since), None)
    point = _first_date(dates)
    places = [
        m
        for m in ms
        if m.resolved
        and m.role == "location"
        and m.feature in _LOCATION_FEATURES
        and m.country
        and m.country != force_code
    ]
    seen: dict[str, Mention] = {}
    for m in places:
        seen.setdefault(m.country or "", m)
    if not seen:
        return []
    group = f"{doc_id}#attack-{n}"
    out = []
    countries = ",".join(seen)
    for cc, m in seen.items():
        at = Attack(
            doc_id=doc_id,
            source_text=sentence,
            source_start=s,
            source_end=e,
            confidence=0.8 if count else 0.6,
            target=f"{force_code} forces" if force_code else am.group("force"),
            actor=perp.group("who").strip() if perp else None,
            weapons=", ".join(weapons) or None,
            countries=countries,
            group_id=group,
        )
        if count:
            at.count, at.qualifier = count.value, count.qualifier
        if inj:
            at.injuries, at.injuries_qualifier = inj.value, inj.qualifier
        if fat:
            at.fatalities, at.fatalities_qualifier = fat.value, fat.qualifier
        if since:
            at.date, at.date_end, at.date_precision = (
                since.date.isoformat(),
                published.isoformat(),
                since.precision,
            )
        elif point:
            at.date, at.date_precision = point.date.isoformat(), point.precision
        cm_ = gaz.get(f"cc:{cc}")
        at.place, at.place_id, at.country, at.country_name = cm_.name, cm_.place_id, cc, cm_.name
        at.place_name = cm_.name
        at.lat, at.lon, at.geo_precision = cm_.lat, cm_.lon, "country"
        if (
            m.feature in ("city", "site", "admin1")
            and len([x for x in places if x.country == cc]) == 1
        ):
            _place_fields(at, m, gaz)
        out.append(at)
    return out


def _merge_strikes(strikes: list[Strike]) -> list[Strike]:
    """One strike per place and date: a later sentence restating it adds nothing new."""
    out: list[Strike] = []
    for st in strikes:
        same = next(
            (
                o
                for o in out
                if o.place_id
                and o.place_id == st.place_id
                and (o.date == st.date or st.date is None)
            ),
            None,
        )
        if same is None:
            out.append(st)
            continue
        for f in (
            "actor",
            "weapon",
            "target",
            "fatalities",
            "fatalities_qualifier",
            "injuries",
            "injuries_qualifier",
            "date",
            "date_precision",
        ):
            if getattr(same, f) is None and getattr(st, f) is not None:
                setattr(same, f, getattr(st, f))
    return out


def extract_events(
    text: str, published: dt.date, doc_id: str = "article", gazetteer: Gazetteer | None = None
) -> EventSet:
    """Deployments, strikes and attacks on forces in ``text``.

    Parameters
    ----------
    text : str
        The article.
    published : datetime.date
        Publication date; relative dates ("Friday", "last week") resolve against it.
    doc_id : str
        Identifier copied into every record.
    gazetteer : Gazetteer, optional
        Defaults to :func:`geo.gazetteer.load`.
    """
    gaz = gazetteer or load()
    mentions = geoparse(text, gaz)
    result = EventSet(mentions=mentions)
    spans = sentence_spans(text)
    for i, (s, e) in enumerate(spans):
        ms = _sentence_mentions(mentions, s, e)
        if not ms:
            continue
        result.deployments += _deployments(text, s, e, ms, published, doc_id, gaz)
        attacks = _attacks(text, s, e, ms, published, doc_id, gaz, len(result.attacks))
        result.attacks += attacks
        if not attacks:
            result.strikes += _strike(text, s, e, ms, published, doc_id, gaz, spans[i + 1 : i + 3])
    result.strikes = _merge_strikes(result.strikes)
    return result
