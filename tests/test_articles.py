import pytest

from geo.articles import decode_article, html_to_text, read_article
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
