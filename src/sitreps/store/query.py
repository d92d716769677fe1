"""The query side of the store: filters as SQL for each database, pages of event records, points or a grid for
the map, stats, and what changed since a version.

Records are read as the JSON the write side stored (table event_records): no ORM object is built on a read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from typing import Any, TypeVarTuple

from pydantic import BaseModel, Field
from sqlalchemy import ColumnElement, Engine, Select, and_, func, select, text
from sqlalchemy.orm import Session

from sitreps.events.model import Event, event_from_json
from sitreps.store.filters import Filters
from sitreps.store.records import ReportedEvent, StoredEvent
from sitreps.store.tables import DocumentRow, EventRecordRow, EventRow, EventSummaryRow, SourceRow, StoreVersionRow

_Ts = TypeVarTuple("_Ts")
GRID_CELLS = 60  # cells across the larger side of the box when points are aggregated

# a point: event id, latitude, longitude, type, fatalities, date, place, certainty, aggregate
Point = tuple[str, float, float, str, int, str, str, str, bool]
# a grid cell: mean latitude, mean longitude, events, fatalities
Cell = tuple[float, float, int, int]


class Points(BaseModel):
    """Every matching event as a compact point (mode "points"), or past the maximum a grid of counts ("grid")."""

    total: int
    mode: str = Field(description="points or grid")
    points: list[Point] | None = Field(
        default=None, description="[event_id, lat, lon, type, fatalities, date, place, certainty, aggregate]"
    )
    cell_degrees: float | None = None
    cells: list[Cell] | None = Field(default=None, description="[lat, lon, events, fatalities]")


class KeyCount(BaseModel):
    key: str | None
    events: int
    fatalities: int


class DayTypeCount(BaseModel):
    day: date
    type: str
    events: int
    fatalities: int


class Tally(BaseModel):
    """An aggregate event (a national toll, a month's count): listed apart, never added to a day or region."""

    event_id: str
    event_date: date
    date_start: date
    date_end: date
    event_type: str
    place: str
    country: str
    fatalities: int | None
    certainty: str


class Stats(BaseModel):
    by_day: list[KeyCount]
    by_type: list[KeyCount]
    by_admin1: list[KeyCount]
    by_day_type: list[DayTypeCount]
    languages: list[str]
    aggregates: list[Tally]
    events: int
    fatalities: int


class Changes(BaseModel):
    """What changed after version `since`: events first stored since, and older events a report changed."""

    version: int
    since: int
    new_events: int
    changed_events: int


class Query:
    """Reads on the store's engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    # -- filters as SQL ----------------------------------------------------------------------------
    def conditions(self, f: Filters) -> list[ColumnElement[bool]]:
        conds = _key_conditions(EventRow, f)
        if f.bbox:
            conds.append(self._bbox(f.bbox))
        if f.language:
            conds.append(
                EventRow.id.in_(select(SourceRow.event_id).join(DocumentRow).where(DocumentRow.language == f.language))
            )
        if f.text:
            conds.append(EventRow.id.in_(self._text_match(f.text)))
        return conds

    def select_ids(self, f: Filters) -> Select[Any]:
        """The ids of the matching events, by date, one page when the filters give a limit."""
        return self._paged(select(EventRow.id), f)

    def _paged(self, q: Select[*_Ts], f: Filters) -> Select[*_Ts]:
        conds = self.conditions(f)
        if conds:
            q = q.where(and_(*conds))
        q = q.order_by(EventRow.event_date, EventRow.id).offset(f.offset)
        return q.limit(f.limit) if f.limit is not None else q

    def _bbox(self, bbox: tuple[float, float, float, float]) -> ColumnElement[bool]:
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
            return text("events.geom && ST_MakeEnvelope(:x0, :y0, :x1, :y1, 4326)").bindparams(  # type: ignore[return-value]
                x0=min_lon, y0=min_lat, x1=max_lon, y1=max_lat
            )
        return and_(EventRow.latitude.between(min_lat, max_lat), EventRow.longitude.between(min_lon, max_lon))

    def _text_match(self, query: str) -> Select[Any]:
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

    def _matching(self, f: Filters) -> Any:
        """The matching events' rows (every page) as a subquery."""
        q = select(EventRow)
        conds = self.conditions(f)
        return (q.where(and_(*conds)) if conds else q).subquery()

    # -- records -----------------------------------------------------------------------------------
    def record_json(self, f: Filters) -> Iterator[str]:
        """The matching events' records as the stored JSON text, by date (a page when f has a limit)."""
        q = self._paged(select(EventRecordRow.record).join(EventRow, EventRow.id == EventRecordRow.event_id), f)
        with self.engine.connect() as c:
            for (record,) in c.execution_options(yield_per=1000).execute(q):
                yield str(record)

    def reported(self, f: Filters) -> Iterator[ReportedEvent]:
        """The matching events' records, by date, each with its sources' reports as extracted (`Event`s, in the
        order of the record's sources), for derivations that read what each report said (who holds which place).
        Read in one transaction, so records and reports agree."""
        q = self._paged(
            select(EventRow.id, EventRecordRow.record).join(EventRecordRow, EventRecordRow.event_id == EventRow.id), f
        )
        matching = self._paged(select(EventRow.id), f).subquery()
        reports: dict[int, list[Event]] = defaultdict(list)
        with self.engine.connect() as c, c.begin():
            records = c.execute(q).all()
            sources = c.execute(
                select(SourceRow.event_id, SourceRow.report)
                .where(SourceRow.event_id.in_(select(matching.c.id)))
                .order_by(SourceRow.id)
            )
            for event_id, report in sources:
                reports[event_id].append(event_from_json(report))
        for event_id, record in records:
            yield ReportedEvent(StoredEvent.model_validate_json(str(record)), tuple(reports[event_id]))

    def events(self, f: Filters | None = None) -> Iterator[StoredEvent]:
        """The matching events' records, by date."""
        for record in self.record_json(f or Filters()):
            yield StoredEvent.model_validate_json(record)

    def event_json(self, uid: str) -> str | None:
        q = select(EventRecordRow.record).join(EventRow, EventRow.id == EventRecordRow.event_id)
        with self.engine.connect() as c:
            found = c.execute(q.where(EventRow.uid == uid)).scalar()
        return None if found is None else str(found)

    def event(self, uid: str) -> StoredEvent | None:
        found = self.event_json(uid)
        return None if found is None else StoredEvent.model_validate_json(found)

    def total(self, f: Filters) -> int:
        with self.engine.connect() as c:
            return int(c.scalar(select(func.count()).select_from(self._matching(f))) or 0)

    def count(self, table: type[Any]) -> int:
        with self.engine.connect() as c:
            return int(c.scalar(select(func.count()).select_from(table)) or 0)

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

    # -- versions ----------------------------------------------------------------------------------
    def version(self) -> int:
        """The store's last change: raised by every transaction that stores a document."""
        with self.engine.connect() as c:
            return int(c.scalar(select(StoreVersionRow.version).where(StoreVersionRow.id == 1)) or 0)

    def changes(self, since: int) -> Changes:
        with self.engine.connect() as c:
            version = int(c.scalar(select(StoreVersionRow.version).where(StoreVersionRow.id == 1)) or 0)
            new = c.scalar(select(func.count()).where(EventRecordRow.created_version > since))
            changed = c.scalar(
                select(func.count()).where(EventRecordRow.version > since, EventRecordRow.created_version <= since)
            )
        return Changes(version=version, since=since, new_events=int(new or 0), changed_events=int(changed or 0))

    # -- the map and the charts --------------------------------------------------------------------
    def points(self, filters: Filters, max_points: int) -> Points:
        """Every matching event as a compact point, or, past max_points, a grid of counts (server-side
        aggregation, so the page never draws more than max_points marks)."""
        sub = self._matching(filters)
        with self.engine.connect() as s:
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
                points: list[Point] = [
                    (u, round(lat, 5), round(lon, 5), t, f or 0, d.isoformat(), name, c, bool(agg))
                    for u, lat, lon, t, f, d, name, c, agg in rows
                ]
                return Points(total=total, mode="points", points=points)
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
            cells: list[Cell] = [
                (round(float(la), 4), round(float(lo), 4), int(n), int(f or 0)) for _, _, n, f, la, lo in grid
            ]
            return Points(total=total, mode="grid", cell_degrees=cell, cells=cells)

    def stats(self, filters: Filters, precomputed: bool = True) -> Stats:
        """Events and fatalities per day, per type and per first-level division, over events of a place and
        time; tallies (aggregate events: a national toll, a month's count) are listed apart under
        "aggregates" and never added to a day's, a type's or a region's figures. Added up from the summary
        rows unless a filter (box, language, words) needs the events themselves, or `precomputed` is False."""
        if precomputed and not (filters.bbox or filters.language or filters.text):
            return self._stats(filters, *self._summary_sums(filters))
        return self._stats(filters, *self._event_sums(filters))

    def _event_sums(self, filters: Filters) -> tuple[dict[str, list[KeyCount]], list[DayTypeCount], list[str]]:
        sub = self._matching(filters)
        placed = sub.c.aggregate.is_(False)
        by: dict[str, list[KeyCount]] = {}
        with self.engine.connect() as s:
            for name, col in (("by_day", sub.c.event_date), ("by_type", sub.c.event_type), ("by_admin1", sub.c.admin1)):
                rows = s.execute(
                    select(col, func.count(), func.sum(sub.c.fatalities)).where(placed).group_by(col).order_by(col)
                ).all()
                by[name] = [_key_count(k, n, f) for k, n, f in rows]
            by_day_type = [
                DayTypeCount(day=d, type=t, events=int(n), fatalities=int(f or 0))
                for d, t, n, f in s.execute(
                    select(sub.c.event_date, sub.c.event_type, func.count(), func.sum(sub.c.fatalities))
                    .where(placed)
                    .group_by(sub.c.event_date, sub.c.event_type)
                    .order_by(sub.c.event_date, sub.c.event_type)
                ).all()
            ]
            languages = sorted(
                str(lang)
                for (lang,) in s.execute(
                    select(DocumentRow.language)
                    .join(SourceRow, SourceRow.document_id == DocumentRow.id)
                    .where(SourceRow.event_id.in_(select(sub.c.id)), DocumentRow.language.is_not(None))
                    .distinct()
                ).all()
            )
        return by, by_day_type, languages

    def _summary_sums(self, f: Filters) -> tuple[dict[str, list[KeyCount]], list[DayTypeCount], list[str]]:
        m = EventSummaryRow
        conds = _key_conditions(m, f)
        placed = and_(*conds, m.aggregate.is_(False))
        by: dict[str, list[KeyCount]] = {}
        with self.engine.connect() as s:
            for name, col in (("by_day", m.event_date), ("by_type", m.event_type), ("by_admin1", m.admin1)):
                rows = s.execute(
                    select(col, func.sum(m.events), func.sum(m.fatalities)).where(placed).group_by(col).order_by(col)
                ).all()
                by[name] = [_key_count(k, n, f) for k, n, f in rows]
            by_day_type = [
                DayTypeCount(day=d, type=t, events=int(n), fatalities=int(f or 0))
                for d, t, n, f in s.execute(
                    select(m.event_date, m.event_type, func.sum(m.events), func.sum(m.fatalities))
                    .where(placed)
                    .group_by(m.event_date, m.event_type)
                    .order_by(m.event_date, m.event_type)
                ).all()
            ]
            sets = s.scalars(select(m.languages).where(*conds).distinct()).all()
        languages = sorted({lang for joined in sets for lang in joined.split(",") if lang})
        return by, by_day_type, languages

    def _stats(
        self, filters: Filters, by: dict[str, list[KeyCount]], by_day_type: list[DayTypeCount], languages: list[str]
    ) -> Stats:
        q = self._paged(
            select(
                EventRow.uid,
                EventRow.event_date,
                EventRow.date_start,
                EventRow.date_end,
                EventRow.event_type,
                EventRow.location_name,
                EventRow.country,
                EventRow.fatalities,
                EventRow.certainty,
            ).where(EventRow.aggregate.is_(True)),
            filters.page(None),
        )
        with self.engine.connect() as s:
            tallies = [
                Tally(
                    event_id=u,
                    event_date=d,
                    date_start=a,
                    date_end=b,
                    event_type=t,
                    place=name,
                    country=c,
                    fatalities=f,
                    certainty=cert,
                )
                for u, d, a, b, t, name, c, f, cert in s.execute(q).all()
            ]
        return Stats(
            by_day=by["by_day"],
            by_type=by["by_type"],
            by_admin1=by["by_admin1"],
            by_day_type=by_day_type,
            languages=languages,
            aggregates=tallies,
            events=sum(r.events for r in by["by_type"]),
            fatalities=sum(r.fatalities for r in by["by_type"]),
        )


def _key_count(key: object, events: object, fatalities: object) -> KeyCount:
    shown = key.isoformat() if isinstance(key, date) else None if key is None else str(key)
    return KeyCount(key=shown, events=int(str(events)), fatalities=int(str(fatalities or 0)))


def _key_conditions(m: type[EventRow] | type[EventSummaryRow], f: Filters) -> list[ColumnElement[bool]]:
    """The filters on the columns events and their per-day summary rows share."""
    conds: list[ColumnElement[bool]] = []
    if f.since:
        conds.append(m.event_date >= f.since)
    if f.until:
        conds.append(m.event_date <= f.until)
    if f.event_type:
        conds.append(m.event_type == f.event_type)
    if f.country:
        conds.append(m.country == f.country.upper())
    if f.admin1:
        conds.append(func.lower(m.admin1) == f.admin1.lower())
    if f.certainty:
        conds.append(m.certainty == f.certainty)
    return conds
