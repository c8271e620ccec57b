"""The record types are the one schema: column types and lists are derived from them."""

from dataclasses import fields

from geo.dedupe import MATCH_FIELDS
from geo.records import (
    INTEGER_FIELDS,
    KIND_FIELDS,
    NUMERIC_FIELDS,
    SUMMARY_FIELDS,
    Attack,
    EventSummary,
)
from geo.store import MATCH_COLUMNS


def test_column_types_come_from_the_annotations():
    assert INTEGER_FIELDS == ("source_start", "source_end", "count", "fatalities", "injuries")
    assert set(INTEGER_FIELDS) < set(NUMERIC_FIELDS)
    assert {"lat", "lon", "confidence", "ref_distance_km"} <= set(NUMERIC_FIELDS)
    assert not {"place", "date", "actor"} & set(NUMERIC_FIELDS)


def test_a_field_added_to_a_record_reaches_every_list():
    assert KIND_FIELDS["attack"] == tuple(f.name for f in fields(Attack))
    assert tuple(f.name for f in fields(EventSummary)) == SUMMARY_FIELDS
    matched = {name for names in MATCH_FIELDS.values() for name in names}
    assert matched | {"kind", "event_id"} == set(MATCH_COLUMNS)
    assert all(name in KIND_FIELDS[kind] for kind, names in MATCH_FIELDS.items() for name in names)


def test_the_store_table_is_the_records_and_the_stored_fields():
    from geo.records import STORED_FIELDS, StoredFields
    from geo.store import STORE_COLUMNS

    assert tuple(f.name for f in fields(StoredFields)) == STORED_FIELDS
    assert STORE_COLUMNS[-len(STORED_FIELDS) :] == STORED_FIELDS
    assert set(KIND_FIELDS["strike"]) < set(STORE_COLUMNS)


def test_labels_come_from_the_fields():
    from geo.records import LABELS
    from layers.strikes import POPUP_FIELDS

    assert LABELS["geo_precision"] == "Located to" and LABELS["sources"] == "Reports"
    assert ("precision", LABELS["geo_precision"]) in POPUP_FIELDS  # the popup reads them


def test_the_table_shows_the_fields_marked_for_it_in_their_order():
    from geo.records import TABLE_FIELDS

    assert TABLE_FIELDS[:3] == ("kind", "event_type", "sources")  # the summary's field too
    assert TABLE_FIELDS[-1] == "source_text" and len(set(TABLE_FIELDS)) == len(TABLE_FIELDS)


def test_several_codes_are_written_and_read_one_way():
    from geo.records import codes_field, codes_of

    assert codes_field(["US", "GB", "US", None]) == "US,GB" and codes_field([]) is None
    assert codes_of("US,GB") == ("US", "GB") and codes_of(" US , GB ") == ("US", "GB")
    assert codes_of(None) == () and codes_of(float("nan")) == () and codes_of("") == ()
    assert codes_of(codes_field(["IL", "US"])) == ("IL", "US")


def test_the_kinds_are_listed_once():
    from geo.records import KIND_CLASSES, KINDS, Deployment

    assert KINDS[:3] == ("deployment", "strike", "attack")
    assert KIND_CLASSES["deployment"] is Deployment
    assert tuple(KIND_FIELDS) == KINDS
