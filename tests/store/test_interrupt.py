"""Kill `sitreps ingest` with SIGKILL at random moments of a batch, check the store after every kill, rerun,
and get exactly the result of one uninterrupted run. `sitreps reliability` does the same with more kills."""

from __future__ import annotations

from pathlib import Path

from sitreps.eval.crash import consistency, corpus, run
from tests.conftest import GED, SEEDS, need


def test_random_kills_leave_a_consistent_store_and_the_rerun_equals_one_clean_run(tmp_path: Path) -> None:
    docs = corpus(need(GED), need(SEEDS / "documents.jsonl"), tmp_path / "docs.jsonl", 600)
    report = run(docs, tmp_path, kills=4, budget_s=240)
    assert report.kills == 4 and report.batches >= 1
    assert report.inconsistencies == []
    assert report.events > 100


def test_consistency_finds_an_event_without_its_source(tmp_path: Path) -> None:
    import sqlite3

    from sitreps.store.repo import Store

    db = tmp_path / "s.db"
    Store(f"sqlite:///{db}").engine.dispose()
    assert consistency(db) == []
    with sqlite3.connect(db) as c:
        c.execute(
            "INSERT INTO events (uid, event_type, sub_event_type, event_date, date_start, date_end, date_precision,"
            " location_name, country, latitude, longitude, geo_precision, counts, fatalities, targets, weapons,"
            " certainty, aggregate, type_assumed) VALUES ('u', 'Battles', 'Armed clash', '2024-01-01', '2024-01-01',"
            " '2024-01-01', 'day', 'Sumy', 'UA', 50.9, 34.8, 1, '{}', 0, '[]', '[]', 'reported', 0, 0)"
        )
    assert consistency(db) == ["1 events without a source"]
