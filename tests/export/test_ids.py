"""One event id everywhere: the same documents through `extract` and through `ingest` + `export` in every
format give the same ids, and every output joins every other."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from sitreps.cli import app
from tests.conftest import SEEDS, need

runner = CliRunner()


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("ids")
    docs = str(need(SEEDS / "documents.jsonl"))
    db = f"sqlite:///{tmp / 's.db'}"
    extracted = runner.invoke(app, ["extract", docs, "-o", str(tmp / "x.jsonl")])
    assert extracted.exit_code == 0, extracted.output
    ingested = runner.invoke(app, ["ingest", docs, "--db", db])
    assert ingested.exit_code == 0, ingested.output
    for fmt, name in (("jsonl", "e.jsonl"), ("geojson", "e.geojson"), ("parquet", "e.parquet"), ("acled-csv", "e.csv")):
        result = runner.invoke(app, ["export", "--format", fmt, "--db", db, "-o", str(tmp / name)])
        assert result.exit_code == 0, result.output
    return {
        "extract": [json.loads(line) for line in (tmp / "x.jsonl").read_text().splitlines()],
        "jsonl": [json.loads(line) for line in (tmp / "e.jsonl").read_text().splitlines()],
        "geojson": json.loads((tmp / "e.geojson").read_text())["features"],
        "parquet": pq.read_table(tmp / "e.parquet").to_pylist(),
        "csv": pd.read_csv(tmp / "e.csv", keep_default_na=False),
    }


def test_every_export_carries_the_stored_events_ids(outputs: dict[str, Any]) -> None:
    jsonl = outputs["jsonl"]
    ids = [(r["event_id"], r["event_id_cnty"]) for r in jsonl]
    assert ids and all(e.startswith("ev-") for e, _ in ids)
    assert len({e for e, _ in ids}) == len(ids) and len({c for _, c in ids}) == len(ids)
    assert all(c[:3] in {"UKR", "RUS"} and c[3:].isdigit() for _, c in ids)
    geo = [(f["id"], f["properties"]["event_id"], f["properties"]["event_id_cnty"]) for f in outputs["geojson"]]
    assert [(e, c) for _, e, c in geo] == ids and [i for i, _, _ in geo] == [e for e, _ in ids]
    assert [(r["event_id"], r["event_id_cnty"]) for r in outputs["parquet"]] == ids
    csv = outputs["csv"]
    assert list(zip(csv["event_id"], csv["event_id_cnty"], strict=True)) == ids


def test_extract_report_ids_are_in_the_stored_sources(outputs: dict[str, Any]) -> None:
    reports = {e["event_id"] for e in outputs["extract"]}
    assert reports and all(r.startswith("sr-") for r in reports)
    stored = {s["report_id"] for r in outputs["jsonl"] for s in r["sources"]}
    assert stored == reports  # every report of `extract` is a source of exactly one stored event
    by_parquet = {rid for r in outputs["parquet"] for rid in r["report_ids"]}
    assert by_parquet == reports


def test_every_export_carries_the_same_values(outputs: dict[str, Any]) -> None:
    def fat(r: dict[str, Any]) -> int:
        return int((r.get("fatalities") or {}).get("best") or 0)

    jsonl = [
        (r["event_id"], r["event_date"], r["event_type"], r["location"]["name"], r["location"]["latitude"], fat(r))
        for r in outputs["jsonl"]
    ]
    geo = [
        (p["event_id"], p["event_date"], p["event_type"], p["location"], p["latitude"], p["fatalities"])
        for p in (f["properties"] for f in outputs["geojson"])
    ]
    par = [
        (r["event_id"], r["event_date"].isoformat(), r["event_type"], r["location"], r["latitude"],
         r["fatalities_best"] or 0)
        for r in outputs["parquet"]
    ]  # fmt: skip
    csv = outputs["csv"]
    acled = list(
        zip(csv["event_id"], csv["event_date"], csv["event_type"], csv["location"], csv["latitude"],
            csv["fatalities"], strict=True)
    )  # fmt: skip
    assert jsonl == geo == par == [tuple(v.item() if hasattr(v, "item") else v for v in row) for row in acled]


def test_extract_gives_the_same_output_on_every_engine(
    outputs: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    docs = str(need(SEEDS / "documents.jsonl"))
    to_file = runner.invoke(
        app, ["extract", docs, "--engine", "dask", "--workers", "1", "-o", str(tmp_path / "d.jsonl")]
    )
    assert to_file.exit_code == 0, to_file.output
    to_stdout = runner.invoke(app, ["extract", docs, "--engine", "dask", "--workers", "1"])  # the job is reused
    assert to_stdout.exit_code == 0, to_stdout.output
    local = outputs["extract"]
    assert [json.loads(line) for line in (tmp_path / "d.jsonl").read_text().splitlines()] == local
    assert [json.loads(line) for line in to_stdout.stdout.splitlines()] == local
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.jsonl"]  # no job folder in the working directory
