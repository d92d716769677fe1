"""Parsers for the values the CLI options and the API's query parameters share: dates and bounding boxes.
Each raises ValueError with what to write; the CLI turns it into a usage error, the API into a 422."""

from __future__ import annotations

from datetime import date

BBOX = "MIN_LON,MIN_LAT,MAX_LON,MAX_LAT"
Box = tuple[float, float, float, float]


def parse_date(value: str) -> date:
    """YYYY-MM-DD."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a date; write YYYY-MM-DD") from None


def parse_bbox(value: str) -> Box:
    """MIN_LON,MIN_LAT,MAX_LON,MAX_LAT in degrees, a box within the globe's bounds."""
    try:
        x0, y0, x1, y1 = (float(v) for v in value.split(","))
    except ValueError:
        raise ValueError(f"{value!r}: write {BBOX}, four numbers") from None
    if not (-180 <= x0 <= x1 <= 180 and -90 <= y0 <= y1 <= 90):
        raise ValueError(f"{value!r} is not a box: need MIN_LON <= MAX_LON and MIN_LAT <= MAX_LAT within bounds")
    return x0, y0, x1, y1
