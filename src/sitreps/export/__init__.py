"""Exporters. Each writes event records (shared/schema/event.schema.json plus count_history) to a file;
the built-in ones register in EXPORTERS exactly as a third-party exporter would."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sitreps.export import acled_csv, geojson, jsonl, parquet

Exporter = Callable[[Iterable[dict[str, Any]], Path], int]

EXPORTERS: dict[str, Exporter] = {
    "acled-csv": acled_csv.write,
    "geojson": geojson.write,
    "jsonl": jsonl.write,
    "parquet": parquet.write,
}

__all__ = ["EXPORTERS", "Exporter"]
