"""SQLAlchemy models. Dialect extras (FTS5 and R*Tree on SQLite, PostGIS geometry and a tsvector index on
PostgreSQL) live in the migration, not here."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(512), index=True)
    url: Mapped[str | None] = mapped_column(Text)
    canonical_url: Mapped[str | None] = mapped_column(String(2048), unique=True)
    text_hash: Mapped[str] = mapped_column(String(64), unique=True)
    outlet: Mapped[str | None] = mapped_column(String(512))
    title: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(16))
    published: Mapped[date] = mapped_column(Date, index=True)
    text: Mapped[str] = mapped_column(Text)
    origin: Mapped[str | None] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())

    sources: Mapped[list[SourceRow]] = relationship(back_populates="document")


class EventRow(Base):
    """One event: the merge of every report of it."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    event_type: Mapped[str] = mapped_column(String(64))
    sub_event_type: Mapped[str] = mapped_column(String(96))
    event_date: Mapped[date] = mapped_column(Date)
    date_start: Mapped[date] = mapped_column(Date)
    date_end: Mapped[date] = mapped_column(Date)
    date_precision: Mapped[str] = mapped_column(String(8))
    location_name: Mapped[str] = mapped_column(String(256))
    location_mention: Mapped[str | None] = mapped_column(String(256))
    geonames_id: Mapped[int | None] = mapped_column(Integer)
    country: Mapped[str] = mapped_column(String(2))
    admin1: Mapped[str | None] = mapped_column(String(256))
    admin2: Mapped[str | None] = mapped_column(String(256))
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)
    geo_precision: Mapped[int] = mapped_column(Integer)
    actor1: Mapped[str | None] = mapped_column(String(256))
    actor2: Mapped[str | None] = mapped_column(String(256))
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    fatalities: Mapped[int] = mapped_column(Integer, default=0)  # counts["fatalities"]["best"], for SQL sums
    targets: Mapped[list[str]] = mapped_column(JSON, default=list)
    weapons: Mapped[list[str]] = mapped_column(JSON, default=list)
    certainty: Mapped[str] = mapped_column(String(16))
    aggregate: Mapped[bool] = mapped_column(Boolean, default=False)
    type_assumed: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now(), onupdate=func.now())

    sources: Mapped[list[SourceRow]] = relationship(back_populates="event", order_by="SourceRow.id")
    count_reports: Mapped[list[CountReportRow]] = relationship(back_populates="event", order_by="CountReportRow.id")

    __table_args__ = (
        Index("ix_events_type_date", "event_type", "event_date"),
        Index("ix_events_date", "event_date"),
        Index("ix_events_country_admin1", "country", "admin1"),
    )


class SourceRow(Base):
    """One report of an event: the document, the evidence span and the event as that report told it."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    report_uid: Mapped[str] = mapped_column(String(64))
    evidence: Mapped[str] = mapped_column(Text)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    attributed_to: Mapped[str | None] = mapped_column(Text)
    certainty: Mapped[str] = mapped_column(String(16))
    report: Mapped[dict[str, Any]] = mapped_column(JSON)

    event: Mapped[EventRow] = relationship(back_populates="sources")
    document: Mapped[DocumentRow] = relationship(back_populates="sources")


class CountReportRow(Base):
    """A figure as one report gave it: the history behind an event's counts."""

    __tablename__ = "count_reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    low: Mapped[int | None] = mapped_column(Integer)
    best: Mapped[int] = mapped_column(Integer)
    high: Mapped[int | None] = mapped_column(Integer)
    reported_on: Mapped[date] = mapped_column(Date)
    attributed_to: Mapped[str | None] = mapped_column(Text)
    certainty: Mapped[str] = mapped_column(String(16))

    event: Mapped[EventRow] = relationship(back_populates="count_reports")


class IngestedFile(Base):
    """A file already ingested whole: re-ingesting a folder skips it while it is unchanged."""

    __tablename__ = "ingested_files"

    path: Mapped[str] = mapped_column(String(2048), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    ingested_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class FeedRow(Base):
    """A watched feed or page: when it was polled, the validators for the next conditional request, what
    went wrong last, and how much it gave."""

    __tablename__ = "feeds"

    url: Mapped[str] = mapped_column(String(2048), primary_key=True)
    outlet: Mapped[str | None] = mapped_column(String(512))
    language: Mapped[str | None] = mapped_column(String(16))
    interval_s: Mapped[float | None] = mapped_column(Float)
    etag: Mapped[str | None] = mapped_column(String(1024))
    last_modified: Mapped[str | None] = mapped_column(String(128))
    last_poll: Mapped[datetime | None] = mapped_column(DateTime)
    last_success: Mapped[datetime | None] = mapped_column(DateTime)
    last_status: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(Text)
    last_duration_s: Mapped[float | None] = mapped_column(Float)
    polls: Mapped[int] = mapped_column(Integer, default=0)
    not_modified: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    retries: Mapped[int] = mapped_column(Integer, default=0)
    poll_seconds: Mapped[float] = mapped_column(Float, default=0.0)  # total, for the mean poll latency
    items_seen: Mapped[int] = mapped_column(Integer, default=0)
    items_new: Mapped[int] = mapped_column(Integer, default=0)


class AlertDeliveryRow(Base):
    """One alert for one event at one revision of its toll, to one destination: claimed before it is sent, so
    it goes out once; a failure is kept with its error and tried again."""

    __tablename__ = "alert_deliveries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rule: Mapped[str] = mapped_column(String(128))
    event_uid: Mapped[str] = mapped_column(String(64), index=True)
    revision: Mapped[str] = mapped_column(String(64))
    destination: Mapped[str] = mapped_column(String(2048))
    status: Mapped[str] = mapped_column(String(16))  # pending, delivered, failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    last_attempt_at: Mapped[datetime | None] = mapped_column(DateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (UniqueConstraint("rule", "event_uid", "revision", "destination", name="uq_alert_once"),)


class EventRecordRow(Base):
    """The read table: each event's record (records.StoredEvent) as JSON, written in the transaction that
    changes the event, so the API serves it without building it; `version` is the store version of the last
    change and `created_version` of the first, for "what changed since"."""

    __tablename__ = "event_records"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    created_version: Mapped[int] = mapped_column(Integer, index=True)
    version: Mapped[int] = mapped_column(Integer, index=True)
    record: Mapped[str] = mapped_column(Text)


class StoreVersionRow(Base):
    """One row: a counter raised by every transaction that stores a document (the store's "last change"), which
    keys the API's ETags and caches."""

    __tablename__ = "store_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
    changed_at: Mapped[datetime | None] = mapped_column(DateTime)


class EventSummaryRow(Base):
    """Events and fatalities per day, type, country, first-level division, certainty and tally-or-not, with the
    languages of their reports: the rows /api/stats adds up when no filter needs the events themselves,
    recomputed for the keys a write touches."""

    __tablename__ = "event_summary"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_date: Mapped[date] = mapped_column(Date, index=True)
    event_type: Mapped[str] = mapped_column(String(64))
    country: Mapped[str] = mapped_column(String(2))
    admin1: Mapped[str | None] = mapped_column(String(256))
    certainty: Mapped[str] = mapped_column(String(16))
    aggregate: Mapped[bool] = mapped_column(Boolean)
    events: Mapped[int] = mapped_column(Integer)
    fatalities: Mapped[int] = mapped_column(Integer)
    languages: Mapped[str] = mapped_column(String(512), default="")  # comma-separated, sorted


class QueuedDocumentRow(Base):
    """A POSTed article waiting for the server's writer (status "queued"), or what came of it: "stored",
    "no_pack" (stored without events), "skipped" (already stored) or "failed" (with the reason in `note`)."""

    __tablename__ = "queued_documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    document: Mapped[str] = mapped_column(Text)  # the POSTed JSON
    status: Mapped[str] = mapped_column(String(16), index=True)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    document_id: Mapped[int | None] = mapped_column(Integer)
    events_new: Mapped[int | None] = mapped_column(Integer)
    events_merged: Mapped[int | None] = mapped_column(Integer)
    language: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
