"""Every way in goes through sitreps.ingest: the same bad document (published in the future) and the same
document in a language with no pack (Polish) get the same treatment from `sitreps extract`, the extraction job
(the partition runner that Dask workers run), `sitreps ingest` on both engines (Dask: the job on a one-worker
cluster, then its bulk load), POST /api/documents and the feed watcher: the bad one fails with one line naming
the date, the Polish one gets no events and one line naming the language, and, where there is a store, is kept
without events."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from sitreps.cli import app
from sitreps.ingest import Summary
from sitreps.monitor.sources import Source
from sitreps.monitor.watch import Options, Watcher
from sitreps.scale.job import read_rejects, run
from sitreps.scale.partitions import plan
from sitreps.store.repo import Store
from sitreps.store.tables import DocumentRow, EventRow
from sitreps.web.app import create_app
from sitreps.web.settings import Settings
from tests.monitor.servers import Item, feed_server
from tests.web.posting import outcome

FUTURE = "2999-01-01"
POLISH = (
    "Rosyjska rakieta trafiła w budynek mieszkalny w Charkowie, zginęły trzy osoby, poinformował gubernator "
    "obwodu charkowskiego."
)
GOOD = "A Russian missile struck Kharkiv this morning, killing two civilians."
TOKEN = "t0ken"


def _is_bad(message: str) -> bool:
    return "in the future" in message


def _is_no_pack(message: str) -> bool:
    return "Polish" in message


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    path = tmp_path / "docs.jsonl"
    rows = [
        {"id": "bad", "text": GOOD, "published": FUTURE},
        {"id": "pl", "text": POLISH, "published": "2024-05-10"},
        {"id": "good", "text": GOOD, "published": "2024-05-10", "lang": "en"},
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _stored(store: Store) -> tuple[int, int]:
    return store.count(DocumentRow), store.count(EventRow)


def _check_summary(summary: Summary, store: Store) -> None:
    """The storing ways: one failed, one kept without events, one new with its event; a line for each problem."""
    assert (summary.documents_failed, summary.documents_without_pack, summary.documents_new) == (1, 1, 1)
    assert sum(map(_is_bad, summary.errors)) == 1 and sum(map(_is_no_pack, summary.errors)) == 1
    assert all("stored without events" in e for e in summary.errors if _is_no_pack(e))
    assert _stored(store) == (2, 1)


def test_extract_local_and_the_job_treat_them_alike(docs: Path, tmp_path: Path) -> None:
    local = CliRunner().invoke(app, ["extract", str(docs)])
    assert local.exit_code == 0, local.output
    lines = [line for line in local.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 2 and any(map(_is_bad, lines)) and any(map(_is_no_pack, lines))
    events = [json.loads(line) for line in local.stdout.splitlines()]

    out = tmp_path / "job"
    summary = run(plan([str(docs)]), out, engine="local")  # run_partition, what each Dask worker runs
    rejects = read_rejects(out)
    assert summary.documents == 1 and summary.rejects == 2
    assert [r["status"] for r in rejects if _is_bad(r["error"])] == ["failed"]
    assert [r["status"] for r in rejects if _is_no_pack(r["error"])] == ["no_pack"]
    from sitreps.scale.load import events as job_events

    assert [e.event_id for e in job_events(out)] == [e["event_id"] for e in events]


def test_ingest_bulk_load_post_and_watcher_treat_them_alike(
    docs: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # sitreps ingest (local engine)
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    result = CliRunner().invoke(app, ["ingest", str(docs), "--db", url, "--json"])
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout.splitlines()[-1])
    printed.pop("processed")
    _check_summary(Summary(**printed), Store(url))

    # sitreps ingest --engine dask: the job on a one-worker Dask cluster, then its bulk load
    dask_url = f"sqlite:///{tmp_path / 'dask.db'}"
    args = ["ingest", str(docs), "--db", dask_url, "--engine", "dask", "--workers", "1", "--work-dir"]
    result = CliRunner().invoke(app, [*args, str(tmp_path / "job"), "--json"])
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout.splitlines()[-1])
    printed.pop("processed")
    _check_summary(Summary(**printed), Store(dask_url))

    # POST /api/documents
    post_url = f"sqlite:///{tmp_path / 'post.db'}"
    posted = Store(post_url)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with TestClient(create_app(Settings(db_url=post_url, write_token=TOKEN), posted)) as c:
        bad = c.post("/api/documents", json={"text": GOOD, "published": FUTURE}, headers=auth)
        assert bad.status_code == 422 and _is_bad(bad.json()["error"])
        pl = outcome(c, c.post("/api/documents", json={"text": POLISH, "published": "2024-05-10"}, headers=auth))
        assert pl["status"] == "no_pack" and pl["stored"] and pl["events_new"] == 0 and pl["language"] == "pl"
        assert _is_no_pack(pl["note"]) and "stored without events" in pl["note"]
        posted_good = c.post(
            "/api/documents", json={"text": GOOD, "published": "2024-05-10", "lang": "en"}, headers=auth
        )
        good = outcome(c, posted_good)
        assert good["status"] == "stored" and good["events_new"] == 1
    assert _stored(posted) == (2, 1)

    # the feed watcher
    watched = Store(f"sqlite:///{tmp_path / 'watch.db'}")
    with feed_server() as (base, server), caplog.at_level(logging.WARNING, logger="sitreps.watch"):
        server.add("/feed", Item("bad", "Kharkiv", GOOD, "https://example.org/bad", "Fri, 01 Jan 2999 08:00:00 GMT"))
        server.add("/feed", Item("pl", "Charków", POLISH, "https://example.org/pl", "Fri, 10 May 2024 08:00:00 GMT"))
        server.add("/feed", Item("good", "", GOOD, "https://example.org/good", "Fri, 10 May 2024 08:00:00 GMT"))
        totals = Watcher(watched, [Source(f"{base}/feed", 0.1)], Options(max_polls=1, allow_private_urls=True)).run()
    summary = totals.summary  # the watcher logs each line instead of keeping it
    summary.errors = [getattr(r, "fields", {}).get("error", "") for r in caplog.records]
    summary.errors = [e for e in summary.errors if e]
    _check_summary(summary, watched)
