"""Parquet via pyarrow: one row per event, flat columns; sources and count history as JSON text."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

COUNTS = ("fatalities", "injured", "missing", "affected")


def flat(r: dict[str, Any]) -> dict[str, Any]:
    loc = r["location"]
    out: dict[str, Any] = {
        "event_id": r["event_id"],
        "event_id_cnty": r.get("event_id_cnty"),
        "event_type": r["event_type"],
        "sub_event_type": r["sub_event_type"],
        "event_date": r["event_date"],
        "date_start": r.get("date_start"),
        "date_end": r.get("date_end"),
        "date_precision": r["date_precision"],
        "location": loc["name"],
        "mention": loc.get("mention"),
        "geonames_id": loc.get("geonames_id"),
        "country": loc["country"],
        "admin1": loc.get("admin1"),
        "admin2": loc.get("admin2"),
        "latitude": loc["latitude"],
        "longitude": loc["longitude"],
        "geo_precision": loc["precision"],
        "actor1": r.get("actor1"),
        "actor2": r.get("actor2"),
        "certainty": r.get("certainty"),
        "aggregate": bool(r.get("aggregate")),
        "targets": list(r.get("targets") or []),
        "weapons": list(r.get("weapons") or []),
        "n_sources": len(r["sources"]),
        "report_ids": [s["report_id"] for s in r["sources"] if s.get("report_id")],
        "sources_json": json.dumps(r["sources"], ensure_ascii=False),
        "count_history_json": json.dumps(r.get("count_history") or [], ensure_ascii=False),
    }
    for k in COUNTS:
        c = r.get(k) or {}
        out[f"{k}_low"], out[f"{k}_best"], out[f"{k}_high"] = c.get("low"), c.get("best"), c.get("high")
    return out


def write(records: Iterable[dict[str, Any]], path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [flat(r) for r in records]
    schema = pa.schema(
        [
            ("event_id", pa.string()),
            ("event_id_cnty", pa.string()),
            ("event_type", pa.string()),
            ("sub_event_type", pa.string()),
            ("event_date", pa.string()),
            ("date_start", pa.string()),
            ("date_end", pa.string()),
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
            *[(f"{k}_{p}", pa.int64()) for k in COUNTS for p in ("low", "best", "high")],
        ]
    )
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, path)
    return len(rows)
