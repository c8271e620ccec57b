"""Language knowledge kept as data: incident triggers, weapons, cue words, casualty phrasings,
and the words that mark a person's name.

The vocabulary lives in ``data/lexicon/*.csv`` (one surface form a line, with a note), the way
``data/aliases.csv`` holds place aliases; this module only compiles it. All tables go into one
Aho-Corasick automaton (pyahocorasick) over text folded by :func:`geo.normalize.fold`, so a scan
is linear in the text, case- and accent-insensitive, treats hyphens and punctuation as spaces
("car-bomb" = "car bomb"), and keeps offsets exact. Within each table the longest phrase wins
("suicide car bomb" over "car bomb" over "bomb").
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick

from geo import settings
from geo.normalize import fold, fold_name

__all__ = ["Entry", "Hit", "Lexicon", "lexicon"]

#: Table file -> the column that labels each entry.
_TABLES = {
    "triggers": "event_type",
    "weapons": "weapon",
    "cues": "cue",
    "casualties": "role",
    "persons": "cue",
    "directions": "part",
    "roles": "cue",
    "words": "word_class",
}
#: Tables that only shape patterns (geo.roles, geo.incidents): not scanned for in texts.
_UNSCANNED = frozenset({"roles", "words"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of a lexicon table.

    ``label`` is the table's label column (event type, weapon, cue or casualty role); ``kind``,
    ``form``, ``strong`` and ``needs`` are set for triggers only (``needs="weapon"``: the
    trigger counts only with a weapon named near it); ``event_type`` for weapons only.
    """

    phrase: str
    table: str
    label: str
    kind: str | None = None
    form: str | None = None
    strong: bool = True
    needs: str | None = None
    event_type: str | None = None  # weapons: the type an incident they name takes


@dataclass(frozen=True, slots=True)
class Hit:
    """A lexicon phrase found in a text: ``text[start:end]`` matched ``entry``."""

    start: int
    end: int
    entry: Entry

    @property
    def label(self) -> str:
        """The entry's label (event type, weapon, cue or role)."""
        return self.entry.label


def _read_table(path: Path, table: str) -> Iterator[Entry]:
    label_col = _TABLES[table]
    with open(path, encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        for row in rows:
            phrase = (row.get("phrase") or "").strip()
            if not phrase:
                continue
            yield Entry(
                phrase=phrase,
                table=table,
                label=row[label_col].strip(),
                kind=(row.get("kind") or "").strip() or None,
                form=(row.get("form") or "").strip() or None,
                strong=(row.get("strength") or "strong").strip() != "weak",
                needs=(row.get("needs") or "").strip() or None,
                event_type=(row.get("event_type") or "").strip() or None,
            )


class Lexicon:
    """The compiled tables: :meth:`scan` finds every phrase of every table in a text."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        groups: dict[tuple[str, str], set[str]] = {}
        for e in entries:
            groups.setdefault((e.table, e.label), set()).add(fold_name(e.phrase))
        self._phrases = {k: frozenset(v) for k, v in groups.items()}
        tables: dict[str, set[str]] = {}
        for (table, _), phrases in groups.items():
            tables.setdefault(table, set()).update(phrases)
        self._by_table = {t: frozenset(v) for t, v in tables.items()}
        self._labels: dict[str, dict[str, str]] = {}
        for e in entries:
            self._labels.setdefault(e.table, {}).setdefault(fold_name(e.phrase), e.label)
        by_key: dict[str, list[Entry]] = {}
        for e in entries:
            if e.table in _UNSCANNED:
                continue
            key = fold_name(e.phrase)
            if key:
                by_key.setdefault(key, []).append(e)
        self._auto = ahocorasick.Automaton()
        for key, group in by_key.items():
            self._auto.add_word(f" {key} ", (len(key), tuple(group)))
        self._auto.make_automaton()

    def phrases(self, table: str, label: str) -> frozenset[str]:
        """Folded phrases of one table with one label (e.g. casualty ``unit`` words)."""
        return self._phrases.get((table, label), frozenset())

    def labels(self, table: str) -> dict[str, str]:
        """Folded phrase -> label for one table (the first label, if a phrase has several)."""
        return self._labels.get(table, {})

    def table_phrases(self, table: str) -> frozenset[str]:
        """Folded phrases of every label of one table (e.g. all weapon names)."""
        return self._by_table.get(table, frozenset())

    def table_alternation(self, table: str) -> str:
        """:meth:`alternation` of every phrase of ``table``, whatever its label, words joined
        by any run of whitespace or hyphens ("north west", "north-west")."""
        return _alternation(self.table_phrases(table), r"[\s-]+")

    def alternation(self, table: str, *labels: str) -> str:
        """A regex alternation of the phrases of ``table`` with any of ``labels``, longest
        first, any run of whitespace between words (``"troops|forces|soldiers"``)."""
        phrases = frozenset().union(*(self.phrases(table, label) for label in labels))
        return _alternation(phrases, r"\s+")

    def scan(self, text: str) -> dict[str, list[Hit]]:
        """Hits per table, in text order; within a table, leftmost-longest and non-overlapping.

        Words must be separated by exactly one non-word character ("car  bomb" with two spaces
        is not "car bomb"); that keeps the scan a single linear pass.
        """
        padded = f" {fold(text)} "
        raw: dict[str, list[Hit]] = {t: [] for t in _TABLES if t not in _UNSCANNED}
        for end, (length, group) in self._auto.iter(padded):
            # the padded key " k " ends at `end`; its first letter is at end - length in the
            # padded text, which is end - length - 1 in the text
            start = end - length - 1
            for e in group:
                raw[e.table].append(Hit(start, start + length, e))
        out = {}
        for table, hits in raw.items():
            hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
            kept: list[Hit] = []
            last = -1
            for h in hits:
                same_span = kept and (kept[-1].start, kept[-1].end) == (h.start, h.end)
                if h.start >= last or same_span:  # one phrase may carry several labels
                    kept.append(h)
                    last = h.end
            out[table] = kept
        return out


def _alternation(phrases: frozenset[str], gap: str) -> str:
    """Phrases as one regex alternation, longest first, ``gap`` between their words."""
    return "|".join(sorted((p.replace(" ", gap) for p in phrases), key=len, reverse=True))


@lru_cache(maxsize=4)
def lexicon(folder: str | Path | None = None) -> Lexicon:
    """The lexicon of ``folder`` (default ``settings.DATA_DIR / "lexicon"``), compiled once."""
    root = Path(folder) if folder is not None else settings.DATA_DIR / "lexicon"
    entries: list[Entry] = []
    for table in _TABLES:
        path = root / f"{table}.csv"
        if not path.exists():
            msg = f"lexicon table missing: {path}"
            raise FileNotFoundError(msg)
        entries += _read_table(path, table)
    return Lexicon(entries)
