"""Exporters. Each writes stored events (`StoredEvent` records: shared/schema/event.schema.json plus
count_history) to a file or an open stream and declares its name, media type and file suffix as an
`ExportFormat`; formats register through the entry-point group `sitreps.exporters` (see `formats`), the
built-ins exactly as a third-party one would."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sitreps.export.formats import GROUP, ExportFormat, exporters, streamable

if TYPE_CHECKING:
    from sitreps.store.records import StoredEvent

Exporter = Callable[[Iterable["StoredEvent"], Path], int]


def __getattr__(name: str) -> Any:
    if name == "EXPORTERS":  # every format's file writer by name, read from the registry
        return {n: f.write for n, f in exporters().items()}
    raise AttributeError(name)


__all__ = ["GROUP", "ExportFormat", "Exporter", "exporters", "streamable"]
