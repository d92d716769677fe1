"""The read table kept in step with the write side: each event's stored record is the one built from its rows
after every merge, the store version rises once per stored document, and `changes` tells new from revised."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import selectinload

from sitreps.documents.model import Document
from sitreps.store.records import build_record
from sitreps.store.repo import Filters, Store, write_missing_records
from sitreps.store.tables import EventRecordRow, EventRow, SourceRow

KHARKIV_IT = "Un missile russo ha colpito stamattina un condominio a Kharkiv: due persone sono state uccise."
KHARKIV_EN = "A Russian missile hit an apartment block in Kharkiv on Friday morning, killing three people."
SUMY = "A drone hit Sumy yesterday, killing one person."


def add(store: Store, doc_id: str, text: str, lang: str) -> None:
    from sitreps.pipeline import extract_document

    doc = Document(doc_id, text, date(2024, 5, 10), lang)
    result = extract_document(doc)
    store.add(doc, result.events, result.lang)


def built(store: Store) -> dict[str, str]:
    with store.session() as s:
        rows = s.scalars(
            select(EventRow).options(
                selectinload(EventRow.sources).selectinload(SourceRow.document), selectinload(EventRow.count_reports)
            )
        ).all()
        return {r.uid: build_record(r).model_dump_json() for r in rows}


def test_stored_records_follow_every_merge_and_the_version_counts_documents(store: Store) -> None:
    start = store.version()
    add(store, "it1", KHARKIV_IT, "it")
    first = store.version()
    add(store, "it1-again", KHARKIV_IT, "it")  # the same text: skipped, no change
    assert first == start + 1 and store.version() == first
    add(store, "en1", KHARKIV_EN, "en")  # merges into the Kharkiv event, revising its toll
    add(store, "s1", SUMY, "en")
    assert store.version() == start + 3
    stored = {e.event_id: e.model_dump_json() for e in store.events()}
    assert stored == built(store) and len(stored) == 2
    (kharkiv,) = store.events(Filters(text="Kharkiv"))
    assert len(kharkiv.sources) == 2 and kharkiv.fatalities is not None and kharkiv.fatalities.best == 3
    assert store.event(kharkiv.event_id) == kharkiv
    since_first = store.query.changes(first)
    assert (since_first.version, since_first.new_events, since_first.changed_events) == (start + 3, 1, 1)
    assert store.query.changes(store.version()).new_events == 0


def test_missing_records_are_written_again(store: Store) -> None:
    add(store, "it1", KHARKIV_IT, "it")
    add(store, "s1", SUMY, "en")
    before = {e.event_id: e for e in store.events()}
    with store.engine.begin() as c:
        c.execute(delete(EventRecordRow))
    assert list(store.events()) == []
    assert write_missing_records(store.engine, store.version()) == 2
    assert {e.event_id: e for e in store.events()} == before


def test_a_store_from_before_the_read_table_gets_its_records_on_upgrade(store: Store) -> None:
    from alembic import command

    from sitreps.store.db import alembic_config, migrate

    add(store, "it1", KHARKIV_IT, "it")
    add(store, "s1", SUMY, "en")
    before = {e.event_id: e for e in store.events()}
    cfg = alembic_config()
    with store.engine.begin() as c:
        cfg.attributes["connection"] = c
        command.downgrade(cfg, "0004")
    migrate(store.engine)
    assert {e.event_id: e for e in store.events()} == before
    add(store, "en1", KHARKIV_EN, "en")
    assert store.query.changes(store.version() - 1).changed_events == 1


def test_stats_from_the_summary_rows_equal_stats_from_the_events(store: Store) -> None:
    from sitreps.pipeline import extract_document
    from tests.conftest import SEEDS, need

    for line in need(SEEDS / "documents.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        doc = Document(d["id"], d["text"], date.fromisoformat(d["published"]), d.get("lang"), outlet=d.get("outlet"))
        result = extract_document(doc)
        if result.error is None:
            store.add(doc, result.events, result.lang)
    add(store, "it1", KHARKIV_IT, "it")
    add(store, "en1", KHARKIV_EN, "en")  # a merge: the event's sums move with its toll
    cases = [
        Filters(),
        Filters(since=date(2024, 5, 1), until=date(2024, 12, 31)),
        Filters(event_type="Explosions/Remote violence"),
        Filters(country="ua", admin1="kharkiv oblast"),
        Filters(certainty="reported"),
    ]
    for f in cases:
        summed = store.query.stats(f)
        assert summed == store.query.stats(f, precomputed=False), f
    everything = store.query.stats(Filters())
    assert everything.events > 15 and {"en", "it"} <= set(everything.languages)


def test_reported_events_carry_each_report_as_extracted(store: Store) -> None:
    add(store, "it1", KHARKIV_IT, "it")
    add(store, "en1", KHARKIV_EN, "en")  # merges into the Kharkiv event
    add(store, "s1", SUMY, "en")
    reported = list(store.query.reported(Filters()))
    assert [r.record for r in reported] == list(store.events())
    for r in reported:  # one report per source, in the record's order
        assert [e.event_id for e in r.reports] == [s.report_id for s in r.record.sources]
    (kharkiv,) = [r for r in reported if len(r.reports) == 2]
    assert [e.sources[0].doc_id for e in kharkiv.reports] == ["it1", "en1"]
    assert [r.record.event_id for r in store.query.reported(Filters(text="Sumy"))] == [
        r.record.event_id for r in reported if r.record.location.name == "Sumy"
    ]
