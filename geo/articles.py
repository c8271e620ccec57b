"""Reading article files: the I/O edge in front of the pure text functions.

Plain text, Markdown and HTML files (HTML is reduced to its visible text). Empty, binary
and oversized files raise :class:`geo.errors.InputError` with the file name in the message.

Every command dates a file the same way (:func:`dated_article`): a sidecar ``name.json`` with
``published``, else front matter (``published:`` or ``date:`` between ``---`` fences), else a
date line in the text (:func:`geo.published.date_line`), else the date the user gave, else today.
"""

from __future__ import annotations

import codecs
import datetime as dt
import html
import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from geo import settings
from geo.errors import InputError
from geo.normalize import clean_text
from geo.published import date_line, parse_published

__all__ = [
    "DatedArticle",
    "date_text",
    "dated_article",
    "decode_article",
    "html_to_text",
    "read_article",
    "read_bytes",
    "read_dated_article",
    "source_of",
    "split_front_matter",
]

_UNCLOSED_LT = re.compile(r"<(?=[^<>]*(?:<|\Z))")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_FRONT = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n---[ \t]*\n", re.S)

_SKIP_TAGS = {"script", "style", "noscript", "template", "head", "svg"}
_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "section",
    "article",
    "blockquote",
}


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self._skip:
            self._skip -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML document (scripts and styles dropped, blocks as lines)."""
    parser = _TextParser()
    # a "<" that no ">" closes before the next "<" is text, not a tag: escaped first, so the
    # parser never rescans the rest of the page for it ("<a<a<a..." is linear, not quadratic)
    parser.feed(_UNCLOSED_LT.sub("&lt;", markup))
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).splitlines()]
    return html.unescape("\n".join(line for line in lines if line))


def decode_article(data: bytes, name: str = "<input>") -> str:
    """Decode article bytes to text, refusing empty, binary and oversized input."""
    if len(data) > settings.MAX_TEXT_CHARS * 4:
        msg = f"{name}: {len(data):,} bytes is larger than the limit ({settings.MAX_TEXT_CHARS:,} characters)"
        raise InputError(msg)
    if not data.strip():
        msg = f"{name}: the file is empty"
        raise InputError(msg)
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not utf16 and b"\x00" in data[:8192]:
        msg = f"{name}: looks binary (NUL bytes), not an article text"
        raise InputError(msg)
    try:
        text = data.decode("utf-16") if utf16 else data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            msg = f"{name}: not UTF-8, UTF-16 or Windows-1252 text ({exc})"
            raise InputError(msg) from exc
    controls = len(_CONTROLS.findall(text))  # the whole text, not only its start
    if controls > 0.01 * len(text):
        msg = f"{name}: looks binary (control characters), not an article text"
        raise InputError(msg)
    text = clean_text(text)
    head = text.lstrip()[:500].lower()
    if name.lower().endswith((".html", ".htm")) or head.startswith(("<!doctype html", "<html")):
        text = html_to_text(text)
    if len(text) > settings.MAX_TEXT_CHARS:
        msg = (
            f"{name}: {len(text):,} characters is more than the limit ({settings.MAX_TEXT_CHARS:,})"
        )
        raise InputError(msg)
    if not text.strip():
        msg = f"{name}: no text left after removing markup"
        raise InputError(msg)
    return text


def read_bytes(path: str | Path) -> bytes:
    """A file's bytes, or :class:`InputError` naming the file."""
    p = Path(path)
    try:
        return p.read_bytes()
    except OSError as exc:
        msg = f"{p}: cannot read ({exc.strerror or exc})"
        raise InputError(msg) from exc


def read_article(path: str | Path) -> str:
    """Read an article file (txt, md, html) as text."""
    return decode_article(read_bytes(path), str(path))


@dataclass(frozen=True, slots=True)
class DatedArticle:
    """An article's text (front matter removed), its publication date and where that came from
    (``sidecar``, ``front matter``, ``date line``, ``given`` or ``today``), and what its sidecar
    or front matter says of it (:func:`source_of`: title, URL, outlet)."""

    path: str
    text: str
    published: dt.date
    date_source: str
    source: dict[str, str] = field(default_factory=dict)


#: Keys of a sidecar or front matter that name the article, and the record field each fills.
SOURCE_KEYS = {
    "title": "source_title",
    "headline": "source_title",
    "url": "source_url",
    "link": "source_url",
    "outlet": "source_outlet",
    "publisher": "source_outlet",
    "source": "source_outlet",
}
_WEB_URL = re.compile(r"https?://[^\s\"'<>]+", re.I)


def source_of(meta: dict) -> dict[str, str]:
    """``source_title``, ``source_url`` and ``source_outlet`` from a sidecar's or front
    matter's keys; a URL is kept only when it is a plain http(s) address."""
    out: dict[str, str] = {}
    for key, fieldname in SOURCE_KEYS.items():
        value = meta.get(key)
        if not isinstance(value, str) or not value.strip() or fieldname in out:
            continue
        value = " ".join(value.split())[:500]
        if fieldname == "source_url" and not _WEB_URL.fullmatch(value):
            continue
        out[fieldname] = value
    return out


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """``key: value`` lines between leading ``---`` fences, and the text after them."""
    m = _FRONT.match(text)
    if not m:
        return {}, text
    meta = {}
    for line in m.group("body").splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            meta[k.strip().lower()] = v.strip().strip("\"'")
    return meta, text[m.end() :]


def _sidecar(path: Path) -> dict:
    """The sidecar ``name.json`` of an article file as a dict ({} when there is none)."""
    sidecar = path.with_suffix(".json")
    if not sidecar.is_file():
        return {}
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        msg = f"{sidecar}: unreadable sidecar ({exc})"
        raise InputError(msg) from exc
    return meta if isinstance(meta, dict) else {}


def date_text(text: str, default: str | dt.date | None = None) -> tuple[str, dt.date, str]:
    """(text without front matter, publication date, where the date came from) of a decoded
    article: front matter, else a date line, else ``default``, else today.

    Raises ``ValueError`` for a malformed or future date.
    """
    meta, body = split_front_matter(text)
    published, how = _date_of(meta, body, default)
    return body, published, how


def _date_of(meta: dict[str, str], body: str, default: str | dt.date | None) -> tuple[dt.date, str]:
    """The date of an article already split from its front matter (see :func:`date_text`)."""
    front = (meta.get("published") or meta.get("date") or "")[:10]
    if front:
        return parse_published(front), "front matter"
    found = date_line(body)
    if found:
        return found, "date line"
    if default is not None:
        return parse_published(default), "given"
    return dt.date.today(), "today"


def dated_article(
    data: bytes, path: str | Path, default: str | dt.date | None = None
) -> DatedArticle:
    """Decode a file's bytes and date it: its sidecar, else :func:`date_text`.

    Raises :class:`InputError` naming the file for unreadable input or a malformed or future date.
    """
    p = Path(path)
    text = decode_article(data, str(p))
    side = _sidecar(p)
    meta, body = split_front_matter(text)
    source = source_of({**meta, **side})
    try:
        if side.get("published"):
            when = parse_published(str(side["published"])[:10])
            return DatedArticle(str(p), body, when, "sidecar", source)
        published, how = _date_of(meta, body, default)
    except ValueError as exc:
        msg = f"{p}: {exc}"
        raise InputError(msg) from exc
    return DatedArticle(str(p), body, published, how, source)


def read_dated_article(path: str | Path, default: str | dt.date | None = None) -> DatedArticle:
    """Read and date an article file (see :func:`dated_article`)."""
    return dated_article(read_bytes(path), path, default)
