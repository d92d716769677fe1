"""A GeoJSON FeatureCollection, one Point feature per event, written as it is read (streaming).

Properties are flat and typed, so GDAL (and QGIS) read every one as a field: numbers as numbers
(`fatalities` is the best figure, 0 when none is reported), lists of strings as arrays (`sources`, the
documents; `outlets`; `report_ids`; `evidence`), no nested objects."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from sitreps.events.model import COUNT_KINDS
from sitreps.export.fields import event_fields
from sitreps.export.formats import ExportFormat
from sitreps.store.records import StoredEvent, StoredSource


def _outlet(s: StoredSource) -> str | None:
    from sitreps.export.acled_codes import outlet_of

    o = outlet_of(s.outlet, s.url)
    return o.name if o else None


def properties(r: StoredEvent) -> dict[str, Any]:
    """The feature's properties: flat JSON values."""
    out = event_fields(r)
    for kind in COUNT_KINDS:
        c = r.figure(kind)
        best = c.best if c else None
        out[kind] = int(best or 0) if kind == "fatalities" else best
        out[f"{kind}_low"], out[f"{kind}_high"] = (c.low, c.high) if c else (None, None)
    outlets = [o for o in (_outlet(s) for s in r.sources) if o]
    out.update(
        certainty=r.certainty,
        aggregate=r.aggregate,
        targets=list(r.targets),
        weapons=list(r.weapons),
        n_sources=len(r.sources),
        sources=[s.doc_id for s in r.sources],
        outlets=list(dict.fromkeys(outlets)),
        report_ids=[s.report_id for s in r.sources if s.report_id],
        evidence=[s.evidence.text for s in r.sources],
        updated_at=r.updated_at,
    )
    return out


def feature(r: StoredEvent) -> dict[str, Any]:
    """One Point feature, the JSON the export writes."""
    loc = r.location
    return {
        "type": "Feature",
        "id": r.event_id,
        "geometry": {"type": "Point", "coordinates": [loc.longitude, loc.latitude]},
        "properties": properties(r),
    }


def write_to(records: Iterable[StoredEvent], f: TextIO) -> int:
    """One feature per line, written as each record arrives: memory does not grow with the export."""
    f.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for r in records:
        f.write((",\n" if n else "") + json.dumps(feature(r), ensure_ascii=False))
        n += 1
    f.write("\n]}\n")
    return n


def stream(records: Iterable[StoredEvent]) -> Iterator[str]:
    """The FeatureCollection as text, one feature at a time (for streaming an HTTP answer)."""
    yield '{"type": "FeatureCollection", "features": ['
    for i, r in enumerate(records):
        yield ("," if i else "") + json.dumps(feature(r), ensure_ascii=False)
    yield "]}\n"


def write(records: Iterable[StoredEvent], path: Path) -> int:
    with path.open("w", encoding="utf-8") as f:
        return write_to(records, f)


def collection(records: Iterable[StoredEvent]) -> dict[str, Any]:
    """The FeatureCollection in memory (the API's `format=geojson` page)."""
    return {"type": "FeatureCollection", "features": [feature(r) for r in records]}


EXPORTER = ExportFormat(
    "geojson", "application/geo+json", "geojson", write_to, stream, description="points with flat typed properties"
)
