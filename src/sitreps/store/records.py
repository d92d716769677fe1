"""The stored event as one typed record, in the shape of the event schema, with every source and the count
history: what the query side returns, what the API answers (its OpenAPI schemas), and what exports write.

The write side builds it from the ORM rows once per change (`build_record`) and keeps its JSON in the read table
`event_records`, so reads never build it again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from sitreps.countries import country
from sitreps.events.model import Event
from sitreps.store.tables import EventRow


def event_id_cnty(country_code: str, number: int) -> str:
    """ACLED's event_id_cnty: the ISO 3166 alpha-3 code and a number ("UKR12")."""
    info = country(country_code)
    return f"{info.iso3 if info else country_code.upper()}{number}"


class Figure(BaseModel):
    """A count as reported: best figure and the span of the credible reports."""

    low: int | None = None
    best: int | None = None
    high: int | None = None


class StoredLocation(BaseModel):
    name: str
    mention: str | None = None
    geonames_id: int | None = None
    country: str
    admin1: str | None = None
    admin2: str | None = None
    latitude: float
    longitude: float
    precision: int = Field(description="1 place, 2 near a place, 3 region, 4 country.")


class StoredEvidence(BaseModel):
    text: str
    start: int
    end: int


class StoredSource(BaseModel):
    """One report of the event: its document and the evidence sentence (offsets into the stored text)."""

    report_id: str = Field(description="The id `sitreps extract` gave this report (sr-...).")
    doc_id: str
    document_id: int
    url: str | None = None
    outlet: str | None = None
    published: date
    language: str | None = None
    attributed_to: str | None = None
    certainty: str
    evidence: StoredEvidence


class CountReport(BaseModel):
    """A figure as one report gave it."""

    kind: str
    low: int | None = None
    best: int
    high: int | None = None
    reported_on: date
    attributed_to: str | None = None
    certainty: str


class StoredEvent(BaseModel):
    """A stored event: `event_id` (ev-...) and `event_id_cnty` (ISO-3 + the row number) are its two names in
    every export; each source carries `report_id`."""

    model_config = ConfigDict(frozen=True)

    event_id: str
    event_id_cnty: str
    store_id: int
    event_type: str
    sub_event_type: str
    event_date: date
    date_start: date
    date_end: date
    date_precision: str
    location: StoredLocation
    actor1: str | None = None
    actor2: str | None = None
    fatalities: Figure | None = None
    injured: Figure | None = None
    missing: Figure | None = None
    affected: Figure | None = None
    targets: list[str] = []
    weapons: list[str] = []
    certainty: str
    aggregate: bool = False
    type_assumed: bool = False
    updated_at: str = Field(description="The last change (a new report, a revised figure), ISO 8601 in UTC.")
    sources: list[StoredSource] = []
    count_history: list[CountReport] = []

    def figure(self, kind: str) -> Figure | None:
        """The figure of a count kind (`events.model.COUNT_KINDS`: fatalities, injured, missing, affected)."""
        return {
            "fatalities": self.fatalities,
            "injured": self.injured,
            "missing": self.missing,
            "affected": self.affected,
        }.get(kind)

    def to_json(self) -> dict[str, Any]:
        """The record as JSON values (dates as ISO strings), as the JSONL export and alert payloads write it."""
        return self.model_dump(mode="json")


@dataclass(frozen=True)
class ReportedEvent:
    """A stored event with what each of its reports said as extracted (the report's own type, actors, date and
    trigger word), one `Event` per source in the order of `record.sources`: for derivations that read the
    reports, not only their merge (who holds which place)."""

    record: StoredEvent
    reports: tuple[Event, ...]


def _figure(row: EventRow, kind: str) -> Figure | None:
    value = row.counts.get(kind)
    return Figure(**value) if value else None


def build_record(row: EventRow) -> StoredEvent:
    """The record of an event row with its sources (and their documents) and count reports."""
    return StoredEvent(
        event_id=row.uid,
        event_id_cnty=event_id_cnty(row.country, row.id),
        store_id=row.id,
        event_type=row.event_type,
        sub_event_type=row.sub_event_type,
        event_date=row.event_date,
        date_start=row.date_start,
        date_end=row.date_end,
        date_precision=row.date_precision,
        location=StoredLocation(
            name=row.location_name,
            mention=row.location_mention,
            geonames_id=row.geonames_id,
            country=row.country,
            admin1=row.admin1,
            admin2=row.admin2,
            latitude=row.latitude,
            longitude=row.longitude,
            precision=row.geo_precision,
        ),
        actor1=row.actor1,
        actor2=row.actor2,
        fatalities=_figure(row, "fatalities"),
        injured=_figure(row, "injured"),
        missing=_figure(row, "missing"),
        affected=_figure(row, "affected"),
        targets=list(row.targets),
        weapons=list(row.weapons),
        certainty=row.certainty,
        aggregate=row.aggregate,
        type_assumed=row.type_assumed,
        updated_at=row.updated_at.replace(tzinfo=UTC).isoformat(),  # stored in UTC
        sources=[
            StoredSource(
                report_id=s.report_uid,
                doc_id=s.document.doc_id,
                document_id=s.document.id,
                url=s.document.url,
                outlet=s.document.outlet,
                published=s.document.published,
                language=s.document.language,
                attributed_to=s.attributed_to,
                certainty=s.certainty,
                evidence=StoredEvidence(text=s.evidence, start=s.evidence_start, end=s.evidence_end),
            )
            for s in row.sources
        ],
        count_history=[
            CountReport(
                kind=c.kind,
                low=c.low,
                best=c.best,
                high=c.high,
                reported_on=c.reported_on,
                attributed_to=c.attributed_to,
                certainty=c.certainty,
            )
            for c in row.count_reports
        ],
    )
