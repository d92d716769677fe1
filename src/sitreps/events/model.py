"""The event record written by extraction, in the shape of shared/schema/event.schema.json."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

COUNT_KINDS = ("fatalities", "injured", "missing", "affected")  # the figures an event carries


@dataclass
class Count:
    best: int
    low: int | None = None
    high: int | None = None
    vague: bool = False

    def to_json(self) -> dict[str, int | None]:
        return {"low": self.low, "best": self.best, "high": self.high}

    def merge(self, other: Count) -> Count:
        """A precise figure beats a vague one; between precise figures the larger (the latest toll) wins."""
        if self.vague != other.vague:
            return self if other.vague else other
        best = max(self.best, other.best)
        lows = [v for v in (self.low, other.low, min(self.best, other.best)) if v is not None]
        highs = [v for v in (self.high, other.high) if v is not None]
        return Count(best, min(lows) if lows else None, max([*highs, best]) if highs else None, self.vague)


@dataclass
class Location:
    name: str
    mention: str
    geonames_id: int | None
    country: str
    admin1: str | None
    latitude: float
    longitude: float
    precision: int
    admin2: str | None = None  # the raion (second-level division), where the gazetteer knows it

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "mention": self.mention,
            "geonames_id": self.geonames_id,
            "country": self.country,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "latitude": round(self.latitude, 5),
            "longitude": round(self.longitude, 5),
            "precision": self.precision,
        }


@dataclass
class Evidence:
    text: str
    start: int
    end: int


@dataclass
class Source:
    doc_id: str
    evidence: Evidence
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str | None = None
    attributed_to: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "url": self.url,
            "outlet": self.outlet,
            "published": self.published,
            "language": self.language,
            "attributed_to": self.attributed_to,
            "evidence": {"text": self.evidence.text, "start": self.evidence.start, "end": self.evidence.end},
        }


@dataclass
class Event:
    event_id: str
    event_type: str
    sub_event_type: str
    event_date: str
    date_start: str
    date_end: str
    date_precision: str
    location: Location
    sources: list[Source]
    actor1: str | None = None
    actor2: str | None = None
    counts: dict[str, Count] = field(default_factory=dict)
    targets: list[str] = field(default_factory=list)
    weapons: list[str] = field(default_factory=list)
    certainty: str = "reported"
    aggregate: bool = False
    trigger: str = ""
    type_assumed: bool = False  # the type is the default for a bare casualty report, not named by the text

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "event_id": self.event_id,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "event_date": self.event_date,
            "date_start": self.date_start,
            "date_end": self.date_end,
            "date_precision": self.date_precision,
            "location": self.location.to_json(),
            "actor1": self.actor1,
            "actor2": self.actor2,
        }
        for key in COUNT_KINDS:
            count = self.counts.get(key)
            out[key] = count.to_json() if count else None
        out.update(
            targets=self.targets,
            weapons=self.weapons,
            certainty=self.certainty,
            aggregate=self.aggregate,
            trigger=self.trigger,
            type_assumed=self.type_assumed,
            sources=[s.to_json() for s in self.sources],
        )
        return out


def event_from_json(d: dict[str, Any]) -> Event:
    """The inverse of Event.to_json (events travel between Dask workers and the store as JSON)."""
    loc = d["location"]
    counts = {
        k: Count(int(d[k]["best"]), d[k].get("low"), d[k].get("high"))
        for k in COUNT_KINDS
        if d.get(k)
    }
    return Event(
        event_id=d["event_id"],
        event_type=d["event_type"],
        sub_event_type=d["sub_event_type"],
        event_date=d["event_date"],
        date_start=d["date_start"],
        date_end=d["date_end"],
        date_precision=d["date_precision"],
        location=Location(
            loc["name"],
            loc.get("mention") or loc["name"],
            loc.get("geonames_id"),
            loc["country"],
            loc.get("admin1"),
            float(loc["latitude"]),
            float(loc["longitude"]),
            int(loc["precision"]),
            loc.get("admin2"),
        ),
        sources=[
            Source(
                doc_id=s["doc_id"],
                evidence=Evidence(s["evidence"]["text"], s["evidence"]["start"], s["evidence"]["end"]),
                url=s.get("url"),
                outlet=s.get("outlet"),
                published=s.get("published"),
                language=s.get("language"),
                attributed_to=s.get("attributed_to"),
            )
            for s in d["sources"]
        ],
        actor1=d.get("actor1"),
        actor2=d.get("actor2"),
        counts=counts,
        targets=list(d.get("targets") or []),
        weapons=list(d.get("weapons") or []),
        certainty=d.get("certainty", "reported"),
        aggregate=bool(d.get("aggregate")),
        trigger=d.get("trigger", ""),
        type_assumed=bool(d.get("type_assumed")),
    )
