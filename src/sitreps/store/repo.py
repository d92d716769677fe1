"""The write side of the store: documents and their events, merging reports of one event, revisions of the
tolls, and the read table kept in step (each changed event's record, the store's version).

Each document is written in one transaction: a crash loses nothing already committed, and a rerun
skips what is stored (same canonical URL or same normalised text). Reads are in `query.py`; `Store` offers the
common ones too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sqlalchemy import ColumnElement, Connection, Engine, and_, delete, func, insert, or_, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import InstrumentedAttribute, Session, selectinload

from sitreps.documents.model import Document
from sitreps.errors import StoreError
from sitreps.events.merge import (
    Figure,
    Sketch,
    closeness,
    combine,
    compatible,
    more_precise_date,
    stronger_certainty,
)
from sitreps.events.model import Event
from sitreps.events.taxonomy import VIOLENCE
from sitreps.store.db import open_engine
from sitreps.store.filters import Filters
from sitreps.store.query import Points, Query, Stats
from sitreps.store.records import StoredEvent, build_record
from sitreps.store.tables import (
    CountReportRow,
    DocumentRow,
    EventRecordRow,
    EventRow,
    EventSummaryRow,
    IngestedFile,
    SourceRow,
    StoreVersionRow,
)

__all__ = ["Filters", "Outcome", "Store", "canonical_url", "rebuild_summary", "write_missing_records"]

# what the summary rows are keyed by: day, type, country, first-level division, certainty, tally or not
SummaryKey = tuple[date, str, str, str | None, str, bool]

TRACKING = ("utm_", "fbclid", "gclid", "ref", "cmp", "ocid")
LAT_WINDOW = 0.5  # degrees around a new event where merge candidates are looked for (~55 km)
LON_WINDOW = 0.8
MAX_URL = 2048  # documents.canonical_url's length
MAX_NAME = 512  # documents.doc_id's and outlet's length


def canonical_url(url: str | None) -> str | None:
    """scheme and host lower-cased, no fragment, no tracking parameters, no trailing slash."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:  # "http://[::1": not a URL
        return None
    if not parts.scheme or not parts.netloc:
        return None
    query = [(k, v) for k, v in parse_qsl(parts.query) if not k.lower().startswith(TRACKING)]
    path = parts.path.rstrip("/") or "/"
    host = parts.netloc.lower().removeprefix("www.")
    out = urlunsplit((parts.scheme.lower(), host, path, urlencode(sorted(query)), ""))
    return out if len(out) <= MAX_URL else None


@dataclass
class Outcome:
    stored: bool
    new_events: int = 0
    merged_events: int = 0


def _sketch_of_row(row: EventRow) -> Sketch:
    return Sketch(
        row.event_type,
        row.aggregate,
        row.date_start,
        row.date_end,
        row.latitude,
        row.longitude,
        row.geo_precision,
        row.country,
        row.admin1,
        row.actor1,
        (row.counts.get("fatalities") or {}).get("best"),
        row.type_assumed,
    )


def _sketch_of_event(e: Event) -> Sketch:
    fat = e.counts.get("fatalities")
    return Sketch(
        e.event_type,
        e.aggregate,
        date.fromisoformat(e.date_start),
        date.fromisoformat(e.date_end),
        e.location.latitude,
        e.location.longitude,
        e.location.precision,
        e.location.country,
        e.location.admin1,
        e.actor1,
        fat.best if fat else None,
        e.type_assumed,
    )


def _now() -> datetime:
    """The time of a change, in UTC (naive, as the columns store it), to the second."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def _reason(e: SQLAlchemyError) -> str:
    orig = getattr(e, "orig", None)
    return str(orig or e).splitlines()[0]


class Store:
    """The event database at a URL (SQLite file by default, PostgreSQL + PostGIS for teams)."""

    def __init__(self, url: str | None = None, engine: Engine | None = None) -> None:
        self.engine = engine or open_engine(url)
        self.dialect = self.engine.dialect.name
        self.query = Query(self.engine)

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    # -- documents -------------------------------------------------------------------------------
    def known(self, session: Session, doc: Document) -> bool:
        conds = [DocumentRow.text_hash == doc.text_hash]
        url = canonical_url(doc.url)
        if url:
            conds.append(DocumentRow.canonical_url == url)
        return session.scalar(select(func.count()).select_from(DocumentRow).where(or_(*conds))) != 0

    def file_done(self, path: str, size: int, sha256: str) -> bool:
        with self.session() as s:
            row = s.get(IngestedFile, path)
            return row is not None and row.size == size and row.sha256 == sha256

    def mark_file(self, path: str, size: int, sha256: str) -> None:
        with self.session() as s, s.begin():
            row = s.get(IngestedFile, path)
            if row is None:
                s.add(IngestedFile(path=path, size=size, sha256=sha256))
            else:
                row.size, row.sha256 = size, sha256

    def add(self, doc: Document, events: Sequence[Event], lang: str | None) -> Outcome:
        """Store one document and its events in one transaction; a known document is skipped."""
        try:
            with self.session() as s, s.begin():
                return self._add_in(s, doc, events, lang)
        except SQLAlchemyError as e:
            raise StoreError(f"{doc.origin or doc.id}: not stored, the database refused it ({_reason(e)})") from e

    def add_many(self, batch: Iterable[tuple[Document, Sequence[Event], str | None]]) -> list[Outcome]:
        """Store many documents in one transaction (bulk loading), with exactly the rules of add()."""
        try:
            with self.session() as s, s.begin():
                return [self._add_in(s, doc, events, lang) for doc, events, lang in batch]
        except SQLAlchemyError as e:
            raise StoreError(f"a batch was not stored, the database refused it ({_reason(e)})") from e

    def _add_in(self, s: Session, doc: Document, events: Sequence[Event], lang: str | None) -> Outcome:
        if self.known(s, doc):
            return Outcome(False)
        drow = DocumentRow(
            doc_id=doc.id[:MAX_NAME],
            url=doc.url,
            canonical_url=canonical_url(doc.url),
            text_hash=doc.text_hash,
            outlet=doc.outlet[:MAX_NAME] if doc.outlet else None,
            title=doc.title,
            language=lang,
            published=doc.published,
            text=doc.text,
            origin=doc.origin,
        )
        s.add(drow)
        s.flush()
        outcome = Outcome(True)
        touched: dict[int, EventRow] = {}
        keys: set[SummaryKey] = set()
        for order, e in enumerate(events):
            target = self._match(s, e, set(touched))
            if target is None:
                target = self._new_event(s, doc, e)
                outcome.new_events += 1
            else:
                keys.add(_summary_key(target))  # before the merge: its sums lose this event if the key moves
                self._absorb(target, e)
                outcome.merged_events += 1
            touched[target.id] = target
            self._add_source(s, target, drow, e, doc, order)
        version = _next_version(s)
        if touched:  # the collections were loaded before this report's rows: load them again, in three queries
            s.scalars(
                select(EventRow)
                .where(EventRow.id.in_(list(touched)))
                .options(
                    selectinload(EventRow.sources).selectinload(SourceRow.document),
                    selectinload(EventRow.count_reports),
                )
                .execution_options(populate_existing=True)
            ).all()
        for row in touched.values():
            _write_record(s, row, version)
            keys.add(_summary_key(row))
        _refresh_summary(s, keys)
        return outcome

    # -- merging ---------------------------------------------------------------------------------
    def _match(self, s: Session, e: Event, exclude: set[int]) -> EventRow | None:
        loc = e.location
        start = date.fromisoformat(e.date_start) - timedelta(days=1)
        end = date.fromisoformat(e.date_end) + timedelta(days=1)
        types = sorted(VIOLENCE) if e.event_type in VIOLENCE else [e.event_type]
        query = select(EventRow).where(
            EventRow.event_type.in_(types),
            EventRow.aggregate == e.aggregate,
            EventRow.country == loc.country,
            EventRow.date_start <= end,
            EventRow.date_end >= start,
            EventRow.latitude.between(loc.latitude - LAT_WINDOW, loc.latitude + LAT_WINDOW),
            EventRow.longitude.between(loc.longitude - LON_WINDOW, loc.longitude + LON_WINDOW),
        )
        if exclude:
            query = query.where(EventRow.id.not_in(exclude))
        new = _sketch_of_event(e)
        evidence = e.sources[0].evidence.text
        best: tuple[float, EventRow] | None = None
        for row in s.scalars(query.options(selectinload(EventRow.sources))):
            if not compatible(_sketch_of_row(row), new):
                continue
            score = closeness(_sketch_of_row(row), new, row.sources[0].evidence if row.sources else "", evidence)
            if best is None or score > best[0]:
                best = (score, row)
        return best[1] if best else None

    def _new_event(self, s: Session, doc: Document, e: Event) -> EventRow:
        loc = e.location
        uid = "ev-" + hashlib.sha1(f"{doc.text_hash}|{e.event_id}".encode()).hexdigest()[:16]
        row = EventRow(
            uid=uid,
            event_type=e.event_type,
            sub_event_type=e.sub_event_type,
            event_date=date.fromisoformat(e.event_date),
            date_start=date.fromisoformat(e.date_start),
            date_end=date.fromisoformat(e.date_end),
            date_precision=e.date_precision,
            location_name=loc.name,
            location_mention=loc.mention,
            geonames_id=loc.geonames_id,
            country=loc.country,
            admin1=loc.admin1,
            admin2=loc.admin2,
            latitude=loc.latitude,
            longitude=loc.longitude,
            geo_precision=loc.precision,
            actor1=e.actor1,
            actor2=e.actor2,
            counts={k: c.to_json() for k, c in e.counts.items()},
            targets=list(e.targets),
            weapons=list(e.weapons),
            certainty=e.certainty,
            aggregate=e.aggregate,
            type_assumed=e.type_assumed,
            created_at=_now(),
            updated_at=_now(),
        )
        s.add(row)
        s.flush()
        return row

    def _absorb(self, row: EventRow, e: Event) -> None:
        loc = e.location
        if row.type_assumed and not e.type_assumed:
            row.event_type, row.sub_event_type, row.type_assumed = e.event_type, e.sub_event_type, False
        if loc.precision < row.geo_precision:
            row.location_name, row.location_mention, row.geonames_id = loc.name, loc.mention, loc.geonames_id
            row.admin1, row.admin2, row.latitude, row.longitude, row.geo_precision = (
                loc.admin1,
                loc.admin2,
                loc.latitude,
                loc.longitude,
                loc.precision,
            )
        if more_precise_date(e.date_precision, row.date_precision):
            row.event_date = date.fromisoformat(e.event_date)
            row.date_start, row.date_end = date.fromisoformat(e.date_start), date.fromisoformat(e.date_end)
            row.date_precision = e.date_precision
        row.actor1 = row.actor1 or e.actor1
        row.actor2 = row.actor2 or e.actor2
        row.targets = row.targets + [t for t in e.targets if t not in row.targets]
        row.weapons = row.weapons + [w for w in e.weapons if w not in row.weapons]
        row.certainty = stronger_certainty(row.certainty, e.certainty)

    def _add_source(self, s: Session, row: EventRow, drow: DocumentRow, e: Event, doc: Document, order: int) -> None:
        src = e.sources[0]
        srow = SourceRow(
            event_id=row.id,
            document_id=drow.id,
            report_uid=e.event_id,
            evidence=src.evidence.text,
            evidence_start=src.evidence.start,
            evidence_end=src.evidence.end,
            attributed_to=src.attributed_to,
            certainty=e.certainty,
            report=e.to_json(),
        )
        s.add(srow)
        s.flush()
        for kind, c in e.counts.items():
            s.add(
                CountReportRow(
                    event_id=row.id,
                    source_id=srow.id,
                    kind=kind,
                    low=c.low,
                    best=c.best,
                    high=c.high,
                    reported_on=doc.published,
                    attributed_to=src.attributed_to,
                    certainty=e.certainty,
                )
            )
        s.flush()
        reports = s.scalars(select(CountReportRow).where(CountReportRow.event_id == row.id)).all()
        row.counts = combine(Figure(r.kind, r.low, r.best, r.high, r.reported_on, r.certainty, r.id) for r in reports)
        row.fatalities = int((row.counts.get("fatalities") or {}).get("best") or 0)
        row.updated_at = _now()  # a new report changes the event (its sources, perhaps its figures)

    # -- reading (the query side's common reads) --------------------------------------------------
    def events(self, filters: Filters | None = None) -> Iterator[StoredEvent]:
        """Events matching the filters, by date, with sources and count history."""
        return self.query.events(filters)

    def event(self, uid: str) -> StoredEvent | None:
        return self.query.event(uid)

    def total(self, filters: Filters) -> int:
        return self.query.total(filters)

    def count(self, table: type[Any]) -> int:
        return self.query.count(table)

    def document(self, document_id: int) -> tuple[DocumentRow, list[tuple[int, int, str]]] | None:
        return self.query.document(document_id)

    def points(self, filters: Filters, max_points: int) -> Points:
        return self.query.points(filters, max_points)

    def stats(self, filters: Filters) -> Stats:
        return self.query.stats(filters)

    def version(self) -> int:
        return self.query.version()


def _next_version(s: Session) -> int:
    """Raise the store's version in this transaction (writers queue on this row until they commit)."""
    s.execute(update(StoreVersionRow).where(StoreVersionRow.id == 1).values(version=StoreVersionRow.version + 1))
    return int(s.scalar(select(StoreVersionRow.version).where(StoreVersionRow.id == 1)) or 0)


def _write_record(s: Session, row: EventRow, version: int) -> None:
    record = build_record(row).model_dump_json()
    found = s.get(EventRecordRow, row.id)
    if found is None:
        s.add(EventRecordRow(event_id=row.id, created_version=version, version=version, record=record))
    else:
        found.version, found.record = version, record


def _summary_key(row: EventRow) -> SummaryKey:
    return (row.event_date, row.event_type, row.country, row.admin1, row.certainty, row.aggregate)


def _summary_columns() -> tuple[InstrumentedAttribute[Any], ...]:
    e = EventRow
    return (e.event_date, e.event_type, e.country, e.admin1, e.certainty, e.aggregate)


def _languages(s: Session | Connection, where: ColumnElement[bool] | None = None) -> dict[SummaryKey, str]:
    q = (
        select(*_summary_columns(), DocumentRow.language)
        .distinct()
        .join(SourceRow, SourceRow.event_id == EventRow.id)
        .join(DocumentRow, DocumentRow.id == SourceRow.document_id)
        .where(DocumentRow.language.is_not(None))
    )
    found: dict[SummaryKey, set[str]] = {}
    for *key, lang in s.execute(q if where is None else q.where(where)).all():
        found.setdefault((key[0], key[1], key[2], key[3], key[4], bool(key[5])), set()).add(str(lang))
    return {k: ",".join(sorted(v)) for k, v in found.items()}


def _refresh_summary(s: Session, keys: set[SummaryKey]) -> None:
    """Recompute the summary rows of these keys from the events (runs after the version row is taken, so
    concurrent writers recompute one after the other and the last sees every committed event)."""
    for key in keys:
        day, event_type, country, admin1, certainty, aggregate = key
        of_events = and_(
            EventRow.event_date == day,
            EventRow.event_type == event_type,
            EventRow.country == country,
            EventRow.admin1.is_not_distinct_from(admin1),
            EventRow.certainty == certainty,
            EventRow.aggregate.is_(aggregate),
        )
        s.execute(
            delete(EventSummaryRow).where(
                EventSummaryRow.event_date == day,
                EventSummaryRow.event_type == event_type,
                EventSummaryRow.country == country,
                EventSummaryRow.admin1.is_not_distinct_from(admin1),
                EventSummaryRow.certainty == certainty,
                EventSummaryRow.aggregate.is_(aggregate),
            )
        )
        n, fatalities = s.execute(select(func.count(), func.sum(EventRow.fatalities)).where(of_events)).one()
        if n:
            s.add(
                EventSummaryRow(
                    event_date=day,
                    event_type=event_type,
                    country=country,
                    admin1=admin1,
                    certainty=certainty,
                    aggregate=aggregate,
                    events=int(n),
                    fatalities=int(fatalities or 0),
                    languages=_languages(s, of_events).get(key, ""),
                )
            )


def rebuild_summary(bind: Connection | Engine) -> None:
    """Write the summary rows again from every stored event (on upgrade, or after events inserted in bulk)."""
    with Session(bind) as s:
        s.execute(delete(EventSummaryRow))
        languages = _languages(s)
        sums = s.execute(
            select(*_summary_columns(), func.count(), func.sum(EventRow.fatalities)).group_by(*_summary_columns())
        ).all()
        rows = [
            {
                "event_date": d,
                "event_type": t,
                "country": c,
                "admin1": a,
                "certainty": cert,
                "aggregate": bool(agg),
                "events": int(n),
                "fatalities": int(f or 0),
                "languages": languages.get((d, t, c, a, cert, bool(agg)), ""),
            }
            for d, t, c, a, cert, agg, n, f in (tuple(r) for r in sums)
        ]
        if rows:
            s.execute(insert(EventSummaryRow), rows)
        s.commit()


def write_missing_records(bind: Connection | Engine, version: int, batch: int = 1000) -> int:
    """Write the record of every event that has none (a store from before the read table, or events inserted
    in bulk), at `version`; the number written."""
    written = 0
    with Session(bind) as s:
        while True:
            rows = s.scalars(
                select(EventRow)
                .where(EventRow.id.not_in(select(EventRecordRow.event_id)))
                .order_by(EventRow.id)
                .limit(batch)
                .options(
                    selectinload(EventRow.sources).selectinload(SourceRow.document),
                    selectinload(EventRow.count_reports),
                )
            ).all()
            if not rows:
                break
            for row in rows:
                record = build_record(row).model_dump_json()
                s.add(EventRecordRow(event_id=row.id, created_version=version, version=version, record=record))
            s.flush()
            written += len(rows)
            s.expunge_all()
        s.commit()
    return written
