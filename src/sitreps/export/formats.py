"""The export formats: each exporter declares its name, media type and file suffix, and registers through the
entry-point group `sitreps.exporters`, which `sitreps export` and GET /api/export both read.

A third-party package adds a format by declaring, in its pyproject.toml,

    [project.entry-points."sitreps.exporters"]
    my-format = "my_package.module:EXPORTER"

where EXPORTER is an `ExportFormat`. Its writers take the stored events as typed records
(`sitreps.store.records.StoredEvent`: attributes, dates as dates; `to_json()` gives the JSON form), never
dicts. The built-ins are declared the same way in sitreps' own pyproject.toml;
they are also listed here, so that a checkout whose installed metadata predates a built-in still has them.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, partial
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate

if TYPE_CHECKING:
    from sitreps.store.records import StoredEvent

GROUP = "sitreps.exporters"
BUILTINS = {
    "acled-csv": "sitreps.export.acled_csv:EXPORTER",
    "geojson": "sitreps.export.geojson:EXPORTER",
    "jsonl": "sitreps.export.jsonl:EXPORTER",
    "parquet": "sitreps.export.parquet:EXPORTER",
}

log = logging.getLogger("sitreps.export")

Records = Iterable["StoredEvent"]


@dataclass(frozen=True)
class ExportFormat:
    """An export format. `write_to(records, sink, **options)` writes the stored events (`StoredEvent` records,
    in the shape of shared/schema/event.schema.json plus count_history) to an open text stream, or, when
    `binary`, to a binary stream or a path, and returns how many it wrote; `stream(records, **options)`, when
    given, yields the text in pieces for an HTTP answer. `options` names the keyword options write_to and
    stream accept."""

    name: str
    media_type: str
    suffix: str
    write_to: Callable[Concatenate[Records, ...], int]
    stream: Callable[Concatenate[Records, ...], Iterator[str]] | None = None
    binary: bool = False
    description: str = ""
    options: frozenset[str] = field(default_factory=frozenset)

    def write(self, records: Records, path: Path, **options: Any) -> int:
        """Write to a file."""
        if self.binary:
            return self.write_to(records, path, **options)
        with path.open("w", encoding="utf-8", newline="") as f:
            return self.write_to(records, f, **options)


def _load(spec: str) -> Any:
    module, _, attr = spec.partition(":")
    return getattr(importlib.import_module(module), attr)


def exporters() -> dict[str, ExportFormat]:
    """Every export format, by name: the built-ins, then those the installed packages register (read once for
    each value of sys.path, so a folder of packages added while the process runs is seen)."""
    return dict(_exporters(tuple(sys.path)))


@cache
def _exporters(_path: tuple[str, ...]) -> dict[str, ExportFormat]:
    found: dict[str, ExportFormat] = {}
    specs: list[tuple[str, Callable[[], Any]]] = [(spec, partial(_load, spec)) for spec in BUILTINS.values()]
    specs += [(ep.value, ep.load) for ep in entry_points(group=GROUP)]
    for where, load in specs:
        try:
            exporter = load()
        except Exception as e:  # a broken plugin costs its format, not the command
            log.warning("export format %s does not load: %s", where, e)
            continue
        if not isinstance(exporter, ExportFormat):
            log.warning("export format %s is not an ExportFormat; ignored", where)
            continue
        found[exporter.name] = exporter
    return found


def streamable() -> dict[str, ExportFormat]:
    """The formats an HTTP answer can stream (text formats with a `stream`)."""
    return {name: f for name, f in exporters().items() if f.stream is not None and not f.binary}


def listing(formats: Iterable[str]) -> str:
    """'a, b or c'."""
    names = list(formats)
    return ", ".join(names[:-1]) + (" or " if len(names) > 1 else "") + names[-1] if names else ""
