"""JSON Lines in the event schema, one event per line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from sitreps.export.formats import ExportFormat


def write_to(records: Iterable[dict[str, Any]], f: TextIO) -> int:
    n = 0
    for r in records:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
        n += 1
    return n


def stream(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """One JSON line per event (for streaming an HTTP answer)."""
    for r in records:
        yield json.dumps(r, ensure_ascii=False) + "\n"


def write(records: Iterable[dict[str, Any]], path: Path) -> int:
    with path.open("w", encoding="utf-8") as f:
        return write_to(records, f)


EXPORTER = ExportFormat(
    "jsonl", "application/x-ndjson", "jsonl", write_to, stream, description="one event per line (the event schema)"
)
