"""Hostile values reach the database only as data, on SQLite and on PostgreSQL: injection strings in every
filter, over-long metadata, NUL-free but odd text."""

from __future__ import annotations

from datetime import date

from sitreps.documents.model import Document
from sitreps.pipeline import extract_document
from sitreps.store.repo import Filters, Store
from sitreps.store.tables import DocumentRow, EventRow

INJECTIONS = ["' OR '1'='1", "1; DROP TABLE events; --", '" OR 1=1 --', "%' UNION SELECT uid FROM events --", '"']
TEXT = "Un drone russo ha colpito stamane un palazzo a Sumy, uccidendo due persone."


def _one(store: Store) -> None:
    doc = Document(
        "x" * 3000,
        TEXT,
        date(2024, 5, 14),
        "it",
        url="https://ex.org/" + "a" * 5000,
        outlet="o" * 3000,
        title="t" * 9000,
    )
    result = extract_document(doc)
    assert result.events
    assert store.add(doc, result.events, "it").stored


def test_injection_strings_in_every_filter_match_nothing_and_change_nothing(store: Store) -> None:
    _one(store)
    before = (store.count(EventRow), store.count(DocumentRow))
    for payload in INJECTIONS:
        for field in ("event_type", "country", "admin1", "certainty", "language", "text"):
            f = Filters(**{field: payload})
            assert list(store.events(f)) == [] and store.total(f) == 0, (field, payload)
            assert store.points(f, 100).total == 0
            store.stats(f)
        assert store.event(payload) is None
    assert (store.count(EventRow), store.count(DocumentRow)) == before


def test_over_long_metadata_is_stored_trimmed(store: Store) -> None:
    _one(store)
    with store.session() as s:
        row = s.query(DocumentRow).one()
        assert len(row.doc_id) == 512 and len(row.outlet or "") == 512 and row.canonical_url is None
        assert len(row.title or "") == 9000 and len(row.url or "") > 5000
