"""GeoParquet via pyarrow: one row per event, flat typed columns (dates as dates, counts as integers), a
`geometry` column of WKB points with the GeoParquet 1.1 `geo` metadata (CRS84), written in row groups as the
records arrive. Sources and count history are also kept whole as JSON text."""

from __future__ import annotations

import json
import struct
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from sitreps.events.model import COUNT_KINDS, Event
from sitreps.export.fields import event_fields, figure
from sitreps.export.formats import ExportFormat
from sitreps.store.records import StoredEvent

BATCH = 10_000
GEO_METADATA = {
    "version": "1.1.0",
    "primary_column": "geometry",
    "columns": {"geometry": {"encoding": "WKB", "geometry_types": ["Point"]}},  # no "crs": OGC:CRS84
}


def wkb_point(lon: float, lat: float) -> bytes:
    """A 2D point in well-known binary, little-endian (byte order 1, geometry type 1)."""
    return struct.pack("<BIdd", 1, 1, lon, lat)


def flat(r: StoredEvent | Event) -> dict[str, Any]:
    """The row of a stored record; or of an event as `extract` gives it (the Python API's frames: no
    event_id_cnty, report ids, count history or time of change)."""
    out = event_fields(r)
    for key in ("event_date", "date_start", "date_end"):
        out[key] = date.fromisoformat(out[key])
    if isinstance(r, StoredEvent):
        sources = [s.model_dump(mode="json") for s in r.sources]
        report_ids = [s.report_id for s in r.sources if s.report_id]
        history = [c.model_dump(mode="json") for c in r.count_history]
        updated_at: datetime | None = datetime.fromisoformat(r.updated_at)
    else:
        sources, report_ids, history, updated_at = [s.to_json() for s in r.sources], [], [], None
    out |= {
        "certainty": r.certainty,
        "aggregate": r.aggregate,
        "targets": list(r.targets),
        "weapons": list(r.weapons),
        "n_sources": len(r.sources),
        "report_ids": report_ids,
        "sources_json": json.dumps(sources, ensure_ascii=False),
        "count_history_json": json.dumps(history, ensure_ascii=False),
        "updated_at": updated_at,
    }
    for k in COUNT_KINDS:
        c = figure(r, k)
        out[f"{k}_low"], out[f"{k}_best"], out[f"{k}_high"] = (c.low, c.best, c.high) if c else (None, None, None)
    out["geometry"] = wkb_point(out["longitude"], out["latitude"])
    return out


def schema() -> Any:
    import pyarrow as pa

    fields = [
        ("event_id", pa.string()),
        ("event_id_cnty", pa.string()),
        ("event_type", pa.string()),
        ("sub_event_type", pa.string()),
        ("event_date", pa.date32()),
        ("date_start", pa.date32()),
        ("date_end", pa.date32()),
        ("date_precision", pa.string()),
        ("location", pa.string()),
        ("mention", pa.string()),
        ("geonames_id", pa.int64()),
        ("country", pa.string()),
        ("admin1", pa.string()),
        ("admin2", pa.string()),
        ("latitude", pa.float64()),
        ("longitude", pa.float64()),
        ("geo_precision", pa.int8()),
        ("actor1", pa.string()),
        ("actor2", pa.string()),
        ("certainty", pa.string()),
        ("aggregate", pa.bool_()),
        ("targets", pa.list_(pa.string())),
        ("weapons", pa.list_(pa.string())),
        ("n_sources", pa.int32()),
        ("report_ids", pa.list_(pa.string())),
        ("sources_json", pa.string()),
        ("count_history_json", pa.string()),
        ("updated_at", pa.timestamp("s", tz="UTC")),
        *[(f"{k}_{p}", pa.int64()) for k in COUNT_KINDS for p in ("low", "best", "high")],
        ("geometry", pa.binary()),
    ]
    return pa.schema(fields, metadata={b"geo": json.dumps(GEO_METADATA).encode()})


def _batches(records: Iterable[StoredEvent]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for r in records:
        batch.append(flat(r))
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def write_to(records: Iterable[StoredEvent], sink: str | Path | IO[bytes]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    n = 0
    sch = schema()
    with pq.ParquetWriter(sink, sch) as writer:
        for batch in _batches(records):
            writer.write_table(pa.Table.from_pylist(batch, schema=sch))
            n += len(batch)
    return n


def write(records: Iterable[StoredEvent], path: Path) -> int:
    return write_to(records, path)


EXPORTER = ExportFormat(
    "parquet",
    "application/vnd.apache.parquet",
    "parquet",
    write_to,
    binary=True,
    description="GeoParquet, typed columns and point geometry",
)
