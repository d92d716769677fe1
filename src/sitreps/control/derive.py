"""Who holds which populated place, derived from reports of territorial change.

A Battles event at a place (geo precision 1, a GeoNames populated place) changes its holder when a report
coded it with a word of taking (captured, liberated, took control, entered; any "Government regains
territory") or of leaving (withdrew from), per language in words.toml. Taking gives the place to the first
actor's side, leaving to the other side. A change is "confirmed" only when the event is; otherwise it is a
claim. Per place the latest change up to a date wins; two sides' changes within a day of each other leave
the place "contested". Every change keeps the reports behind it; nothing else moves a place.
"""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Literal

from sitreps.store.records import ReportedEvent, StoredEvent
from sitreps.store.repo import Filters, Store

WORDS = Path(__file__).resolve().parent / "words.toml"
SIDES = {"Military Forces of Russia": "RU", "Military Forces of Ukraine": "UA"}
OTHER = {"RU": "UA", "UA": "RU"}
REGAINS = "Government regains territory"
CONTEST_DAYS = 1

Certainty = Literal["confirmed", "claimed"]


@dataclass
class Report:
    event_id: str
    document_id: int
    outlet: str | None
    url: str | None
    published: str
    attributed_to: str | None
    word: str
    evidence: str


@dataclass
class Change:
    date: str
    controller: str  # "UA" or "RU"
    certainty: Certainty
    how: Literal["take", "leave"]
    event_id: str
    reports: list[Report] = field(default_factory=list)


@dataclass
class PlaceControl:
    geonames_id: int
    place: str
    admin1: str | None
    country: str
    latitude: float
    longitude: float
    controller: str
    since: str
    certainty: Certainty
    contested: bool
    reports: list[Report]
    history: list[Change]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@cache
def words() -> dict[str, dict[str, tuple[str, ...]]]:
    with WORDS.open("rb") as f:
        data = tomllib.load(f)
    return {lang: {k: tuple(w.lower() for w in v) for k, v in kinds.items()} for lang, kinds in data.items()}


def _says(word: str, listed: tuple[str, ...]) -> bool:
    w = word.lower().strip()
    return any(w.startswith(x[:-1]) if x.endswith("*") else w == x for x in listed)


def _how(sub_event_type: str | None, word: str, lang: str | None) -> Literal["take", "leave"] | None:
    if sub_event_type == REGAINS:
        return "take"
    for code, kinds in words().items():
        if lang not in (None, code):
            continue
        if _says(word, kinds.get("take", ())):
            return "take"
        if _says(word, kinds.get("leave", ())):
            return "leave"
    return None


def _changes(reported: ReportedEvent) -> list[Change]:
    """The changes of hands an event's reports tell, one per side they give the place to (a merged event may
    hold one side's capture and the other's recapture of the same day)."""
    e = reported.record
    if e.location.precision != 1 or e.location.geonames_id is None:
        return []
    found: dict[str, Change] = {}
    for s, report in zip(e.sources, reported.reports, strict=True):
        word = report.trigger
        side = SIDES.get(report.actor1 or e.actor1 or "")
        how = _how(report.sub_event_type or e.sub_event_type, word, s.language)
        if side is None or how is None:
            continue
        controller = side if how == "take" else OTHER[side]
        certainty: Certainty = "confirmed" if s.certainty == "confirmed" else "claimed"
        day = report.event_date or e.event_date.isoformat()
        change = found.setdefault(controller, Change(day, controller, certainty, how, e.event_id))
        if certainty == "confirmed":
            change.certainty = "confirmed"
        change.reports.append(
            Report(
                e.event_id,
                s.document_id,
                s.outlet,
                s.url,
                s.published.isoformat(),
                s.attributed_to,
                word,
                s.evidence.text,
            )
        )
    return list(found.values())


def control_at(store: Store, at: date | None = None) -> list[PlaceControl]:
    """Every place whose holder a report changed up to `at` (default: all time), with its history."""
    places: dict[int, tuple[StoredEvent, list[Change]]] = {}
    for reported in store.query.reported(Filters(until=at, event_type="Battles")):
        e = reported.record
        for change in _changes(reported):
            places.setdefault(e.location.geonames_id or 0, (e, []))[1].append(change)
    out = []
    for gid, (e, history) in places.items():
        history.sort(key=lambda c: (c.date, min((r.published for r in c.reports), default="")))
        latest = history[-1]
        last_day = date.fromisoformat(latest.date)
        close = [
            c
            for c in history
            if c.controller != latest.controller
            and abs((date.fromisoformat(c.date) - last_day).days) <= CONTEST_DAYS
        ]
        out.append(
            PlaceControl(
                gid,
                e.location.name,
                e.location.admin1,
                e.location.country,
                e.location.latitude,
                e.location.longitude,
                latest.controller,
                latest.date,
                latest.certainty,
                bool(close),
                latest.reports,
                history,
            )
        )
    return sorted(out, key=lambda p: (p.place, p.geonames_id))


def geojson(places: list[PlaceControl]) -> dict[str, Any]:
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "id": p.geonames_id,
                "geometry": {"type": "Point", "coordinates": [p.longitude, p.latitude]},
                "properties": p.to_json(),
            }
            for p in places
        ],
    }


