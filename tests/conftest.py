"""Shared fixtures: the gazetteer and the seed article from ../shared/seed/."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from geo.gazetteer import Gazetteer, load

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "article.txt"


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"seed article missing at {SEED}")
        pytest.skip(f"seed article not found at {SEED}")
    return SEED.read_text(encoding="utf-8")
