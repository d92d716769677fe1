"""Exporters. Each writes event records (shared/schema/event.schema.json plus count_history) to a file or
an open stream; the built-in ones register in EXPORTERS and FORMATS exactly as a third-party exporter would."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitreps.export import acled_csv, geojson, jsonl, parquet

Exporter = Callable[[Iterable[dict[str, Any]], Path], int]


@dataclass(frozen=True)
class Format:
    """An export format: its file suffix, whether its stream is bytes, and the function writing to a stream
    (an open text file, or a binary one when `binary`)."""

    suffix: str
    media_type: str
    binary: bool
    write_to: Callable[..., int]


EXPORTERS: dict[str, Exporter] = {
    "acled-csv": acled_csv.write,
    "geojson": geojson.write,
    "jsonl": jsonl.write,
    "parquet": parquet.write,
}
FORMATS: dict[str, Format] = {
    "acled-csv": Format("csv", "text/csv", False, acled_csv.write_to),
    "geojson": Format("geojson", "application/geo+json", False, geojson.write_to),
    "jsonl": Format("jsonl", "application/jsonl", False, jsonl.write_to),
    "parquet": Format("parquet", "application/vnd.apache.parquet", True, parquet.write_to),
}

Streamer = Callable[[Iterable[dict[str, Any]]], Iterator[str]]

# text formats that can be sent while they are written: (stream, media type, file extension)
STREAMS: dict[str, tuple[Streamer, str, str]] = {
    "acled-csv": (acled_csv.stream, "text/csv; charset=utf-8", "csv"),
    "geojson": (geojson.stream, "application/geo+json", "geojson"),
    "jsonl": (jsonl.stream, "application/x-ndjson", "jsonl"),
}

__all__ = ["EXPORTERS", "FORMATS", "STREAMS", "Exporter", "Format", "Streamer"]
