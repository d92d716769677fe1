"""Store documents and their events, merging reports of one event, and read events back.

Each document is written in one transaction: a crash loses nothing already committed, and a rerun
skips what is stored (same canonical URL or same normalised text).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sqlalchemy import Engine, Select, and_, func, or_, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload

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
from sitreps.store.tables import CountReportRow, DocumentRow, EventRow, IngestedFile, SourceRow

TRACKING = ("utm_", "fbclid", "gclid", "ref", "cmp", "ocid")
LAT_WINDOW = 0.5  # degrees around a new event where merge candidates are looked for (~55 km)
LON_WINDOW = 0.8
MAX_URL = 2048  # documents.canonical_url's length
MAX_NAME = 512  # documents.doc_id's and outlet's length
GRID_CELLS = 60  # cells across the larger side of the box when points are aggregated


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


@dataclass
class Filters:
    since: date | None = None
    until: date | None = None
    event_type: str | None = None
    country: str | None = None
    admin1: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    certainty: str | None = None
    language: str | None = None
    text: str | None = None
    limit: int | None = None
    offset: int = 0


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
        touched: set[int] = set()
        for order, e in enumerate(events):
            target = self._match(s, e, touched)
            if target is None:
                target = self._new_event(s, doc, e)
                outcome.new_events += 1
            else:
                self._absorb(target, e)
                outcome.merged_events += 1
            touched.add(target.id)
            self._add_source(s, target, drow, e, doc, order)
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

    # -- reading ---------------------------------------------------------------------------------
    def _query(self, f: Filters) -> Select[EventRow]:
        q = select(EventRow)
        conds = []
        if f.since:
            conds.append(EventRow.event_date >= f.since)
        if f.until:
            conds.append(EventRow.event_date <= f.until)
        if f.event_type:
            conds.append(EventRow.event_type == f.event_type)
        if f.country:
            conds.append(EventRow.country == f.country.upper())
        if f.admin1:
            conds.append(func.lower(EventRow.admin1) == f.admin1.lower())
        if f.certainty:
            conds.append(EventRow.certainty == f.certainty)
        if f.bbox:
            conds.append(self._bbox(f.bbox))
        if f.language:
            conds.append(
                EventRow.id.in_(select(SourceRow.event_id).join(DocumentRow).where(DocumentRow.language == f.language))
            )
        if f.text:
            conds.append(EventRow.id.in_(self._text_match(f.text)))
        if conds:
            q = q.where(and_(*conds))
        q = q.order_by(EventRow.event_date, EventRow.id).offset(f.offset)
        if f.limit is not None:
            q = q.limit(f.limit)
        return q

    def _bbox(self, bbox: tuple[float, float, float, float]) -> Any:
        min_lon, min_lat, max_lon, max_lat = bbox
        if self.dialect == "sqlite":
            return EventRow.id.in_(
                select(text("id"))
                .select_from(text("events_rtree"))
                .where(
                    text("min_lat >= :a AND max_lat <= :b AND min_lon >= :c AND max_lon <= :d").bindparams(
                        a=min_lat, b=max_lat, c=min_lon, d=max_lon
                    )
                )
            )
        if self.dialect == "postgresql":
            return text("events.geom && ST_MakeEnvelope(:x0, :y0, :x1, :y1, 4326)").bindparams(
                x0=min_lon, y0=min_lat, x1=max_lon, y1=max_lat
            )
        return and_(EventRow.latitude.between(min_lat, max_lat), EventRow.longitude.between(min_lon, max_lon))

    def _text_match(self, query: str) -> Any:
        if self.dialect == "sqlite":
            quoted = " ".join('"' + w.replace('"', "") + '"' for w in query.split())
            return select(SourceRow.event_id).where(
                SourceRow.id.in_(
                    select(text("rowid"))
                    .select_from(text("sources_fts"))
                    .where(text("sources_fts MATCH :q").bindparams(q=quoted))
                )
            )
        if self.dialect == "postgresql":
            return select(SourceRow.event_id).where(
                text("to_tsvector('simple', sources.evidence) @@ plainto_tsquery('simple', :q)").bindparams(q=query)
            )
        return select(SourceRow.event_id).where(SourceRow.evidence.contains(query))

    def events(self, filters: Filters | None = None) -> Iterator[EventRow]:
        """Events matching the filters, by date, with sources, documents and count history loaded."""
        q = self._query(filters or Filters()).options(
            selectinload(EventRow.sources).selectinload(SourceRow.document), selectinload(EventRow.count_reports)
        )
        with self.session() as s:
            yield from s.scalars(q)

    def count(self, table: type[Any]) -> int:
        with self.session() as s:
            return int(s.scalar(select(func.count()).select_from(table)) or 0)

    # -- the web page's queries --------------------------------------------------------------------
    def event(self, uid: str) -> EventRow | None:
        q = (
            select(EventRow)
            .where(EventRow.uid == uid)
            .options(
                selectinload(EventRow.sources).selectinload(SourceRow.document),
                selectinload(EventRow.count_reports),
            )
        )
        with self.session() as s:
            return s.scalars(q).first()

    def document(self, document_id: int) -> tuple[DocumentRow, list[tuple[int, int, str]]] | None:
        """A stored document and its evidence spans (start, end, event uid)."""
        with self.session() as s:
            doc = s.get(DocumentRow, document_id)
            if doc is None:
                return None
            spans = s.execute(
                select(SourceRow.evidence_start, SourceRow.evidence_end, EventRow.uid)
                .join(EventRow, EventRow.id == SourceRow.event_id)
                .where(SourceRow.document_id == document_id)
                .order_by(SourceRow.evidence_start)
            ).all()
            return doc, [(int(a), int(b), str(u)) for a, b, u in spans]

    def _matching(self, filters: Filters) -> Any:
        return self._query(Filters(**{**filters.__dict__, "limit": None, "offset": 0})).order_by(None).subquery()

    def total(self, filters: Filters) -> int:
        with self.session() as s:
            return int(s.scalar(select(func.count()).select_from(self._matching(filters))) or 0)

    def points(self, filters: Filters, max_points: int) -> dict[str, Any]:
        """Every matching event as a compact point, or, past max_points, a grid of counts (server-side
        aggregation, so the page never draws more than max_points marks)."""
        sub = self._matching(filters)
        with self.session() as s:
            total = int(s.scalar(select(func.count()).select_from(sub)) or 0)
            if total <= max_points:
                rows = s.execute(
                    select(
                        sub.c.uid,
                        sub.c.latitude,
                        sub.c.longitude,
                        sub.c.event_type,
                        sub.c.fatalities,
                        sub.c.event_date,
                        sub.c.location_name,
                        sub.c.certainty,
                        sub.c.aggregate,
                    ).order_by(sub.c.event_date, sub.c.id)
                ).all()
                points = [
                    [u, round(lat, 5), round(lon, 5), t, f or 0, d.isoformat(), name, c, bool(agg)]
                    for u, lat, lon, t, f, d, name, c, agg in rows
                ]
                return {"total": total, "mode": "points", "points": points}
            if filters.bbox:
                x0, y0, x1, y1 = filters.bbox
            else:
                x0, y0, x1, y1 = s.execute(
                    select(
                        func.min(sub.c.longitude),
                        func.min(sub.c.latitude),
                        func.max(sub.c.longitude),
                        func.max(sub.c.latitude),
                    )
                ).one()
            cell = max((x1 - x0), (y1 - y0), 0.01) / GRID_CELLS
            gx, gy = func.floor(sub.c.longitude / cell), func.floor(sub.c.latitude / cell)
            grid = s.execute(
                select(
                    gx,
                    gy,
                    func.count(),
                    func.sum(sub.c.fatalities),
                    func.avg(sub.c.latitude),
                    func.avg(sub.c.longitude),
                ).group_by(gx, gy)
            ).all()
            cells = [[round(float(la), 4), round(float(lo), 4), int(n), int(f or 0)] for _, _, n, f, la, lo in grid]
            return {"total": total, "mode": "grid", "cell_degrees": cell, "cells": cells}

    def stats(self, filters: Filters) -> dict[str, Any]:
        """Events and fatalities per day, per type and per first-level division, over events of a place and
        time; tallies (aggregate events: a national toll, a month's count) are listed apart under
        "aggregates" and never added to a day's, a type's or a region's figures."""
        sub = self._matching(filters)
        placed = sub.c.aggregate.is_(False)
        out: dict[str, Any] = {}
        with self.session() as s:
            for name, col in (("by_day", sub.c.event_date), ("by_type", sub.c.event_type), ("by_admin1", sub.c.admin1)):
                rows = s.execute(
                    select(col, func.count(), func.sum(sub.c.fatalities)).where(placed).group_by(col).order_by(col)
                ).all()
                out[name] = [
                    {"key": k.isoformat() if isinstance(k, date) else k, "events": int(n), "fatalities": int(f or 0)}
                    for k, n, f in rows
                ]
            rows = s.execute(
                select(sub.c.event_date, sub.c.event_type, func.count(), func.sum(sub.c.fatalities))
                .where(placed)
                .group_by(sub.c.event_date, sub.c.event_type)
                .order_by(sub.c.event_date, sub.c.event_type)
            ).all()
            out["by_day_type"] = [
                {"day": d.isoformat(), "type": t, "events": int(n), "fatalities": int(f or 0)} for d, t, n, f in rows
            ]
            tallies = s.execute(
                select(
                    sub.c.uid,
                    sub.c.event_date,
                    sub.c.date_start,
                    sub.c.date_end,
                    sub.c.event_type,
                    sub.c.location_name,
                    sub.c.country,
                    sub.c.fatalities,
                    sub.c.certainty,
                )
                .where(sub.c.aggregate.is_(True))
                .order_by(sub.c.event_date, sub.c.id)
            ).all()
            out["languages"] = sorted(
                str(lang)
                for (lang,) in s.execute(
                    select(DocumentRow.language)
                    .join(SourceRow, SourceRow.document_id == DocumentRow.id)
                    .where(SourceRow.event_id.in_(select(sub.c.id)), DocumentRow.language.is_not(None))
                    .distinct()
                ).all()
            )
        out["aggregates"] = [
            {
                "event_id": u,
                "event_date": d.isoformat(),
                "date_start": a.isoformat(),
                "date_end": b.isoformat(),
                "event_type": t,
                "place": name,
                "country": c,
                "fatalities": f,
                "certainty": cert,
            }
            for u, d, a, b, t, name, c, f, cert in tallies
        ]
        out["events"] = sum(r["events"] for r in out["by_type"])
        out["fatalities"] = sum(r["fatalities"] for r in out["by_type"])
        return out
