"""The bounds in limits.toml: sizes of inputs, plausible dates and counts, request bodies."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache

from sitreps.config import PACKAGE_DIR


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int
    max_line_bytes: int
    max_document_chars: int
    max_sentence_tokens: int
    earliest_published: date
    max_days_after_today: int
    max_event_count: int
    max_aggregate_count: int
    max_number_digits: int
    max_request_bytes: int
    legacy_encodings: tuple[str, ...]


@cache
def limits() -> Limits:
    raw = tomllib.loads((PACKAGE_DIR / "limits.toml").read_text(encoding="utf-8"))
    inp, dates, counts, web = raw["input"], raw["dates"], raw["counts"], raw["web"]
    return Limits(
        max_file_bytes=int(inp["max_file_mb"] * 1024 * 1024),
        max_line_bytes=int(inp["max_line_mb"] * 1024 * 1024),
        max_document_chars=int(inp["max_document_chars"]),
        max_sentence_tokens=int(inp["max_sentence_tokens"]),
        earliest_published=date.fromisoformat(str(dates["earliest_published"])),
        max_days_after_today=int(dates["max_days_after_today"]),
        max_event_count=int(counts["max_event_count"]),
        max_aggregate_count=int(counts["max_aggregate_count"]),
        max_number_digits=int(counts["max_number_digits"]),
        max_request_bytes=int(web["max_request_kb"] * 1024),
        legacy_encodings=tuple(raw["decoding"]["legacy_encodings"]),
    )
