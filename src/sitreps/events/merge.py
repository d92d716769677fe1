"""When two reports tell the same event, and how their figures combine.

Pure functions over plain records, so the store (SQLite or PostgreSQL) and the tests share one rule set.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sitreps.events.taxonomy import VIOLENCE
from sitreps.places.geo import distance_km

DATE_SLACK = timedelta(days=1)
SAME_PLACE_KM = {1: 10.0, 2: 30.0}
COUNT_RATIO = 5
CERTAINTY_RANK = {"denied": 0, "unverified": 1, "claimed": 2, "reported": 3, "confirmed": 4}
DATE_RANK = {"day": 0, "range": 1, "week": 2, "month": 3}


@dataclass(frozen=True)
class Sketch:
    """What merging needs to know of an event (stored or newly extracted)."""

    event_type: str
    aggregate: bool
    date_start: date
    date_end: date
    latitude: float
    longitude: float
    geo_precision: int
    country: str
    admin1: str | None
    actor1: str | None
    fatalities: int | None
    type_assumed: bool = False


def same_type(a: Sketch, b: Sketch) -> bool:
    """Same ACLED type; or both political violence and one only assumed from a bare casualty report
    ("five killed in Donetsk" and "shelling kills five in Donetsk")."""
    if a.event_type == b.event_type:
        return True
    return (a.type_assumed or b.type_assumed) and {a.event_type, b.event_type} <= VIOLENCE


def compatible(a: Sketch, b: Sketch) -> bool:
    """Same type, overlapping dates (a day of slack), the same place at the precision both give, no clash
    of actors, and death tolls within a factor of each other (revisions rise; 2 and 30 are two events)."""
    if not same_type(a, b) or a.aggregate != b.aggregate or a.country != b.country:
        return False
    if a.date_start > b.date_end + DATE_SLACK or b.date_start > a.date_end + DATE_SLACK:
        return False
    if a.actor1 and b.actor1 and a.actor1 != b.actor1:
        return False
    if a.fatalities and b.fatalities:
        lo, hi = sorted((a.fatalities, b.fatalities))
        if hi > COUNT_RATIO * lo + COUNT_RATIO:
            return False
    if a.geo_precision == 3 or b.geo_precision == 3:
        return a.geo_precision == b.geo_precision and a.admin1 == b.admin1
    limit = max(SAME_PLACE_KM[a.geo_precision], SAME_PLACE_KM[b.geo_precision])
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= limit


def trigrams(text: str) -> set[str]:
    t = " ".join(text.lower().split())
    return {t[i : i + 3] for i in range(max(0, len(t) - 2))}


def similarity(a: str, b: str) -> float:
    """Character-trigram Jaccard: names and numbers survive translation better than words."""
    x, y = trigrams(a), trigrams(b)
    return len(x & y) / len(x | y) if x and y else 0.0


def closeness(a: Sketch, b: Sketch, text_a: str = "", text_b: str = "") -> float:
    """Rank compatible candidates: nearer, closer in time, more similar evidence first."""
    km = distance_km(a.latitude, a.longitude, b.latitude, b.longitude)
    days = abs((a.date_end - b.date_end).days)
    return -km / 10 - days + 2 * similarity(text_a, text_b)


@dataclass(frozen=True)
class Figure:
    """One report's figure for one count."""

    kind: str
    low: int | None
    best: int
    high: int | None
    reported_on: date
    certainty: str
    order: int


def combine(figures: Iterable[Figure]) -> dict[str, dict[str, int | None]]:
    """best follows the latest credible report (a rise from 3 to 4 updates it; an earlier, lower report does
    not undo it); low and high span every credible report."""
    by_kind: dict[str, list[Figure]] = {}
    for f in figures:
        by_kind.setdefault(f.kind, []).append(f)
    out: dict[str, dict[str, int | None]] = {}
    for kind, figs in by_kind.items():
        credible = [f for f in figs if f.certainty != "denied"] or figs
        latest = max(credible, key=lambda f: (f.reported_on, f.order))
        values = [v for f in credible for v in (f.low, f.best, f.high) if v is not None]
        out[kind] = {"low": min(values), "best": latest.best, "high": max(values)}
    return out


def stronger_certainty(a: str, b: str) -> str:
    return a if CERTAINTY_RANK.get(a, 0) >= CERTAINTY_RANK.get(b, 0) else b


def more_precise_date(a: str, b: str) -> bool:
    """Is precision `a` finer than `b`?"""
    return DATE_RANK.get(a, 9) < DATE_RANK.get(b, 9)
