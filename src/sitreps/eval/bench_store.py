"""Store benchmarks: ingest throughput (SQLite, PostgreSQL), and the latency of a bbox + date-range + type
query over a million stored events against a plain table scan of the same predicate."""

from __future__ import annotations

import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, text
from sqlalchemy.sql.base import Executable

from sitreps.config import cache_dir
from sitreps.documents.model import Document
from sitreps.eval import pgcluster
from sitreps.events.taxonomy import EVENT_TYPES
from sitreps.pipeline import extract_document
from sitreps.places.gazetteer import default_gazetteer
from sitreps.store.repo import Filters, Store
from sitreps.store.tables import EventRow

QUERIES = 200
START = date(2022, 2, 24)
DAYS = 3 * 365


@dataclass
class IngestResult:
    backend: str
    documents: int
    seconds: float | None
    note: str = ""

    @property
    def per_second(self) -> float | None:
        return self.documents / self.seconds if self.seconds else None


@dataclass
class QueryResult:
    events: int
    matches: float
    p50_ms: float
    p95_ms: float
    scan_p50_ms: float
    scan_p95_ms: float

    @property
    def ratio(self) -> float:
        return self.scan_p50_ms / self.p50_ms if self.p50_ms else 0.0


def ingest_throughput(docs: list[Document]) -> list[IngestResult]:
    """Documents/s through extraction and storage, into a fresh SQLite file and a fresh PostgreSQL."""
    gaz = default_gazetteer()
    out = []

    def run(store: Store) -> float:
        t0 = time.perf_counter()
        for d in docs:
            r = extract_document(d, gaz)
            if r.error is None:
                store.add(d, r.events, r.lang)
        return time.perf_counter() - t0

    with tempfile.TemporaryDirectory() as tmp:
        out.append(IngestResult("SQLite", len(docs), run(Store(f"sqlite:///{Path(tmp) / 'b.db'}"))))
    reason = pgcluster.missing_reason()
    if reason:
        out.append(IngestResult("PostgreSQL", len(docs), None, f"skipped: {reason}"))
    else:
        with pgcluster.cluster() as url:
            store = Store(url)
            out.append(IngestResult("PostgreSQL + PostGIS", len(docs), run(store)))
            store.engine.dispose()
    return out


def synthetic_rows(n: int, seed: int = 7) -> list[dict[str, Any]]:
    rnd = random.Random(seed)
    rows = []
    for i in range(n):
        day = START + timedelta(days=rnd.randrange(DAYS))
        rows.append(
            {
                "uid": f"bench-{i}",
                "event_type": rnd.choice(EVENT_TYPES),
                "sub_event_type": "Other",
                "event_date": day,
                "date_start": day,
                "date_end": day,
                "date_precision": "day",
                "location_name": "synthetic",
                "country": "UA",
                "latitude": rnd.uniform(44.5, 52.5),
                "longitude": rnd.uniform(22.0, 40.5),
                "geo_precision": 1,
                "counts": {},
                "targets": [],
                "weapons": [],
                "certainty": "reported",
                "aggregate": False,
                "type_assumed": False,
            }
        )
    return rows


def million_store(n: int) -> Store:
    """A SQLite store with n synthetic events, built once and cached in the cache directory."""
    path = cache_dir() / f"bench-events-{n}.db"
    store = Store(f"sqlite:///{path}")
    have = store.count(EventRow)
    if have < n:
        with store.engine.begin() as c:
            batch = 50_000
            for start in range(have, n, batch):
                rows = synthetic_rows(min(batch, n - start), seed=start)
                for j, r in enumerate(rows):
                    r["uid"] = f"bench-{start + j}"
                c.execute(insert(EventRow), rows)
        with store.engine.begin() as c:
            c.execute(text("ANALYZE"))
    return store


def _rows(connection: Connection, statement: Executable) -> int:
    return len(connection.execute(statement).all())


def _timed(fn: Callable[[], int]) -> tuple[float, int]:
    t0 = time.perf_counter()
    n = fn()
    return (time.perf_counter() - t0) * 1000, n


def query_latency(n: int = 1_000_000) -> QueryResult:
    store = million_store(n)
    rnd = random.Random(11)
    ours: list[float] = []
    scan: list[float] = []
    found = []
    with store.engine.connect() as c:
        for _ in range(QUERIES):
            lat, lon = rnd.uniform(45, 51), rnd.uniform(23, 39)
            since = START + timedelta(days=rnd.randrange(DAYS - 31))
            f = Filters(
                since=since,
                until=since + timedelta(days=30),
                event_type=rnd.choice(EVENT_TYPES),
                bbox=(lon, lat, lon + 1.5, lat + 1.0),
            )
            q = store.query.select_ids(f)
            ms, k = _timed(partial(_rows, c, q))
            ours.append(ms)
            found.append(k)
            plain = text(
                "SELECT id FROM events NOT INDEXED WHERE event_type = :t AND event_date BETWEEN :a AND :b "
                "AND latitude BETWEEN :y0 AND :y1 AND longitude BETWEEN :x0 AND :x1"
            ).bindparams(t=f.event_type, a=f.since, b=f.until, y0=lat, y1=lat + 1.0, x0=lon, x1=lon + 1.5)
            ms2, k2 = _timed(partial(_rows, c, plain))
            scan.append(ms2)
            assert k == k2, "index and scan disagree"

    def pct(xs: list[float], p: float) -> float:
        return statistics.quantiles(xs, n=100)[int(p) - 1]

    return QueryResult(n, statistics.mean(found), pct(ours, 50), pct(ours, 95), pct(scan, 50), pct(scan, 95))


def to_json(ingest: list[IngestResult], query: QueryResult) -> str:
    return json.dumps(
        {
            "ingest": [{**i.__dict__, "per_second": i.per_second} for i in ingest],
            "query": {**query.__dict__, "ratio": query.ratio},
        }
    )
