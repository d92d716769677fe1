"""The same job in one process and on a local Dask cluster gives the same events, also when a worker is
killed mid-job; bad documents go to the rejects file; reruns skip what is done."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from sitreps.documents.model import Document
from sitreps.events.model import Event
from sitreps.scale import generate
from sitreps.scale.job import read_rejects, run
from sitreps.scale.load import events, load
from sitreps.scale.partitions import plan
from sitreps.store.repo import Store
from sitreps.store.tables import DocumentRow, EventRow

N_DOCS = 2000
PARTITION = 125


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate.write(tmp_path_factory.mktemp("corpus") / "docs.jsonl", N_DOCS, seed=3)


@pytest.fixture(scope="module")
def single(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Event]]:
    out = tmp_path_factory.mktemp("single")
    summary = run(plan([str(corpus)], PARTITION), out, engine="local")
    assert summary.documents == N_DOCS and summary.rejects == 0
    return out, events(out)


def test_generated_events_are_all_found_once(corpus: Path, single: tuple[Path, list[Event]]) -> None:
    assert generate.check(corpus, single[1]) == (0, 0)


def test_dask_gives_the_same_events_even_when_a_worker_is_killed(
    corpus: Path, single: tuple[Path, list[Event]], tmp_path: Path
) -> None:
    from distributed import Client, LocalCluster

    parts = plan([str(corpus)], PARTITION)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        out = tmp_path / "dask"
        summary = run(parts, out, engine="dask", scheduler=cluster.scheduler_address)
        assert summary.workers == 2
        assert events(out) == single[1]

        killed = tmp_path / "killed"
        with Client(cluster.scheduler_address) as client:
            pids = list(client.run(os.getpid).values())

        def kill_one() -> None:  # once a few partitions are written, kill a worker outright
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                if len(list((killed / "done").glob("*.json"))) >= 2:
                    os.kill(pids[0], signal.SIGKILL)
                    return
                time.sleep(0.05)

        killer = threading.Thread(target=kill_one)
        killer.start()
        run(parts, killed, engine="dask", scheduler=cluster.scheduler_address)
        killer.join()
        assert len(list((killed / "done").glob("*.json"))) == len(parts)
        assert events(killed) == single[1]


def test_rejects_and_idempotent_rerun(tmp_path: Path) -> None:
    docs = tmp_path / "docs.jsonl"
    good = {"id": "ok", "lang": "en", "published": "2024-05-10", "text": "Heavy fighting was reported near Kupiansk."}
    docs.write_text(json.dumps(good) + "\nnot json\n" + json.dumps({"id": "x", "text": ""}) + "\n")
    out = tmp_path / "job"
    first = run(plan([str(docs)]), out)
    assert (first.documents, first.rejects) == (1, 2)
    first_events = events(out)
    assert first_events, "the good document gives an event"
    errors = [r["error"] for r in read_rejects(out)]
    assert any("docs.jsonl:2" in e and "not JSON" in e for e in errors)
    again = run(plan([str(docs)]), out)
    assert again.skipped_partitions == again.partitions == 1 and events(out) == first_events


def test_bulk_load_matches_document_by_document_ingest(
    single: tuple[Path, list[Event]], tmp_path: Path
) -> None:
    from sitreps.ingest import ingest

    manifest = json.loads((single[0] / "manifest.json").read_text())
    texts = [json.loads(line)["text"] for line in Path(manifest[0]["paths"][0]).read_text().splitlines()]
    distinct = len({Document("x", text, date(2024, 1, 1)).text_hash for text in texts})  # repeats are stored once
    bulk = Store(f"sqlite:///{tmp_path / 'bulk.db'}")
    assert sum(o.stored for o in load(bulk, single[0])) == distinct == bulk.count(DocumentRow)
    assert not any(o.stored for o in load(bulk, single[0]))  # loading again adds nothing
    one_by_one = Store(f"sqlite:///{tmp_path / 'one.db'}")
    ingest(one_by_one, [manifest[0]["paths"][0]])
    assert bulk.count(EventRow) == one_by_one.count(EventRow)
