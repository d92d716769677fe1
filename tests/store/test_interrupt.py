"""Kill `sitreps ingest` with SIGKILL at random moments of a batch, check the store after every kill, rerun,
and get exactly the result of one uninterrupted run, on SQLite and on PostgreSQL. `sitreps reliability`
does the same with more kills."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from sitreps.eval.crash import Target, corpus, run
from sitreps.store.repo import Store
from tests.conftest import GED, SEEDS, need


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_random_kills_leave_a_consistent_store_and_the_rerun_equals_one_clean_run(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    postgres = request.getfixturevalue("postgres_url") if backend == "postgresql" else None
    docs = corpus(need(GED), need(SEEDS / "documents.jsonl"), tmp_path / "docs.jsonl", 600)
    report = run(docs, tmp_path, kills=4 if postgres is None else 3, budget_s=240, postgres=postgres)
    assert report.kills >= 3 and report.batches >= 1
    assert report.inconsistencies == []
    assert report.events > 100


def test_consistency_finds_an_event_without_its_source(tmp_path: Path) -> None:
    target = Target(tmp_path, "s")
    Store(target.url).engine.dispose()
    assert target.consistency() == []
    store = Store(target.url)
    with store.engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO events (uid, event_type, sub_event_type, event_date, date_start, date_end,"
                " date_precision, location_name, country, latitude, longitude, geo_precision, counts, fatalities,"
                " targets, weapons, certainty, aggregate, type_assumed) VALUES ('u', 'Battles', 'Armed clash',"
                " '2024-01-01', '2024-01-01', '2024-01-01', 'day', 'Sumy', 'UA', 50.9, 34.8, 1, '{}', 0, '[]', '[]',"
                " 'reported', 0, 0)"
            )
        )
    store.engine.dispose()
    assert target.consistency() == ["1 events without a source"]
