"""A GeoJSON FeatureCollection: one Point feature per event, the whole record as properties."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any


def feature(r: dict[str, Any]) -> dict[str, Any]:
    loc = r["location"]
    return {
        "type": "Feature",
        "id": r["event_id"],
        "geometry": {"type": "Point", "coordinates": [loc["longitude"], loc["latitude"]]},
        "properties": r,
    }


def collection(records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": [feature(r) for r in records]}


def stream(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """The FeatureCollection as text, one feature at a time (for streaming an HTTP answer)."""
    yield '{"type": "FeatureCollection", "features": ['
    for i, r in enumerate(records):
        yield ("," if i else "") + json.dumps(feature(r), ensure_ascii=False)
    yield "]}\n"


def write(records: Iterable[dict[str, Any]], path: Path) -> int:
    fc = collection(records)
    path.write_text(json.dumps(fc, ensure_ascii=False), encoding="utf-8")
    return len(fc["features"])
