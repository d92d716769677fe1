"""A third-party export format, installed through the entry-point group `sitreps.exporters` (a dist-info folder
on sys.path, as pip would leave it), is offered by `sitreps export` (its --help and --format) and by the API, and
is handed the stored events as typed records (`StoredEvent`), never dicts."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from sitreps.cli import app
from sitreps.export.formats import GROUP, exporters
from sitreps.ingest import ingest
from sitreps.store.repo import Store
from sitreps.web.app import create_app
from sitreps.web.settings import Settings
from tests.conftest import SEEDS, need

PLUGIN = '''
from sitreps.export.formats import ExportFormat
from sitreps.store.records import StoredEvent


def _records(records):
    for r in records:
        if not isinstance(r, StoredEvent):
            raise TypeError(f"an exporter is handed StoredEvent records, not {type(r).__name__}")
        yield r


def stream(records, **options):
    yield f"{sum(1 for r in _records(records) if r.event_id)} events, counted by a plugin\\n"


def write_to(records, f, **options):
    records = list(records)
    f.write("".join(stream(records)))
    return len(records)


EXPORTER = ExportFormat("tally", "text/plain; charset=utf-8", "tally", write_to, stream, description="a count")
'''


@pytest.fixture
def plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    site = tmp_path / "site"
    info = site / "tally_exporter-1.0.dist-info"
    info.mkdir(parents=True)
    (site / "tally_exporter.py").write_text(PLUGIN)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: tally-exporter\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(f"[{GROUP}]\ntally = tally_exporter:EXPORTER\n")
    monkeypatch.syspath_prepend(str(site))
    return "tally"


def test_builtins_are_registered() -> None:
    found = exporters()
    assert list(found)[:4] == ["acled-csv", "geojson", "jsonl", "parquet"]
    assert {f.suffix for f in found.values()} >= {"csv", "geojson", "jsonl", "parquet"}
    assert found["parquet"].binary and found["parquet"].stream is None


def test_a_plugin_format_is_offered_by_the_cli_and_the_api(plugin: str, tmp_path: Path) -> None:
    assert plugin in exporters()
    runner = CliRunner()
    help_text = runner.invoke(app, ["export", "--help"], terminal_width=200).output
    assert plugin in help_text and "parquet" in help_text
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    store = Store(url)
    out = tmp_path / "events.tally"
    done = runner.invoke(app, ["export", "--db", url, "--format", plugin, "-o", str(out)])
    assert done.exit_code == 0, done.output
    assert out.read_text() == "0 events, counted by a plugin\n"
    with TestClient(create_app(Settings(db_url=url), store)) as client:
        listed = client.get("/api/export/formats").json()
        assert plugin in [f["name"] for f in listed] and "acled-csv" in [f["name"] for f in listed]
        r = client.get("/api/export", params={"format": plugin})
        assert r.status_code == 200 and r.text == "0 events, counted by a plugin\n"
        assert r.headers["content-type"].startswith("text/plain")
        assert 'filename="sitreps-events.tally"' in r.headers["content-disposition"]
        assert client.get("/api/export", params={"format": "nope"}).status_code == 422


def test_without_the_plugin_the_format_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    Store(url)
    refused = CliRunner().invoke(app, ["export", "--db", url, "--format", "tally"])
    assert refused.exit_code == 2


def test_a_plugin_is_handed_records_by_the_cli_and_the_api(plugin: str, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'seeds.db'}"
    store = Store(url)
    ingest(store, [str(need(SEEDS / "documents.jsonl"))])
    n = sum(1 for _ in store.events())
    assert n > 0
    out = tmp_path / "events.tally"
    done = CliRunner().invoke(app, ["export", "--db", url, "--format", plugin, "-o", str(out)])
    assert done.exit_code == 0, done.output  # the plugin raises TypeError on anything but a StoredEvent
    assert out.read_text() == f"{n} events, counted by a plugin\n"
    with TestClient(create_app(Settings(db_url=url), store)) as client:
        assert client.get("/api/export", params={"format": plugin}).text == f"{n} events, counted by a plugin\n"
