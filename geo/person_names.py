"""Tell a person's name from a place's name by the words around it.

"Ashley Sutton", "Dr Ivins", "Gov. Mary Fallin", "Payette said": the capitalised word is a person
even though the gazetteer holds a town of that name. The cues are data a linguist can edit:
titles and verbs of saying in ``data/lexicon/persons.csv``, given names in
``data/lexicon/given_names.csv``. The functions here are pure: text and offsets in, a verdict out.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from geo import settings
from geo.lexicon import lexicon
from geo.normalize import fold_name

__all__ = [
    "PersonCues",
    "arabic_article",
    "arabic_articles",
    "in_venue_name",
    "person_cue",
    "person_cues",
    "surname_after",
    "surnames",
    "vessel_names",
]

_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’]*)(\.?)( )$")
_WORD_AFTER = re.compile(r" ([A-Za-z][\w'’-]*)")
#: A capitalised word glued by a hyphen to the name: "Diaz-Balart", "Redfern-Hardisty".
_HYPHEN_BEFORE = re.compile(r"\b([^\W\d_]{2,})-$")
_HYPHEN_AFTER = re.compile(r"-([^\W\d_]{2,})")
#: "from Dewsbury said": the town is where the speaker is from.
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|to)\s+$", re.I)
#: Arabic articles written with a hyphen belong to place names ("Al-Minya").
_ARTICLES = frozenset({"al", "el", "as", "ash", "ad", "an", "ar", "at", "az", "ed"})


@dataclass(frozen=True)
class PersonCues:
    """Folded cue words: titles, verbs of saying, given names."""

    titles: frozenset[str]
    speech: frozenset[str]
    given: frozenset[str]
    #: ship prefixes: the name after one is a vessel's ("USS Carney")
    vessels: frozenset[str] = frozenset()
    #: titles written with a dot ("Brig. Gen. Saree"): such a word is no place
    dotted_titles: frozenset[str] = frozenset()
    #: given names curated from other languages ("Vladimir", "Yahya"): never a province's
    curated_given: frozenset[str] = frozenset()
    #: words that make "<place> <word>" a disease's name ("West Nile virus")
    diseases: frozenset[str] = frozenset()
    #: words that make "<given name> <word>" a place ("Jordan Valley", "Victoria Falls")
    place_words: frozenset[str] = frozenset()
    #: words that make "<place> <word>" another place or none ("Northumberland Avenue")
    venues: frozenset[str] = frozenset()
    #: words of a settlement's kind written before its name ("Kibbutz Be'eri"): no name part
    settlements: frozenset[str] = frozenset()


@lru_cache(maxsize=4)
def person_cues(folder: str | Path | None = None) -> PersonCues:
    """The cue words of ``folder`` (default ``settings.DATA_DIR / "lexicon"``)."""
    root = Path(folder) if folder is not None else settings.DATA_DIR / "lexicon"
    lex = lexicon(folder)  # the same cached compilation as the incident reader
    with open(root / "given_names.csv", encoding="utf-8", newline="") as fh:
        rows = [
            r
            for r in csv.DictReader(line for line in fh if not line.startswith("#"))
            if (r.get("phrase") or "").strip()
        ]
    given = frozenset(fold_name(r["phrase"]) for r in rows)
    # names curated from other languages are rarely also a province's or a state's
    # ("Vladimir Putin"; the census list holds "Virginia", "Florida", "Alberta")
    curated = frozenset(
        fold_name(r["phrase"]) for r in rows if (r.get("source") or "").startswith("curated")
    )
    return PersonCues(
        titles=lex.phrases("persons", "title"),
        vessels=lex.phrases("persons", "vessel"),
        dotted_titles=lex.phrases("words", "title_abbrev"),
        speech=lex.phrases("persons", "speech"),
        given=given,
        curated_given=curated,
        place_words=lex.phrases("persons", "place"),
        venues=lex.phrases("persons", "venue"),
        diseases=lex.phrases("persons", "disease"),
        settlements=lex.phrases("persons", "settlement"),
    )


@lru_cache(maxsize=2)
def surnames(folder: str | Path | None = None) -> frozenset[str]:
    """Folded surnames of ``surnames.csv`` in ``folder`` (default the lexicon folder): read on
    first need, as only a given name that a place also bears asks for them."""
    root = Path(folder) if folder is not None else settings.DATA_DIR / "lexicon"
    try:
        with open(root / "surnames.csv", encoding="utf-8") as fh:
            return frozenset(
                fold_name(line.strip())
                for line in fh
                if line.strip() and not line.startswith("#") and line.strip() != "phrase"
            )
    except OSError:
        return frozenset()


def surname_after(text: str, end: int) -> bool:
    """Whether the capitalised word right after ``end`` is a surname ("Victoria Rowell")."""
    after = _WORD_AFTER.match(text, end)
    return (
        after is not None
        and after.group(1)[0].isupper()
        and (fold_name(after.group(1)) in surnames())
    )


def vessel_names(text: str, cues: PersonCues) -> set[str]:
    """Folded names written after a ship prefix in ``text`` ("USS Carney" gives "carney"): the
    ship's, wherever the article names it again."""
    if not cues.vessels:
        return set()
    prefixes = "|".join(re.escape(v.upper()) for v in sorted(cues.vessels, key=len, reverse=True))
    found = re.finditer(rf"\b(?:{prefixes})\s+([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)", text)
    return {fold_name(m.group(1)) for m in found}


def _word_before(text: str, start: int) -> tuple[str, bool] | None:
    """The word right before ``start`` (one space apart) and whether it ends in a full stop."""
    m = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    return (m.group(1), bool(m.group(2))) if m else None


def person_cue(
    text: str,
    start: int,
    end: int,
    cues: PersonCues,
    small: bool,
    places: tuple[set[int], set[int]] = (set(), set()),
    town: bool | None = None,
) -> str | None:
    """Why ``text[start:end]`` names a person, or None.

    ``places`` holds the start and end offsets of the place names found in the text: a
    neighbouring word that is itself a place is no evidence ("Paris Texas", "Israel-Gaza").

    - ``vessel``: a ship prefix in capitals stands right before it ("USS Carney");
    - ``title``: a title stands right before it ("Senator Kerry", "Dr. Ivins"), or a title in
      lower case before it and a surname after it ("director Ali Badrakhan");
    - ``given``: a capitalised given name stands right before it ("Ashley Sutton");
    - ``forename`` (when ``town``: only towns and cities, of any size, not provinces, which
      news names with a capitalised noun after them: "Florida Senator"): it is a given name and
      a capitalised word follows that is neither a place nor a word of place ("Elvis Peters",
      "Victoria Rowell"; not "Jordan Valley", "Paris Texas");
    - ``hyphen``: it is glued by a hyphen to another capitalised word ("Diaz-Balart");
    - ``speech`` (only when ``small``, a town too small to speak as a metonym, and one word):
      a verb of saying follows it ("Payette said") or ends the clause before it ("said Noma."),
      unless a preposition of place stands before it ("from Dewsbury said").
    """
    starts, ends = places
    town = small if town is None else town
    surface = text[start:end]
    after = _WORD_AFTER.match(text, end)
    # a capitalised word after it that is neither a place nor a word of place: "Ali Badrakhan"
    surname_after = (
        after is not None
        and after.group(1)[0].isupper()
        and end + 1 not in starts
        and fold_name(after.group(1)) not in cues.place_words
    )
    before = _word_before(text, start)
    if before is not None:
        word, dotted = before
        folded = fold_name(word)
        if folded in cues.vessels and word.isupper():
            return "vessel"
        if folded in cues.titles and (word[0].isupper() or dotted or surname_after):
            return "title"  # "Senator Kerry", "Dr. Ivins", "director Ali Badrakhan"
        if word[0].isupper() and not dotted and folded in cues.given and start - 1 not in ends:
            return "given"
    if town and " " not in surface and fold_name(surface) in cues.given and surname_after:
        return "forename"
    glued_before = _HYPHEN_BEFORE.search(text[max(0, start - 30) : start])
    glued_after = _HYPHEN_AFTER.match(text, end)
    for glued, free in (
        (glued_before, start - 1 not in ends),
        (glued_after, end + 1 not in starts),
    ):
        # a capitalised word in any script: "Diaz-Balart", "Champs-Élysées"
        if (
            glued
            and free
            and glued.group(1)[0].isupper()
            and fold_name(glued.group(1)) not in _ARTICLES
        ):
            return "hyphen"
    if small and " " not in surface and not _PLACE_BEFORE.search(text[max(0, start - 8) : start]):
        if after is not None and fold_name(after.group(1)) in cues.speech:
            return "speech"
        if (
            before is not None
            and fold_name(before[0]) in cues.speech
            and re.match(r"[.,;:!?”\"]", text[end : end + 1])
        ):
            return "speech"
    return None


def arabic_articles() -> str:
    """The Arabic articles ("al", "el", "ash" ...), a regex alternation in lower case, from the
    ``article`` class of ``data/lexicon/words.csv``."""
    return lexicon().alternation("words", "article")


@lru_cache(maxsize=1)
def arabic_article() -> re.Pattern:
    """An Arabic article in any case and its hyphen: "al-", "Al-", "el-"."""
    return re.compile(rf"\b(?i:{arabic_articles()})-")


def in_venue_name(text: str, end: int, cues: PersonCues, start: int | None = None) -> bool:
    """Whether the capitalised word right after a name makes it a venue's or a street's name
    ("Rogers Centre", "Hampton Avenue", "French Quarter"), another place than the name's, or
    any word after it a disease's ("West Nile virus", "Lassa fever"). After an Arabic article
    (the name at ``start``), a venue word in lower case does too ("al-Rashid street")."""
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = fold_name(after.group(1))
    article = arabic_article()
    arabic = start is not None and (
        any(a.end() == start for a in article.finditer(text, max(0, start - 5), start))
        or article.match(text, start) is not None  # the name holds its article: "al-Rashid"
    )
    return (
        (after.group(1)[0].isupper() or bool(arabic)) and word in cues.venues
    ) or word in cues.diseases
