"""Generated strike records for scale tests and benches (not real news)."""

from __future__ import annotations

import datetime as dt
import random

from geo.frames import events_frame
from geo.records import Strike

SENTENCE = (
    "On {d}, {a} warplanes struck militia positions near the town, killing {n} fighters, "
    "officials said."
)


def generated_strikes(
    n: int,
    days: int = 120,
    seed: int = 1,
    lat: tuple[float, float] = (30, 37),
    lon: tuple[float, float] = (36, 47),
    actors: tuple[str, ...] = ("US", "IL", "TR", "RU", "IR"),
):
    """A strike frame of ``n`` strikes at random points of the box ``lat`` x ``lon`` (over Iraq,
    Syria and the Levant by default), on ``days`` days from 2023-10-01 (every day used)."""
    rnd = random.Random(seed)
    recs = []
    for i in range(n):
        day = dt.date(2023, 10, 1) + dt.timedelta(days=i % days)
        actor = rnd.choice(actors)
        dead = rnd.choice([None, 0, 1, 2, 3, 5, 8, 12])
        text = SENTENCE.format(d=day.isoformat(), a=actor, n=dead or "no")
        recs.append(
            Strike(
                doc_id=f"gen-{i}",
                source_text=text,
                source_start=0,
                source_end=len(text),
                confidence=0.8,
                date=day.isoformat(),
                date_precision="day",
                actor=actor,
                place=f"Town {i}",
                country="IQ",
                geo_precision="town",
                fatalities=dead,
                lat=rnd.uniform(*lat),
                lon=rnd.uniform(*lon),
            )
        )
    return events_frame(recs, "strike")
