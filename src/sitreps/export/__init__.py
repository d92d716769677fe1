"""Exporters. Each writes event records (shared/schema/event.schema.json plus count_history) to a file;
the built-in ones register in EXPORTERS exactly as a third-party exporter would."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
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

Streamer = Callable[[Iterable[dict[str, Any]]], Iterator[str]]

# text formats that can be sent while they are written: (stream, media type, file extension)
STREAMS: dict[str, tuple[Streamer, str, str]] = {
    "acled-csv": (acled_csv.stream, "text/csv; charset=utf-8", "csv"),
    "geojson": (geojson.stream, "application/geo+json", "geojson"),
    "jsonl": (jsonl.stream, "application/x-ndjson", "jsonl"),
}

__all__ = ["EXPORTERS", "STREAMS", "Exporter", "Streamer"]
