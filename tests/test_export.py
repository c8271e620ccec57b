"""The standalone HTML map."""

import re

import pytest

import geo
from geo.gazetteer import load
from layers.export import map_html
from layers.maps import build_map


@pytest.fixture(scope="module")
def seed_frames(sample_text):
    x = geo.extract(sample_text, published="2023-12-02", doc_id="seed")
    return x


def test_html_is_standalone(seed_frames):
    x = seed_frames
    html = map_html(build_map(x.frames(), load().boundaries("admin0")))
    assert not re.search(r'<script src="https?://', html)
    assert not re.search(r'<link rel="stylesheet" href="https?://', html)
    assert "L.map(" in html and len(html) < 10_000_000
