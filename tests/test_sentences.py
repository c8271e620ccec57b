import pytest

from geo.sentences import sentence_spans


def test_abbreviations_do_not_split():
    text = "Attacks on U.S. personnel in Iraq continued. Gen. Smith said so. Next one."
    got = [text[s:e] for s, e in sentence_spans(text)]
    assert got == [
        "Attacks on U.S. personnel in Iraq continued.",
        "Gen. Smith said so.",
        "Next one.",
    ]


def test_the_hour_of_a_day_ends_a_sentence_only_before_a_capital():
    text = "Jets struck at 4 a.m. (local time) on June 3. The raid ended at 9 p.m. Troops left."
    got = [text[s:e] for s, e in sentence_spans(text)]
    assert got == [
        "Jets struck at 4 a.m. (local time) on June 3.",
        "The raid ended at 9 p.m.",
        "Troops left.",
    ]


def test_paragraphs_and_offsets():
    text = "Headline here\n\nFirst sentence. Second!\n"
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["Headline here", "First sentence.", "Second!"]


def test_text_without_sentence_ends_is_cut_into_bounded_pieces():
    from geo.sentences import MAX_SENTENCE_CHARS

    text = "word " * 10_000
    spans = sentence_spans(text)
    assert len(spans) > 1 and all(e - s <= MAX_SENTENCE_CHARS for s, e in spans)
    assert spans[0][0] == 0 and spans[-1][1] == len(text.rstrip())


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("U.S. Central Command said its forces struck a site.", 1),  # a name goes on
        ("The U.N. Security Council met on Monday.", 1),
        ("Sanctions hit the U.S. The ministry said so.", 2),  # an opener starts anew
        ("He lives in the U.S. Officials said so.", 2),
    ],
)
def test_initials_before_a_capital_end_a_sentence_only_before_an_opener(text, pieces):
    assert len(sentence_spans(text)) == pieces


def test_titles_with_a_dot_never_end_a_sentence():
    text = "A spokesman, Brig. Gen. Ali Nasser, said so. Lt. Col. Ahmed agreed. On Jan. 5 it ended."
    got = [text[s:e] for s, e in sentence_spans(text)]
    assert got == [
        "A spokesman, Brig. Gen. Ali Nasser, said so.",
        "Lt. Col. Ahmed agreed.",
        "On Jan. 5 it ended.",
    ]
