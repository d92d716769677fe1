"""Kill an ingest mid-batch with a real signal, rerun it, and get exactly the uninterrupted result."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from sitreps.eval.ged import convert
from sitreps.store.records import event_record
from sitreps.store.repo import Store
from tests.conftest import GED, need

N_DOCS = 1000


def _corpus(path: Path) -> None:
    documents, _ = convert(need(GED))
    seeds = need(GED.parents[2] / "seeds" / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.dumps(d) for d in documents] + seeds
    while len(rows) < N_DOCS:  # the GED bundles and seeds again under new ids: same texts, skipped as known
        rows.append(rows[len(rows) % len(documents)])
    path.write_text("\n".join(rows[:N_DOCS]) + "\n", encoding="utf-8")


def _ingest(docs: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "sitreps", "ingest", str(docs), "--db", f"sqlite:///{db}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _stored_documents(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as c:
            return int(c.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


def _snapshot(db: Path) -> list[tuple[Any, ...]]:
    out = []
    for r in (event_record(e) for e in Store(f"sqlite:///{db}").events()):
        out.append(
            (
                r["event_id"],
                r["event_type"],
                r["event_date"],
                r["location"]["geonames_id"],
                json.dumps(r["fatalities"]),
                tuple(sorted(s["doc_id"] for s in r["sources"])),
            )
        )
    return sorted(out)


def test_kill_mid_batch_then_rerun_equals_one_uninterrupted_run(tmp_path: Path) -> None:
    docs = tmp_path / "docs.jsonl"
    _corpus(docs)
    clean, killed = tmp_path / "clean.db", tmp_path / "killed.db"
    assert _ingest(docs, clean).wait(timeout=600) == 0

    proc = _ingest(docs, killed)
    deadline = time.monotonic() + 300
    while _stored_documents(killed) < 150 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "the batch ended before it could be interrupted"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    partial = _stored_documents(killed)
    assert 0 < partial < _stored_documents(clean)

    assert _ingest(docs, killed).wait(timeout=600) == 0
    assert _snapshot(killed) == _snapshot(clean)
