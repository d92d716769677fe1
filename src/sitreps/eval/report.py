"""A report of measures: rows of (measure, value, aim) for a table, the same figures as one JSON object, lines
to show after the table, and whether a bar was missed. Built in eval/; the CLI only prints it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Justify = Literal["left", "right"]


@dataclass
class Report:
    title: str
    columns: tuple[tuple[str, Justify], ...]
    rows: list[tuple[str, ...]] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)  # what --json prints
    notes: list[str] = field(default_factory=list)  # lines after the table (failures, samples)
    failed: bool = False  # a bar was missed: the command exits 1
