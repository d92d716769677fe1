"""Every exporter takes the store's typed records (`StoredEvent`), not their JSON: a dict handed to one fails
instead of being written (mypy holds the callers to the type; this holds the exporters to it at run time)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sitreps.export.formats import exporters
from sitreps.store.records import StoredEvent


@pytest.mark.parametrize("name", ["acled-csv", "geojson", "jsonl", "parquet"])
def test_an_exporter_takes_records_not_dicts(
    name: str, stored: list[StoredEvent], stored_json: list[dict[str, Any]], tmp_path: Path
) -> None:
    spec = exporters()[name]
    assert spec.write(stored[:2], tmp_path / f"ok.{spec.suffix}") == 2
    with pytest.raises(AttributeError):
        spec.write(stored_json[:2], tmp_path / f"no.{spec.suffix}")  # type: ignore[arg-type]
    if spec.stream is not None:
        assert "".join(spec.stream(stored[:2]))
        with pytest.raises(AttributeError):
            "".join(spec.stream(stored_json[:2]))  # type: ignore[arg-type]
