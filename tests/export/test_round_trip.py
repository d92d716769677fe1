"""Export, read back with pandas / pyarrow / json, compare with the stored records."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
import pytest

from sitreps.export import EXPORTERS, acled_csv, parquet
from sitreps.store.ingest import ingest
from sitreps.store.records import event_record
from sitreps.store.repo import Store
from tests.conftest import SEEDS, need


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('db') / 's.db'}")
    ingest(store, [str(need(SEEDS / "documents.jsonl"))])
    return [event_record(r) for r in store.events()]


def test_jsonl(stored: list[dict[str, Any]], tmp_path: Path) -> None:
    path = tmp_path / "e.jsonl"
    assert EXPORTERS["jsonl"](stored, path) == len(stored)
    assert [json.loads(line) for line in path.read_text().splitlines()] == json.loads(json.dumps(stored))


def test_geojson(stored: list[dict[str, Any]], tmp_path: Path) -> None:
    path = tmp_path / "e.geojson"
    EXPORTERS["geojson"](stored, path)
    fc = json.loads(path.read_text())
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == len(stored)
    for feature, record in zip(fc["features"], stored, strict=True):
        lon, lat = feature["geometry"]["coordinates"]
        assert (lat, lon) == (record["location"]["latitude"], record["location"]["longitude"])
        assert feature["properties"] == json.loads(json.dumps(record))


def test_parquet(stored: list[dict[str, Any]], tmp_path: Path) -> None:
    path = tmp_path / "e.parquet"
    EXPORTERS["parquet"](stored, path)
    table = pq.read_table(path)
    assert table.to_pylist() == [parquet.flat(r) for r in stored]
    frame = pd.read_parquet(path)
    assert list(frame["event_id"]) == [r["event_id"] for r in stored]
    assert json.loads(frame["sources_json"][0]) == stored[0]["sources"]


def test_acled_csv_has_acled_columns_and_codes(stored: list[dict[str, Any]], tmp_path: Path) -> None:
    path = tmp_path / "e.csv"
    EXPORTERS["acled-csv"](stored, path)
    with path.open(newline="", encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert header == acled_csv.COLUMNS + acled_csv.EXTRA_COLUMNS
    frame = pd.read_csv(path)
    assert len(frame) == len(stored)
    assert list(frame["event_date"]) == [r["event_date"] for r in stored]
    assert set(frame["time_precision"]) <= {1, 2, 3} and set(frame["geo_precision"]) <= {1, 2, 3}
    ukr = frame[frame["country"] == "Ukraine"]
    assert (ukr["iso"] == 804).all() and ukr["event_id_cnty"].str.startswith("UKR").all()
    civ = frame[frame["actor2"].fillna("").str.startswith("Civilians")]
    assert (civ["inter2"] == "Civilians").all() and (civ["civilian_targeting"] == "Civilian targeting").all()
    kharkiv = frame[(frame["location"] == "Kharkiv") & (frame["event_date"] == "2022-03-02")]
    assert kharkiv["fatalities"].max() == 21
