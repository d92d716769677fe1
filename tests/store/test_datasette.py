"""`datasette sitreps.db` on a store: its search box uses the FTS5 index of the evidence (and returns only the
rows that match), and datasette-cluster-map recognises the events' coordinates. Also for a store made before
the index named its content table in the form datasette looks for, once `sitreps migrate` has run."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sitreps.cli import app
from sitreps.ingest import ingest
from sitreps.store.repo import Store

datasette_app = pytest.importorskip("datasette.app")

SAMPLES = Path(__file__).resolve().parents[2] / "examples" / "seeds" / "documents.jsonl"
TERM = "Kharkiv"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("datasette") / "sitreps.db"
    store = Store(f"sqlite:///{path}")
    ingest(store, [str(SAMPLES)])
    store.engine.dispose()
    return path


def browse(path: Path) -> dict[str, Any]:
    """What datasette says about the store: its tables, a search of `sources`, the events page."""

    async def run() -> dict[str, Any]:
        ds = datasette_app.Datasette([str(path)])
        await ds.invoke_startup()
        name = path.stem
        tables = {t["name"]: t for t in (await ds.client.get(f"/{name}.json")).json()["tables"]}
        found = (await ds.client.get(f"/{name}/sources.json?_search={TERM}&_shape=objects&_size=max")).json()
        page = (await ds.client.get(f"/{name}/events")).text
        return {"tables": tables, "rows": found["rows"], "page": page}

    return asyncio.run(run())


def matching(path: Path) -> tuple[set[int], int]:
    """The ids of the sources whose evidence holds TERM (by the FTS index itself), and how many there are in all."""
    with sqlite3.connect(path) as c:
        ids = {r[0] for r in c.execute("SELECT rowid FROM sources_fts WHERE sources_fts MATCH ?", (TERM,))}
        total = c.execute("SELECT count(*) FROM sources").fetchone()[0]
    return ids, total


def test_datasette_searches_the_evidence_and_finds_the_coordinates(db: Path) -> None:
    seen = browse(db)
    assert seen["tables"]["sources"]["fts_table"] == "sources_fts"
    assert seen["tables"]["sources_fts"]["hidden"]
    ids, total = matching(db)
    assert 0 < len(ids) < total  # a search that tells rows apart
    assert {r["id"] for r in seen["rows"]} == ids
    assert all(TERM.casefold() in r["evidence"].casefold() for r in seen["rows"])
    # datasette-cluster-map finds latitude/longitude columns and draws the events on its map
    assert {"latitude", "longitude"} <= set(seen["tables"]["events"]["columns"])
    assert "datasette-cluster-map" in seen["page"] and '"latitude"' in seen["page"]


def test_migrate_fixes_the_index_of_an_older_store(db: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    with sqlite3.connect(db) as src, sqlite3.connect(old) as dst:
        src.backup(dst)
    ids, _ = matching(db)
    with sqlite3.connect(old) as c:  # as revision 0003 made it: content='sources' in single quotes
        c.execute("DROP TABLE sources_fts")
        c.execute("CREATE VIRTUAL TABLE sources_fts USING fts5(evidence, content='sources', content_rowid='id')")
        c.execute("INSERT INTO sources_fts(sources_fts) VALUES ('rebuild')")
        for table in ("event_records", "store_version", "event_summary"):  # revision 0005's, not yet there
            c.execute(f"DROP TABLE {table}")
        c.execute("DROP TABLE queued_documents")  # revision 0006's
        c.execute("DROP INDEX ix_events_aggregate_date")
        c.execute("DROP INDEX ix_events_lat_lon_fatalities")
        c.execute("UPDATE alembic_version SET version_num = '0003'")
    assert browse(old)["tables"]["sources"]["fts_table"] is None  # what datasette saw: its search matched all

    result = CliRunner().invoke(app, ["migrate", "--db", f"sqlite:///{old}"])
    assert result.exit_code == 0, result.output
    seen = browse(old)
    assert seen["tables"]["sources"]["fts_table"] == "sources_fts"
    assert {r["id"] for r in seen["rows"]} == ids == matching(old)[0]
    with sqlite3.connect(old) as c:
        sql = c.execute("SELECT sql FROM sqlite_master WHERE name = 'sources_fts'").fetchone()[0]
    assert 'content="sources"' in sql
    # the triggers feed the new index
    more = tmp_path / "more.jsonl"
    more.write_text(
        '{"id": "z", "published": "2024-05-10", "lang": "en", '
        '"text": "A Russian drone struck Zolochiv this morning, injuring two people."}\n'
    )
    store = Store(f"sqlite:///{old}")
    ingest(store, [str(more)])
    store.engine.dispose()
    with sqlite3.connect(old) as c:
        assert c.execute("SELECT count(*) FROM sources_fts WHERE sources_fts MATCH 'Zolochiv'").fetchone()[0] == 1
