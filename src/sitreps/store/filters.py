"""What a read asks for: dates, type, place, certainty, language, words, and the page."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date


@dataclass(frozen=True)
class Filters:
    since: date | None = None
    until: date | None = None
    event_type: str | None = None
    country: str | None = None
    admin1: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    certainty: str | None = None
    language: str | None = None
    text: str | None = None
    limit: int | None = None
    offset: int = 0

    def page(self, limit: int | None, offset: int = 0) -> Filters:
        return replace(self, limit=limit, offset=offset)
