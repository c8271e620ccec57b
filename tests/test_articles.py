import datetime as dt

import pytest

from geo.articles import decode_article, html_to_text, read_article, read_dated_article
from geo.errors import InputError


def test_empty_and_binary_rejected(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    with pytest.raises(InputError, match="empty"):
        read_article(empty)
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(InputError, match="binary"):
        read_article(binary)
    with pytest.raises(InputError, match="cannot read"):
        read_article(tmp_path / "missing.txt")


def test_html_reduced_to_text():
    markup = "<html><head><script>alert(1)</script></head><body><p>Strikes in <b>Erbil</b>.</p><p>More &amp; more</p></body></html>"
    text = html_to_text(markup)
    assert "alert" not in text
    assert "Strikes in Erbil." in text and "More & more" in text
    assert decode_article(markup.encode(), "a.html") == text


def test_cp1252_fallback():
    assert decode_article("Erbil – news".encode("cp1252"), "a.txt") == "Erbil – news"


def _dated(tmp_path, body: str, sidecar: str | None = None, default=None, name="a.txt"):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    if sidecar is not None:
        path.with_suffix(".json").write_text(sidecar, encoding="utf-8")
    return read_dated_article(path, default)


def test_dates_in_order_sidecar_front_matter_date_line_given_today(tmp_path):
    front = "---\npublished: 2024-03-03\ntitle: Port\n---\n"
    line = "Published: 5 March 2024\nShells fell on the port on Monday.\n"
    a = _dated(tmp_path, front + line, '{"published": "2024-03-01"}', "2024-03-09")
    assert (a.published, a.date_source) == (dt.date(2024, 3, 1), "sidecar")
    assert not a.text.startswith("---")  # front matter is not article text
    b = _dated(tmp_path, front + line, None, "2024-03-09", name="b.txt")
    assert (b.published, b.date_source) == (dt.date(2024, 3, 3), "front matter")
    c = _dated(tmp_path, line, None, "2024-03-09", name="c.txt")
    assert (c.published, c.date_source) == (dt.date(2024, 3, 5), "date line")
    d = _dated(tmp_path, "Shells fell on the port.\n", None, "2024-03-09", name="d.txt")
    assert (d.published, d.date_source) == (dt.date(2024, 3, 9), "given")
    e = _dated(tmp_path, "Shells fell on the port.\n", name="e.txt")
    assert (e.published, e.date_source) == (dt.date.today(), "today")


@pytest.mark.parametrize(
    ("sidecar", "front", "says"),
    [
        ("{broken", "", "unreadable sidecar"),
        ('{"published": "yesterday"}', "", "not YYYY-MM-DD"),
        (None, "---\ndate: 2999-01-01\n---\n", "in the future"),
    ],
)
def test_bad_dates_name_the_file(tmp_path, sidecar, front, says):
    with pytest.raises(InputError, match=says) as err:
        _dated(tmp_path, front + "Shells fell on the port.\n", sidecar)
    assert "a." in str(err.value) and "\n" not in str(err.value)


def test_source_named_by_sidecar_or_front_matter(tmp_path):
    front = "---\ntitle: Port shelled again\nurl: https://example.org/news/port?id=7\n---\n"
    a = _dated(tmp_path, front + "Shells fell on the port.\n", '{"outlet": "Example News"}')
    assert a.source == {
        "source_title": "Port shelled again",
        "source_url": "https://example.org/news/port?id=7",
        "source_outlet": "Example News",
    }


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "data:text/html,x", "https://a.org/x y", "ftp://a.org/f"]
)
def test_only_plain_web_addresses_are_kept(url):
    from geo.articles import source_of

    assert "source_url" not in source_of({"url": url})


def test_invisible_characters_and_decomposed_accents_are_cleaned():
    """A soft hyphen or zero-width joiner inside "Baghdad" and NFD accents read as typed."""
    import unicodedata

    from geo.geoparse import geoparse

    raw = "Rockets hit Bagh\u00addad and Bagh\u200ddad, then Arbīl.".replace(
        "Arbīl", unicodedata.normalize("NFD", "Arbīl")
    )
    text = decode_article(raw.encode("utf-8"), "a.txt")
    assert text == "Rockets hit Baghdad and Baghdad, then Arbīl."
    names = [m.name for m in geoparse(text) if m.resolved]
    assert names.count("Baghdad") == 2 and "Erbil" in names


def test_utf16_with_bom_is_text():
    data = "\ufeffShells hit Kharkiv on Monday.".encode("utf-16")
    assert decode_article(data, "u16.txt") == "Shells hit Kharkiv on Monday."


def test_control_characters_anywhere_mean_binary():
    data = ("Shells hit Kharkiv. " * 1000 + "\x01\x02\x03" * 400).encode()
    with pytest.raises(InputError, match="control characters"):
        decode_article(data, "late.txt")


def test_unclosed_angle_brackets_are_text():
    """A "<" no ">" closes is text (and read in one pass, see bench/hostile.py)."""
    assert html_to_text("<html><p>3 < 4 and <b>bold</b></p></html>") == "3 < 4 and bold"
    assert html_to_text("<html>" + "<a" * 1000) == "<a" * 1000
