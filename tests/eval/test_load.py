"""A short load run: 20 clients for 5 s from a second process against two server processes on a store of the
seeds and 2,000 synthetic events, while an ingest writes to the same store. `sitreps reliability` runs 100
clients for 60 s on 100,000 events."""

from __future__ import annotations

from pathlib import Path

from sitreps.eval.crash import corpus
from sitreps.eval.load import run
from tests.conftest import GED, SEEDS, need


def test_the_api_under_load_during_an_ingest_answers_every_request_and_keeps_every_write(tmp_path: Path) -> None:
    seeds = need(SEEDS / "documents.jsonl")
    docs = corpus(need(GED), seeds, tmp_path / "docs.jsonl", 200)
    report = run(tmp_path / "load", seeds, docs, clients=20, seconds=5, events=2000, workers=2)
    assert report.errors == 0, report.error_samples
    assert report.requests > 20 and report.posted > 0 and report.lost_writes == 0
    assert report.ingested > 150  # the concurrent ingest finished too
    assert 0 < report.p50_ms <= report.p95_ms
