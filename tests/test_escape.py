from layers.escape import html_text


def test_html_text_escapes_markup_and_js_breakers():
    payload = "<img src=x onerror=alert(1)></script>`${x}`\\'\""
    out = html_text(payload)
    for bad in ("<", ">", "`", "${", "\\", "'", '"'):
        assert bad not in out
    assert "&lt;img src=x onerror=alert(1)&gt;" in out
    assert html_text(None) == ""


def test_html_text_leaves_no_template_delimiters():
    from tests.hostile import EVERYTHING

    out = html_text(EVERYTHING)
    for bad in ("{", "}", "%"):
        assert bad not in out
    assert "&#123;&#123; 6*7 &#125;&#125;" in out
