"""Export, read back with pandas / pyarrow / json, compare with the stored records."""

from __future__ import annotations

import csv
import io
import json
import struct
from collections.abc import Iterator
from datetime import UTC
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from sitreps.export import EXPORTERS, acled_csv, geojson, parquet
from sitreps.store.records import StoredEvent


def test_jsonl(stored: list[StoredEvent], stored_json: list[dict[str, Any]], tmp_path: Path) -> None:
    path = tmp_path / "e.jsonl"
    assert EXPORTERS["jsonl"](stored, path) == len(stored)
    assert [json.loads(line) for line in path.read_text().splitlines()] == json.loads(json.dumps(stored_json))


def test_geojson(stored: list[StoredEvent], stored_json: list[dict[str, Any]], tmp_path: Path) -> None:
    path = tmp_path / "e.geojson"
    EXPORTERS["geojson"](stored, path)
    fc = json.loads(path.read_text())
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == len(stored)
    for feature, typed, record in zip(fc["features"], stored, stored_json, strict=True):
        lon, lat = feature["geometry"]["coordinates"]
        assert (lat, lon) == (record["location"]["latitude"], record["location"]["longitude"])
        props = feature["properties"]
        assert props == json.loads(json.dumps(geojson.properties(typed)))
        # flat and typed, as GDAL/QGIS read them: no objects; lists of strings; numbers as numbers
        for key, value in props.items():
            assert not isinstance(value, dict), key
            assert not isinstance(value, list) or all(isinstance(v, str) for v in value), key
        assert isinstance(props["fatalities"], int) and isinstance(props["geo_precision"], int)
        assert props["fatalities"] == ((record.get("fatalities") or {}).get("best") or 0)
        assert props["sources"] == [s["doc_id"] for s in record["sources"]]
        assert props["report_ids"] == [s["report_id"] for s in record["sources"]]
        assert isinstance(props["latitude"], float) and props["location"] == record["location"]["name"]


def test_geojson_is_written_as_records_arrive(stored: list[StoredEvent]) -> None:
    out = io.StringIO()
    seen: list[bool] = []

    def records() -> Iterator[StoredEvent]:
        for i, r in enumerate(stored[:3]):
            if i:  # the features before this one are already written
                seen.append(stored[i - 1].event_id in out.getvalue())
            yield r

    assert geojson.write_to(records(), out) == 3 and seen == [True, True]
    assert len(json.loads(out.getvalue())["features"]) == 3


def test_parquet(stored: list[StoredEvent], stored_json: list[dict[str, Any]], tmp_path: Path) -> None:
    path = tmp_path / "e.parquet"
    EXPORTERS["parquet"](stored, path)
    table = pq.read_table(path)
    assert table.to_pylist() == [_utc(parquet.flat(r)) for r in stored]
    assert table.schema.field("event_date").type == pa.date32()
    assert table.schema.field("fatalities_best").type == pa.int64()
    frame = pd.read_parquet(path)
    assert list(frame["event_id"]) == [r["event_id"] for r in stored_json]
    assert json.loads(frame["sources_json"][0]) == stored_json[0]["sources"]
    assert [d.isoformat() for d in table.column("event_date").to_pylist()] == [r["event_date"] for r in stored_json]


def test_parquet_is_geoparquet_with_points(
    stored: list[StoredEvent], stored_json: list[dict[str, Any]], tmp_path: Path
) -> None:
    path = tmp_path / "e.parquet"
    parquet.write(stored, path)
    meta = json.loads(pq.read_schema(path).metadata[b"geo"])
    assert meta["version"].startswith("1.") and meta["primary_column"] == "geometry"
    column = meta["columns"]["geometry"]
    assert column["encoding"] == "WKB" and column["geometry_types"] == ["Point"] and "crs" not in column
    for wkb, r in zip(pq.read_table(path).column("geometry").to_pylist(), stored_json, strict=True):
        order, kind, lon, lat = struct.unpack("<BIdd", wkb)
        assert (order, kind) == (1, 1) and len(wkb) == 21
        assert (lon, lat) == (r["location"]["longitude"], r["location"]["latitude"])


def _utc(row: dict[str, Any]) -> dict[str, Any]:
    if row["updated_at"] is not None:
        row["updated_at"] = row["updated_at"].replace(tzinfo=UTC)
    return row


def test_acled_csv_has_acled_columns_and_codes(
    stored: list[StoredEvent], stored_json: list[dict[str, Any]], tmp_path: Path
) -> None:
    path = tmp_path / "e.csv"
    EXPORTERS["acled-csv"](stored, path)
    with path.open(newline="", encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert header == acled_csv.COLUMNS + acled_csv.EXTRA_COLUMNS
    frame = pd.read_csv(path)
    assert len(frame) == len(stored)
    assert list(frame["event_date"]) == [r["event_date"] for r in stored_json]
    assert set(frame["time_precision"]) <= {1, 2, 3} and set(frame["geo_precision"]) <= {1, 2, 3}
    ukr = frame[frame["country"] == "Ukraine"]
    assert (ukr["iso"] == 804).all() and ukr["event_id_cnty"].str.startswith("UKR").all()
    civ = frame[frame["actor2"].fillna("").str.startswith("Civilians")]
    assert (civ["inter2"] == "Civilians").all() and (civ["civilian_targeting"] == "Civilian targeting").all()
    assert ukr["admin2"].notna().any()  # raions of Ukrainian places
    kharkiv = frame[(frame["location"] == "Kharkiv") & (frame["event_date"] == "2022-03-02")]
    assert set(kharkiv["admin2"]) == {"Kharkiv Raion"}
    assert kharkiv["fatalities"].max() == 21
