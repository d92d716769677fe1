"""The queue of POSTed articles: added by the API in one short transaction, taken in order by one writer,
which records what came of each. The store only keeps the JSON; extracting it is the writer's business.

On PostgreSQL the queue is the store's table queued_documents. A SQLite store keeps it in a second SQLite file
beside it (`sitreps.db` -> `sitreps.db.queue`), so that queuing an article never waits for the store's one
write lock, which an ingest or the writer may hold for a while (SQLite's busy wait is no queue: a POST that
waited for it was answered after up to 10 s under load)."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, Table, create_engine, event, func, select
from sqlalchemy.orm import Session

from sitreps.store.repo import Store
from sitreps.store.tables import DocumentRow, QueuedDocumentRow

QUEUED = "queued"
MAX_NOTE = 2000


@dataclass(frozen=True)
class Done:
    """What came of a queued article."""

    status: str  # stored, no_pack, skipped, failed
    text_hash: str | None = None  # of the stored document, to find its id
    events_new: int = 0
    events_merged: int = 0
    language: str | None = None
    note: str | None = None


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


_engines: dict[str, Engine] = {}
_lock = threading.Lock()


def _pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def queue_path(store: Store) -> Path | None:
    """The file of a SQLite store's queue; None when the queue is the store's own table."""
    url = store.engine.url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    path = Path(str(url.database))
    return path.with_name(path.name + ".queue")


def engine_of(store: Store) -> Engine:
    """The engine the store's queue is on."""
    path = queue_path(store)
    if path is None:
        return store.engine
    key = str(path.resolve())
    with _lock:
        engine = _engines.get(key)
        if engine is None:
            engine = create_engine(f"sqlite:///{key}", connect_args={"timeout": 30})
            event.listen(engine, "connect", _pragmas)
            table = QueuedDocumentRow.__table__
            assert isinstance(table, Table)
            table.create(engine, checkfirst=True)
            _engines[key] = engine
    return engine


def add(store: Store, document_json: str) -> int:
    """Queue a POSTed article (its JSON); its queue id."""
    with Session(engine_of(store)) as s, s.begin():
        row = QueuedDocumentRow(received_at=_now(), document=document_json, status=QUEUED)
        s.add(row)
        s.flush()
        return row.id


def waiting(store: Store, limit: int = 50) -> list[tuple[int, str]]:
    """The oldest queued articles (id, JSON), in the order they came."""
    with engine_of(store).connect() as c:
        q = select(QueuedDocumentRow.id, QueuedDocumentRow.document).where(QueuedDocumentRow.status == QUEUED)
        return [(int(i), str(d)) for i, d in c.execute(q.order_by(QueuedDocumentRow.id).limit(limit))]


def finish(store: Store, queue_id: int, done: Done) -> None:
    document_id = None
    if done.text_hash is not None:
        with store.engine.connect() as c:
            document_id = c.scalar(select(DocumentRow.id).where(DocumentRow.text_hash == done.text_hash))
    with Session(engine_of(store), expire_on_commit=False) as s, s.begin():
        row = s.get(QueuedDocumentRow, queue_id)
        if row is None:
            return
        row.document_id = document_id
        row.status, row.done_at, row.language = done.status, _now(), done.language
        row.events_new, row.events_merged = done.events_new, done.events_merged
        row.note = done.note[:MAX_NOTE] if done.note else None


def entry(store: Store, queue_id: int) -> QueuedDocumentRow | None:
    with Session(engine_of(store), expire_on_commit=False) as s:
        return s.get(QueuedDocumentRow, queue_id)


def pending(store: Store) -> int:
    """Articles still waiting."""
    with engine_of(store).connect() as c:
        q = select(func.count()).select_from(QueuedDocumentRow).where(QueuedDocumentRow.status == QUEUED)
        return int(c.scalar(q) or 0)
