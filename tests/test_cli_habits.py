"""CLI habits: `-o -` is stdout, --country takes codes and names, read-only commands refuse a database that is
not there, `ingest --json`."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from sitreps.cli import app
from tests.conftest import SEEDS, need

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('habits') / 's.db'}"
    result = runner.invoke(app, ["ingest", str(need(SEEDS / "documents.jsonl")), "--db", url, "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["documents_new"] == 5 and summary["events_new"] > 10 and summary["errors"] == []
    return url


def test_export_dash_is_stdout(db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    file = tmp_path / "e.jsonl"
    assert runner.invoke(app, ["export", "--db", db, "-o", str(file)]).exit_code == 0
    result = runner.invoke(app, ["export", "--db", db, "-o", "-"])
    assert result.exit_code == 0, result.output
    assert result.stdout == file.read_text() and not (tmp_path / "-").exists()
    csv = runner.invoke(app, ["export", "--db", db, "--format", "acled-csv", "-o", "-"])
    assert csv.stdout.startswith("event_id_cnty,event_date,")
    binary = runner.invoke(app, ["export", "--db", db, "--format", "parquet", "-o", "-"])
    assert binary.exit_code == 0 and pq.read_table(io.BytesIO(binary.stdout_bytes)).num_rows == len(
        file.read_text().splitlines()
    )


def test_extract_dash_is_stdout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    text = "Un drone russo ha colpito stamattina un palazzo a Kharkiv, ferendo tre persone."
    result = runner.invoke(app, ["extract", "-", "--published", "2024-06-01", "--lang", "it", "-o", "-"], input=text)
    assert result.exit_code == 0 and json.loads(result.stdout)["location"]["name"] == "Kharkiv"
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize("name", ["UA", "ua", "UKR", "Ukraine", "Ucraina", "Україна", "Украина"])
def test_country_codes_and_names(db: str, name: str) -> None:
    by_code = runner.invoke(app, ["export", "--db", db, "--country", "UA", "-o", "-"]).stdout
    result = runner.invoke(app, ["export", "--db", db, "--country", name, "-o", "-"])
    assert result.exit_code == 0, result.output
    assert result.stdout == by_code and by_code.count("\n") > 5


def test_unknown_country_is_refused(db: str) -> None:
    result = runner.invoke(app, ["export", "--db", db, "--country", "Narnia", "-o", "-"])
    assert result.exit_code == 2 and "Narnia" in result.output and result.stdout.count("event_id") == 0


@pytest.mark.parametrize(
    "command",
    [["export", "-o", "-"], ["brief", "--date", "2025-01-04"], ["serve", "--port", "1"]],
)
def test_read_only_commands_refuse_a_missing_database(command: list[str], tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    result = runner.invoke(app, [*command, "--db", str(missing)])
    assert result.exit_code == 2 and "no database at" in result.output
    assert not missing.exists()


@pytest.mark.parametrize("command", [[], ["extract"], ["ingest"], ["export"], ["brief"], ["serve"], ["bench"]])
def test_help_has_no_type_placeholders(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"], terminal_width=200)
    assert result.exit_code == 0
    assert not re.search(r"<(str|bool|path|int|float)>|\bTEXT\b|\bPATH\b", result.stdout), result.stdout


def test_developer_commands_are_grouped_apart() -> None:
    text = runner.invoke(app, ["--help"], terminal_width=200).stdout
    main, developer = text.split("Developer commands")
    assert all(f" {c} " in developer and f" {c} " not in main for c in ("bench", "reliability", "ged-gold"))
    assert all(f" {c} " in main for c in ("extract", "ingest", "export", "serve"))


def test_quiet_keeps_only_errors(db: str, tmp_path: Path) -> None:
    loud = runner.invoke(app, ["export", "--db", db, "-o", str(tmp_path / "a.jsonl")])
    assert "events written" in loud.stderr
    quiet = runner.invoke(app, ["-q", "export", "--db", db, "-o", str(tmp_path / "b.jsonl")])
    assert quiet.exit_code == 0 and quiet.stderr == ""
    assert (tmp_path / "a.jsonl").read_text() == (tmp_path / "b.jsonl").read_text()
    (tmp_path / "empty.txt").write_text("")
    failed = runner.invoke(app, ["-q", "extract", str(tmp_path / "empty.txt")])
    assert failed.exit_code == 1 and "empty" in failed.stderr
