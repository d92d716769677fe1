"""The sample articles stored once per module, as the records the exporters write."""

from __future__ import annotations

from typing import Any

import pytest

from sitreps.ingest import ingest
from sitreps.store.repo import Store
from tests.conftest import SEEDS, need


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('db') / 's.db'}")
    ingest(store, [str(need(SEEDS / "documents.jsonl"))])
    return [r.to_json() for r in store.events()]
