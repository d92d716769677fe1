"""Tallies (aggregate events: a national toll, a month's count) stay out of daily, type and regional figures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fastapi.testclient import TestClient

from sitreps.documents.model import Document
from sitreps.pipeline import extract_document
from sitreps.store.repo import Store
from sitreps.web.app import create_app
from sitreps.web.settings import Settings

STRIKE = "A Russian missile struck a school in Kharkiv on Sunday, killing four people, the mayor said."
TALLY = (
    "Ukrainian forces said on Sunday that 3,000 Russian soldiers had been killed in the fighting across Ukraine "
    "since the invasion began."
)


def _store(tmp_path: Path) -> tuple[Store, str]:
    url = f"sqlite:///{tmp_path / 's.db'}"
    store = Store(url)
    for name, text in (("strike", STRIKE), ("tally", TALLY)):
        doc = Document(name, text, date(2022, 2, 27), "en", outlet="Test Wire")
        result = extract_document(doc)
        store.add(doc, result.events, "en")
    return store, url


def test_stats_leave_tallies_out(tmp_path: Path) -> None:
    store, url = _store(tmp_path)
    with TestClient(create_app(Settings(db_url=url), store)) as client:
        stats = client.get("/api/stats").json()
    tallies = stats["aggregates"]
    assert [t["fatalities"] for t in tallies] == [3000] and tallies[0]["country"] == "UA"
    assert stats["by_day"] == [{"key": "2022-02-27", "events": 1, "fatalities": 4}]
    assert [r["fatalities"] for r in stats["by_admin1"]] == [4]
    assert stats["fatalities"] == 4 and stats["events"] == 1
    assert sum(r["fatalities"] for r in stats["by_day_type"]) == 4
