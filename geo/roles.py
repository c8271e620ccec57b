"""What a place mention does in its sentence: location, dateline, actor or metonym.

Pure functions over the text around a span; no gazetteer access.
"""

from __future__ import annotations

import re

__all__ = ["dateline_span", "mention_role"]

# "ERBIL, Kurdistan Region - ", "WASHINGTON, April 5 (Reuters) -", "BAGHDAD (AP) —"
_DATELINE = re.compile(
    r"^[ \t]*(?P<head>[A-Z][A-Z .'’-]{2,40}(?:,[^\n\-—–:]{1,60})?(?:\([^)\n]{1,40}\))?)[ \t]*[-—–:]+[ \t]",
    re.MULTILINE,
)

_FORCE_NOUNS = (
    "forces|force|troops|troop|army|armies|military|militia|militias|soldiers|soldier|fighters|jets|warplanes|aircraft|drones?|navy|air force|personnel|"
    "police|security|officers|mediation|coalition|side|strikes?|airstrikes?|bombers|warships|ships|"
    "destroyers|submarines|artillery|tanks|gunboats|helicopters|planes|"
    "attacks?|offensive|operations?|commanders?|special forces|marines|sailors|intelligence|"
    "delegation|spokesman|spokeswoman|spokesperson|foreign ministry|defense ministry|defence ministry|"
    "army chief|guards|proxies|allies|partners|officers|units?|battalions?|brigades?|"
    "warship|ship|destroyer|service\\s*members?|servicemembers|medic|contractors?|navy ships?|"
    "command|central command|commandos?|peacekeepers|defen[cs]e forces|armed forces|militaries"
)
_ACTOR_AFTER = re.compile(
    rf"^(?:-(?:backed|led|aligned|allied|sponsored|supported|funded|affiliated|linked|armed|made|"
    rf"based|flagged|owned|registered|operated|controlled|held)\b|"
    rf"\s+(?:[A-Z][a-z]+\s+)?(?i:{_FORCE_NOUNS})\b)"
)
_GOVERNMENT_NOUNS = (
    "government|governments|officials|official|authorities|leaders|leader|president|"
    "prime minister|ministry|minister|diplomats|envoy|embassy|regime|administration|parliament|"
    "state media|media|counterparts?|foreign minister|defense minister|defence minister|"
    "secretary|secretary of state|news agency|agency|news|television|tv|radio|newspaper|"
    "broadcaster|airlines?|airways|university|company|corporation|times|post|department"
)
_GOVERNMENT_AFTER = re.compile(rf"^\s+(?:[A-Z][a-z]+\s+)?(?i:{_GOVERNMENT_NOUNS})\b")
_ACTOR_BEFORE = re.compile(r"(?:\bpro|\banti)[-\s]$", re.IGNORECASE)
_POLITICAL_NOUNS = (
    "call|calls|support|decision|policy|policies|position|stance|response|efforts?|commitments?|"
    "demands?|request|offer|ally|allies|relations|backing|warning|plan|strategy|government|"
    "foreign|envoy|ambassador|president|prime|leadership|administration|interests?|approval|"
    "role|involvement|influence|pressure|sanctions|concerns?|condemnation|claims?|refusal|"
    "willingness|objections?|intervention|assistance|aid|cooperation|proposal|veto|retaliation"
)
_METONYM_POSSESSIVE = re.compile(rf"^['’]s?\s+(?:{_POLITICAL_NOUNS})\b", re.IGNORECASE)
_REPORTING_VERBS = (
    "said|says|say|announced|announces|accused|accuses|urged|urges|called|calls|warned|warns|"
    "denied|denies|rejected|rejects|demanded|demands|insisted|insists|claimed|claims|confirmed|"
    "condemned|condemns|vowed|vows|agreed|agrees|wants|wanted|hopes|threatened|threatens|"
    "responded|responds|retaliated|has said|has called|has urged|has denied|has accused|has warned"
)
_METONYM_AFTER = re.compile(rf"^(?:\s+and\s+[A-Z][\w-]+)?\s+(?:\w+ly\s+)?(?:{_REPORTING_VERBS})\b")
_METONYM_BEFORE = re.compile(
    r"(?:\bcall(?:s|ed)? on|\bpressure on|\bpressed|\bties with|\brelations with|\btalks with|"
    r"\bdeal with|\bsupport for|\bsanctions (?:on|against)|\burged|\btold|\bwarned|\bpressured|"
    r"\bnegotiations with|\bagreement with|\baccused|\bbacked by|\bsupported by|"
    r"\bfunded by|\barmed by|\bdirected by|\bordered by|\baccording to(?: the)?|\bpress(?:es)?|"
    r"\bmilitar(?:y|ies) of(?: the)?|\bforces of(?: the)?|\barmy of(?: the)?|\bsupport from(?: the)?)\s+$",
    re.IGNORECASE,
)
_LAND_AFTER = re.compile(
    r"^\s+(?:land|soil|territory|territories|border|borders|airspace|waters|town|city|village|"
    r"province|capital|desert|countryside|coast|region|side of the border)\b",
    re.IGNORECASE,
)


def dateline_span(text: str) -> tuple[int, int] | None:
    """Span of the dateline ("ERBIL, Kurdistan Region -") if the text has one near its top."""
    m = _DATELINE.search(text, 0, min(len(text), 600))
    if not m:
        return None
    head = m.group("head").split(",")[0]
    letters = [c for c in head if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return None
    return m.start("head"), m.end("head")


def mention_role(
    text: str, start: int, end: int, kind: str, dateline: tuple[int, int] | None
) -> str:
    """Role of the mention ``text[start:end]``.

    Parameters
    ----------
    text : str
        The whole article.
    start, end : int
        The mention's span.
    kind : str
        How the name matched: ``name``, ``alias``, ``abbrev`` or ``demonym``.
    dateline : tuple of int or None
        Span of the article's dateline (:func:`dateline_span`).

    Returns
    -------
    str
        ``dateline``, ``actor``, ``metonym`` or ``location``.
    """
    if dateline and dateline[0] <= start < dateline[1]:
        return "dateline"
    before = text[max(0, start - 40) : start]
    after = text[end : end + 60]
    if _ACTOR_BEFORE.search(before) or _ACTOR_AFTER.match(after):
        return "actor"
    if _GOVERNMENT_AFTER.match(after):
        return "metonym"
    if kind == "demonym":
        return "location" if _LAND_AFTER.match(after) else "actor"
    if _METONYM_POSSESSIVE.match(after):
        return "metonym"
    if _METONYM_AFTER.match(after) and not _LAND_AFTER.match(after):
        sentence_start = before.rstrip(" ").endswith((".", "\n", "“", '"')) or start == 0
        preceded_by_prep = re.search(r"\b(?:in|at|from|near|to|into|across|of)\s+$", before)
        if sentence_start or not preceded_by_prep:
            return "metonym"
    if _METONYM_BEFORE.search(before):
        return "metonym"
    return "location"
