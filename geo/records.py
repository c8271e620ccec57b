"""Record kinds of the package, each defined once.

Column names of GeoDataFrames, GeoJSON properties and CLI output come from these dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Literal

Feature = Literal["country", "admin1", "admin2", "city", "site", "region"]
Role = Literal["location", "dateline", "actor", "metonym"]


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    place_id: str
    name: str
    feature: str
    country: str
    admin1: str
    admin1_name: str
    lat: float
    lon: float
    population: int
    geonameid: int | None
    capital: bool


@dataclass(slots=True)
class Mention:
    """One place name found in a text, resolved or not.

    ``start``/``end`` index the original text (Python string offsets); ``lat``/``lon`` are
    ``None`` for an unresolved mention, never 0.
    """

    text: str
    start: int
    end: int
    role: Role = "location"
    name: str | None = None
    feature: Feature | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    place_id: str | None = None
    score: float = 0.0
    candidates: int = 0
    kind: str = "name"

    @property
    def resolved(self) -> bool:
        """Whether the mention was placed."""
        return self.lat is not None and self.lon is not None

    def to_dict(self) -> dict[str, Any]:
        """Return the mention as a plain dict (the JSON output's keys)."""
        return {name: getattr(self, name) for name in MENTION_FIELDS}


#: Public keys of a mention in JSON / GeoJSON output, in order.
MENTION_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Mention))


@dataclass(slots=True, kw_only=True)
class Event:
    """Fields every event record carries (the GeoJSON properties all kinds share).

    ``date`` is ISO ``YYYY-MM-DD`` (the start of a period), ``date_precision`` one of ``day``,
    ``week``, ``month``, ``year`` or None; ``geo_precision`` one of ``site``, ``town``,
    ``admin1``, ``region``, ``country``, ``relative`` (placed by distance and bearing only).
    ``place`` is the name as the text writes it, ``place_name`` the gazetteer's name for it;
    ``admin1`` is the ISO 3166-2 code of the province, ``admin1_name`` its name.
    ``source_start``/``source_end`` index the article text; ``source_text`` is that sentence.
    ``event_type`` is the ACLED-like sub-event type of a strike or attack (``air/drone strike``,
    ``shelling/artillery/missile``, ``remote explosive/IED``, ``suicide bomb``,
    ``armed clash/raid``, ``attack`` or ``strike`` when the means are not stated).
    ``source_title``, ``source_url`` and ``source_outlet`` name the article when its front
    matter or sidecar does (:func:`geo.articles.source_of`).
    """

    kind: str
    doc_id: str = field(metadata={"table": 15, "label": "Source"})
    source_text: str = field(metadata={"table": 18, "label": "Sentence"})
    source_start: int
    source_end: int
    confidence: float
    event_type: str | None = field(default=None, metadata={"table": 1, "label": "Type"})
    date: str | None = field(default=None, metadata={"table": 3, "label": "Date"})
    date_end: str | None = field(default=None, metadata={"table": 4})
    date_precision: str | None = None
    country: str | None = field(default=None, metadata={"table": 7})
    country_name: str | None = field(default=None, metadata={"label": "Country"})
    admin1: str | None = field(default=None, metadata={"table": 6})
    admin1_name: str | None = field(default=None, metadata={"label": "Province"})
    place: str | None = field(default=None, metadata={"table": 5, "label": "Place"})
    place_name: str | None = None
    place_id: str | None = None
    geo_precision: str | None = field(default=None, metadata={"table": 8, "label": "Located to"})
    actor: str | None = field(default=None, metadata={"table": 9, "label": "Actor"})
    target: str | None = field(default=None, metadata={"table": 10, "label": "Target"})
    count: int | None = field(default=None, metadata={"table": 11, "label": "Count"})
    qualifier: str | None = field(default=None, metadata={"table": 12})
    fatalities: int | None = field(default=None, metadata={"table": 13, "label": "Fatalities"})
    fatalities_qualifier: str | None = None
    injuries: int | None = field(default=None, metadata={"table": 14, "label": "Injuries"})
    injuries_qualifier: str | None = None
    lat: float | None = None
    lon: float | None = None
    source_title: str | None = field(default=None, metadata={"table": 16})
    source_url: str | None = field(default=None, metadata={"table": 17})
    source_outlet: str | None = None

    #: How :mod:`geo.dedupe` tells that two records of a kind report one event: the fields it
    #: reads (``match_fields``: ``date`` within ``match_days`` of each other; ``place_id``,
    #: ``lat``, ``lon``: the same place or within ``match_km``; ``actor``: equal, or sharing a
    #: code when ``match_actors`` is ``"share"``; any other field: equal). A new kind sets these.
    match_fields: ClassVar[tuple[str, ...]] = ("date", "country")
    match_days: ClassVar[int] = 0
    match_km: ClassVar[float | None] = None
    match_actors: ClassVar[str] = "equal"

    def to_dict(self) -> dict[str, Any]:
        """The record as a plain dict, keys in field order (values are plain scalars)."""
        return {name: getattr(self, name) for name in KIND_FIELDS[self.kind]}


@dataclass(slots=True, kw_only=True)
class Deployment(Event):
    """Troops of a force present in a country: "around 2,500 American troops in Iraq".

    ``actor`` is the force (ISO country code of the sending state, e.g. ``US``), ``count`` the
    number of troops with its ``qualifier`` (``around``, ``over``, ``up to`` ... or ``exact``),
    ``date`` the as-of date (the article's publication date unless the text says otherwise).
    """

    kind: str = field(default="deployment", metadata={"table": 0})
    #: Fields that decide whether two deployment records are one event (geo.dedupe).
    match_fields: ClassVar[tuple[str, ...]] = ("date", "actor", "country")
    match_days: ClassVar[int] = 120  # a figure restated within four months
    force_name: str | None = None
    operation: str | None = None


@dataclass(slots=True, kw_only=True)
class Strike(Event):
    """One incident of remote violence (air/drone strike, shelling, missile, bomb): who struck
    what, where and when, with casualties.

    When the text gives a distance and bearing from a reference place ("60 kilometers southwest
    of Baghdad"), ``ref_place``/``ref_distance_km``/``ref_bearing`` keep it, ``ref_lat``/``ref_lon``
    the computed point, and ``ref_offset_km`` its distance from the resolved town (a cross-check).
    An incident at several places ("rockets hit Ashdod, Ashkelon and Sderot") gives one record
    per place sharing ``group_id``; their casualty figures are the sentence's totals, unless it
    counts the dead place by place ("8 in Rafah and 5 in Khan Younis").
    """

    kind: str = field(default="strike", metadata={"table": 0})
    #: Fields that decide whether two strike records are one event (geo.dedupe).
    match_fields: ClassVar[tuple[str, ...]] = ("date", "place_id", "lat", "lon", "actor")
    match_days: ClassVar[int] = 3
    match_km: ClassVar[float | None] = 25.0
    match_actors: ClassVar[str] = "share"
    weapon: str | None = field(default=None, metadata={"label": "Weapon"})
    group_id: str | None = None
    ref_place: str | None = None
    ref_place_lat: float | None = None
    ref_place_lon: float | None = None
    ref_distance_km: float | None = None
    ref_bearing: str | None = None
    ref_lat: float | None = None
    ref_lon: float | None = None
    ref_offset_km: float | None = None


@dataclass(slots=True, kw_only=True)
class Attack(Event):
    """An incident of ground violence (raid, ambush, clash, assault), or a report of attacks on a
    force over a period.

    A single incident has no ``count`` and sits at its place. A report over a period ("attacked
    around 70 times since October") gives one record per country the text names, sharing
    ``group_id``; ``count``, ``injuries`` and ``fatalities`` are the text's totals for the whole
    group, so sum them over distinct ``group_id`` values, not over records.
    """

    kind: str = field(default="attack", metadata={"table": 0})
    #: Fields that decide whether two attack records are one event (geo.dedupe).
    match_fields: ClassVar[tuple[str, ...]] = ("date", "country", "target")
    match_days: ClassVar[int] = 45
    weapons: str | None = field(default=None, metadata={"label": "Weapon"})
    countries: str | None = field(default=None, metadata={"label": "Countries (one report)"})
    group_id: str | None = None


@dataclass(slots=True, kw_only=True)
class EventSummary:
    """What a corpus store adds to an event's first report (:func:`geo.dedupe.event_view`):
    how many documents report it, which, and the range of the figures they give."""

    sources: int = field(default=0, metadata={"table": 2, "label": "Reports"})
    source_docs: str | None = None  # document ids joined by "; "
    fatalities_min: int | None = None
    fatalities_max: int | None = None
    injuries_min: int | None = None
    injuries_max: int | None = None
    count_min: int | None = None
    count_max: int | None = None
    date_first: str | None = None  # YYYY-MM-DD
    date_last: str | None = None


@dataclass(slots=True, kw_only=True)
class StoredFields:
    """What a corpus store keeps beside each record: the event it belongs to and where the
    record came from (:mod:`geo.ingest` writes them, :mod:`geo.store` lays out its table)."""

    event_id: str
    doc_hash: str  # sha256 of the article's bytes: an article is stored once
    doc_path: str
    published: str | None  # YYYY-MM-DD
    ingested_at: str  # ISO time, UTC


#: Columns a store keeps beside each record's own, in order.
STORED_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(StoredFields))

#: Columns the event view adds to each kind's record columns, in order.
SUMMARY_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(EventSummary))

#: The record kinds, in the order outputs list them: kind -> record type. A new kind is one
#: record type here (and its map layer); every list of kinds is derived from this.
KIND_CLASSES: dict[str, type[Event]] = {
    cls.__dataclass_fields__["kind"].default: cls for cls in (Deployment, Strike, Attack)
}
KINDS: tuple[str, ...] = tuple(KIND_CLASSES)
#: GeoJSON properties every event feature has, in order (the issue's contract).
EVENT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Event))
#: Columns of each kind's GeoDataFrame.
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    kind: tuple(f.name for f in fields(cls)) for kind, cls in KIND_CLASSES.items()
}


def _fields_typed(*types: str) -> tuple[str, ...]:
    """Fields of any record kind whose annotation is one of ``types`` ("int", "float"), in
    order: the column types of frames and stores are derived from the records, once."""
    kinds = KIND_CLASSES.values()
    return tuple(
        dict.fromkeys(
            f.name for cls in kinds for f in fields(cls) if str(f.type).split(" |")[0] in types
        )
    )


#: Whole-number fields (nullable integer columns in frames and stores).
INTEGER_FIELDS: tuple[str, ...] = _fields_typed("int")
#: Number fields, whole or not (numeric columns in stores).
NUMERIC_FIELDS: tuple[str, ...] = _fields_typed("int", "float")


def _marked(key: str) -> dict[str, Any]:
    """``{field: value}`` of the record fields whose metadata has ``key``."""
    kinds = (*KIND_CLASSES.values(), EventSummary)
    return {f.name: f.metadata[key] for cls in kinds for f in fields(cls) if key in f.metadata}


#: Display label of each field that has one (popups, tables), from the fields' metadata.
LABELS: dict[str, str] = _marked("label")
_TABLE_ORDER: dict[str, int] = _marked("table")
#: Columns of the dashboard's table of records, in order (fields marked ``table``).
TABLE_FIELDS: tuple[str, ...] = tuple(sorted(_TABLE_ORDER, key=_TABLE_ORDER.__getitem__))


#: How a field that holds several codes (``actor``, ``countries``) writes them: "US,GB".
CODES_SEP = ","


def codes_of(value: Any) -> tuple[str, ...]:
    """The codes a several-code field holds, in order ("US,GB" -> ("US", "GB"); none -> ())."""
    if value is None or value != value or value == "":  # None, NaN or empty
        return ()
    return tuple(c.strip() for c in str(value).split(CODES_SEP) if c.strip())


def codes_field(codes: Any) -> str | None:
    """The field value of ``codes``, each once, in order (none -> None)."""
    unique = dict.fromkeys(c for c in codes if c)
    return CODES_SEP.join(unique) or None
