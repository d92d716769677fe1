"""JSON Lines in the event schema, one event per line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from sitreps.export.formats import ExportFormat
from sitreps.store.records import StoredEvent


def line(r: StoredEvent) -> str:
    """One record as a JSON line: its JSON form (`StoredEvent.to_json`, dates as ISO text)."""
    return json.dumps(r.to_json(), ensure_ascii=False) + "\n"


def write_to(records: Iterable[StoredEvent], f: TextIO) -> int:
    n = 0
    for r in records:
        f.write(line(r))
        n += 1
    return n


def stream(records: Iterable[StoredEvent]) -> Iterator[str]:
    """One JSON line per event (for streaming an HTTP answer)."""
    for r in records:
        yield line(r)


def write(records: Iterable[StoredEvent], path: Path) -> int:
    with path.open("w", encoding="utf-8") as f:
        return write_to(records, f)


EXPORTER = ExportFormat(
    "jsonl", "application/x-ndjson", "jsonl", write_to, stream, description="one event per line (the event schema)"
)
