"""The queue of POSTed articles on both backends (migration 0006; a SQLite store's queue is a file beside it),
drained by the writer in order, each outcome recorded."""

from __future__ import annotations

import json

import pytest

from sitreps.errors import StoreError
from sitreps.store import queue
from sitreps.store.repo import Store
from sitreps.web import writer
from sitreps.web.writer import drain

GOOD = "A Russian drone struck Kharkiv overnight, killing two civilians."


def test_queued_articles_are_stored_in_order_with_their_outcome(store: Store) -> None:
    posted = [
        {"text": GOOD, "published": "2024-05-10", "lang": "en", "id": "a"},
        {"text": GOOD, "published": "2024-05-10", "lang": "en", "id": "again"},
        {"text": "Dron uderzył w Charków w nocy, zabijając dwie osoby.", "published": "2024-05-10"},
        {"text": "no date"},
    ]
    ids = [queue.add(store, json.dumps(p)) for p in posted]
    assert ids == sorted(ids) and queue.pending(store) == 4
    assert [i for i, _ in queue.waiting(store)] == ids
    assert (queue.queue_path(store) is not None) == (store.dialect == "sqlite")
    assert drain(store) == 4 and queue.pending(store) == 0
    rows = [queue.entry(store, i) for i in ids]
    assert [r.status for r in rows if r] == ["stored", "skipped", "no_pack", "failed"]
    first = rows[0]
    assert first is not None and first.events_new == 1 and first.language == "en" and first.document_id
    assert store.document(first.document_id) is not None
    assert rows[2] is not None and rows[2].language == "pl" and rows[2].document_id
    assert rows[3] is not None and "published" in (rows[3].note or "")


def test_a_busy_store_is_tried_again_then_recorded(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = writer.store_one

    def busy_twice(s: Store, posted: str) -> queue.Done:
        calls.append(posted)
        if len(calls) <= 2:
            raise StoreError("database is locked")
        return real(s, posted)

    monkeypatch.setattr(writer, "store_one", busy_twice)
    first = queue.add(store, json.dumps({"text": GOOD, "published": "2024-05-10", "lang": "en"}))
    assert drain(store) == 1 and len(calls) == 3
    row = queue.entry(store, first)
    assert row is not None and row.status == "stored"

    def always_busy(s: Store, posted: str) -> queue.Done:
        calls.append(posted)
        raise StoreError("database is locked")

    monkeypatch.setattr(writer, "store_one", always_busy)
    calls.clear()
    second = queue.add(store, json.dumps({"text": GOOD, "published": "2024-05-11", "lang": "en"}))
    assert drain(store) == 1 and len(calls) == writer.ATTEMPTS
    row = queue.entry(store, second)
    assert row is not None and row.status == "failed" and row.note == "database is locked"
