"""The sample articles stored once per module: the records the exporters take, and their JSON."""

from __future__ import annotations

from typing import Any

import pytest

from sitreps.ingest import ingest
from sitreps.store.records import StoredEvent
from sitreps.store.repo import Store
from tests.conftest import SEEDS, need


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> list[StoredEvent]:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('db') / 's.db'}")
    ingest(store, [str(need(SEEDS / "documents.jsonl"))])
    return list(store.events())


@pytest.fixture(scope="module")
def stored_json(stored: list[StoredEvent]) -> list[dict[str, Any]]:
    """The same records as JSON (what the JSONL export writes), to check the other formats against."""
    return [r.to_json() for r in stored]
