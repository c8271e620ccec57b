"""Hostile strings written by the project, shared by the escaping tests.

``TEMPLATE_PAYLOADS`` are Jinja expressions and statements: if any reached a template engine as
source, ``X{{ 6*7 }}Y`` would render as ``X42Y`` and the ``mkdir`` payload would create a
directory named :data:`CANARY` in the working directory.
"""

from __future__ import annotations

CANARY = "troopmap_pwned"

TEMPLATE_PAYLOADS = [
    "X{{ 6*7 }}Y",
    "{{ lipsum.__globals__.os.mkdir(dict(" + CANARY + "=1)|first) }}",
    "{% raw %}",
    "{# open comment",
    "{%- for i in range(3) %}Z{% endfor %}",
]
HTML_PAYLOADS = [
    '<img src=x onerror="window.__xss=1">',
    "</script><script>window.__xss=2</script>",
    "${window.__xss=3}",
    "`+(window.__xss=4)+`",
    "<svg onload=window.__xss=5>",
]
ALL_PAYLOADS = HTML_PAYLOADS + TEMPLATE_PAYLOADS
#: Every payload in one string.
EVERYTHING = " ".join(ALL_PAYLOADS)


def text_fields(kind: str) -> list[str]:
    """The string fields of a record kind (every one of them must be escaped on the map)."""
    from dataclasses import fields

    from geo.records import Attack, Deployment, Strike

    cls = {"deployment": Deployment, "strike": Strike, "attack": Attack}[kind]
    return [f.name for f in fields(cls) if "str" in str(f.type) and f.name not in ("kind",)]


def assert_template_inert(html: str, workdir) -> None:
    """No payload ran: nothing rendered to 42, no canary directory, literal braces kept as data."""
    assert "X42Y" not in html
    assert "ZZZ" not in html
    assert not (workdir / CANARY).exists()
