"""The lexicon tables in data/lexicon/ and their one-pass matcher."""

import csv

from geo import settings
from geo.incidents import FAMILIES
from geo.lexicon import lexicon

CUE_LABELS = {
    "military", "negation", "halt", "irrealis", "general", "reporting", "origin", "reference",
    "anaphor", "new", "response", "statement", "speaker", "part", "capital", "idiom", "troop", "clause",
    "identity", "civil", "accident", "memory", "quantity", "crash", "downed", "hazard", "crime",
}  # fmt: skip
ROLES = {"kill", "dead", "injure", "injured", "toll", "also", "person", "unit", "nokill", "nohurt"}


def _rows(name):
    with open(settings.DATA_DIR / "lexicon" / f"{name}.csv", encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def test_tables_hold_only_known_labels():
    for row in _rows("triggers"):
        assert row["kind"] in ("strike", "attack"), row
        assert row["event_type"] in FAMILIES, row
        assert row["form"] in ("noun_sg", "noun_pl", "noun_mass", "verb"), row
        assert row["strength"] in ("strong", "weak"), row
        assert row["needs"] in ("", "weapon", "harm"), row
    labels = {r["cue"] for r in _rows("cues")}
    assert {c for c in labels if not c.startswith("deixis:")} <= CUE_LABELS
    assert {c.split(":")[1] for c in labels if c.startswith("deixis:")} <= {
        "admin1", "city", "any", "country", "dateline",
    }  # fmt: skip
    assert {r["role"] for r in _rows("casualties")} <= ROLES
    assert all(r["weapon"] for r in _rows("weapons"))
    assert {r["event_type"] for r in _rows("weapons")} - {""} <= set(FAMILIES)


def test_longest_phrase_wins_and_offsets_are_exact():
    text = "A suicide car-bomber struck; then AIR STRIKES hit."
    hits = lexicon().scan(text)["triggers"]
    assert [(text[h.start : h.end], h.label) for h in hits] == [
        ("suicide car-bomber", "suicide bomb"),
        ("struck", "strike"),
        ("AIR STRIKES", "air/drone strike"),
        ("hit", "strike"),
    ]


def test_one_phrase_may_carry_several_labels():
    text = "About 900 troops remain."
    labels = {h.label for h in lexicon().scan(text)["cues"]}
    assert {"military", "troop"} <= labels


def test_phrases_by_label():
    assert "kilometers" in lexicon().phrases("casualties", "unit")
    assert lexicon().phrases("cues", "no such label") == frozenset()


def test_pattern_tables_are_read_but_never_scanned():
    lex = lexicon()
    for table, labels in {
        "roles": ("force", "actor_suffix", "government", "political", "metonym_verb",
                  "metonym_before", "land"),
        "words": ("subordinator", "time", "modal", "continue", "toll_rise"),
    }.items():  # fmt: skip
        assert all(lex.phrases(table, label) for label in labels), table
    hits = lex.scan("Iraqi forces said the toll rose to 9 since Monday.")
    assert "roles" not in hits and "words" not in hits
