"""Shared fixtures: the gazetteer, the project's sample article, and the seed article.

The sample (``data/sample_article.txt``, written by the project) restates the seed's facts; every
test uses it except the check of the seed itself (``tests/test_seed.py``), which needs
``../shared/seed/`` (CI has it; elsewhere those tests skip with the reason).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from geo import settings
from geo.gazetteer import Gazetteer, load

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "article.txt"


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return load()


@pytest.fixture(scope="session")
def sample_text() -> str:
    """The project's own sample article (published 2023-12-02)."""
    return (settings.DATA_DIR / "sample_article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"seed article missing at {SEED}")
        pytest.skip(f"seed article not found at {SEED}")
    return SEED.read_text(encoding="utf-8")
