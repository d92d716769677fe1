from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sitreps.cli import app
from tests.conftest import GOLD, SEEDS, need

runner = CliRunner()


def test_extract_jsonl_and_exit_codes(tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["extract", str(need(SEEDS / "documents.jsonl")), "-o", str(out)])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in out.read_text().splitlines()]
    assert {e["sources"][0]["doc_id"] for e in events} >= {"it_2022-02-27_kharkiv-entry"}
    (tmp_path / "empty.txt").write_text("")
    result = runner.invoke(app, ["extract", str(tmp_path / "empty.txt")])
    assert result.exit_code == 1 and "empty" in result.output
    result = runner.invoke(app, ["extract", "x.txt", "--published", "13/2022"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output
    result = runner.invoke(app, ["extract", "x.txt", "--lang", "xx"])
    assert result.exit_code == 2 and "no pack" in result.output


def test_extract_stdin_text() -> None:
    text = "Un drone russo ha colpito stamattina un palazzo a Kharkiv, ferendo tre persone."
    result = runner.invoke(app, ["extract", "-", "--published", "2024-06-01", "--lang", "it"], input=text)
    assert result.exit_code == 0, result.output
    (event,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert event["location"]["name"] == "Kharkiv" and event["event_date"] == "2024-06-01"
    assert event["injured"]["best"] == 3


def test_extract_table() -> None:
    result = runner.invoke(app, ["extract", str(need(SEEDS / "it_2025-01-04_weekly-raids.txt")), "--format", "table"])
    assert result.exit_code == 0 and "Kharkiv" in result.stdout


def test_evaluate_prints_scores() -> None:
    result = runner.invoke(
        app, ["evaluate", "--gold", str(need(GOLD)), "--docs", str(need(SEEDS / "documents.jsonl")), "--json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["f1"] >= 0.8


def test_ingest_twice_and_export(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 's.db'}"
    first = runner.invoke(app, ["ingest", str(need(SEEDS / "documents.jsonl")), "--db", db])
    assert first.exit_code == 0 and "5 new" in first.stdout, first.output
    again = runner.invoke(app, ["ingest", str(SEEDS / "documents.jsonl"), "--db", db])
    assert again.exit_code == 0 and "0 new" in again.stdout and "unchanged since last ingest: 1" in again.stdout
    out = tmp_path / "e.csv"
    result = runner.invoke(app, ["export", "--format", "acled-csv", "--db", db, "--country", "RU", "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text().splitlines()
    assert lines[0].startswith("event_id_cnty,event_date,year,time_precision") and len(lines) > 3
    assert all(",Russia," in line for line in lines[1:])
    bad = runner.invoke(app, ["export", "--db", db, "--type", "Skirmish"])
    assert bad.exit_code == 2 and "ACLED types" in bad.output
