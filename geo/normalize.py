"""Length-preserving text folding for name matching.

Text and gazetteer names are folded the same way: lower case, accents removed, and every
character that is not a letter or digit turned into a space. Each character maps to exactly
one character, so a span found in the folded text is the same span in the original text.
Arabic article variants ("al-", "as-", "ash-", "el-" ...) are expanded on the name side
(:func:`name_variants`), never on the text side, so offsets stay exact.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["clean_text", "fold", "fold_name", "name_variants"]

# Apostrophes and hyphens inside names are word separators after folding ("Ma'rib" -> "ma rib").
_TABLE_LIMIT = 0x3000
_FOLDED_ARTICLES = frozenset(
    {
        "al",
        "as",
        "ash",
        "at",
        "ad",
        "adh",
        "an",
        "ar",
        "az",
        "el",
        "es",
        "ech",
        "ed",
        "en",
        "er",
        "ez",
    }
)
_SPACES = re.compile(r" +")


def _fold_char(ch: str) -> str:
    """Fold one character to exactly one character."""
    cat = unicodedata.category(ch)
    if cat.startswith("M"):
        return ch  # combining marks stay (deleting them would shift offsets)
    if not ch.isalnum():
        return " "
    base = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in base if not unicodedata.category(c).startswith("M"))
    low = (base or ch).lower()
    if len(low) == 1:
        return low
    low = ch.lower()
    return low if len(low) == 1 else ch


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(_TABLE_LIMIT):
        ch = chr(cp)
        folded = _fold_char(ch)
        if folded != ch:
            table[cp] = folded
    # Special letters NFKD leaves alone.
    for src, dst in {
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ı": "i",
        "ß": "s",
    }.items():
        table[ord(src)] = dst
    return table


def fold(text: str) -> str:
    """Fold ``text`` for matching; the result has the same length as ``text``.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
        Lower-cased, accent-free text where punctuation is a space.
    """
    return text.translate(_table())


@lru_cache(maxsize=65_536)  # news repeats its names: each is folded once
def fold_name(name: str) -> str:
    """Fold a gazetteer name to its lookup key: folded, single-spaced, stripped."""
    return _SPACES.sub(" ", fold(name)).strip()


def clean_text(text: str) -> str:
    """Text as it is read from a file or a paste: Unicode NFC (composed accents) and no
    invisible format characters (soft hyphen, zero-width joiners and spaces, direction marks),
    which would otherwise split "Bagh\u00addad" into two words. Offsets of everything found
    afterwards index this text."""
    text = unicodedata.normalize("NFC", text)
    if any(unicodedata.category(c) == "Cf" for c in text):
        text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return text


def name_variants(name: str) -> set[str]:
    """Return the lookup keys of a name, with Arabic article variants.

    "Jurf al-Sakhar" gives "jurf al sakhar", "jurf as sakhar", "jurf sakhar", ...;
    a leading article may also be dropped ("Al Hillah" -> "hillah").
    """
    key = fold_name(name)
    if not key:
        return set()
    # "St. Louis" folds to "st  louis" in running text (each character keeps its place)
    spaced = {fold(name).strip()} - {key}
    words = key.split(" ")
    if not any(w in _FOLDED_ARTICLES for w in words) or len(words) > 6:
        return {key} | spaced
    options: list[list[str]] = []
    for i, w in enumerate(words):
        if w in _FOLDED_ARTICLES and i < len(words) - 1:
            options.append(["al", "as", "ash", "ad", "an", "ar", "at", "az", "el", ""])
        else:
            options.append([w])
    keys = {""}
    for opts in options:
        keys = {f"{k} {o}".strip() if o else k for k in keys for o in opts}
        if len(keys) > 200:
            break
    # dropping an article may leave one word only if it is distinctive ("Qamishli", not "Jurf")
    keys = {k for k in keys if len(k.split(" ")) >= min(2, len(words)) or len(k) >= 6}
    keys.add(key)
    keys |= spaced
    return {k for k in keys if k and not all(w in _FOLDED_ARTICLES for w in k.split(" "))}
