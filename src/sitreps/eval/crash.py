"""Crash safety: kill `sitreps ingest` with SIGKILL at random moments, check the store after every kill, and
check that a final rerun gives exactly the events of an uninterrupted run.

Each kill round resumes the same batch where the previous one died, so the kills land at different points
of it (some while the program is still starting, most mid-write). The store is SQLite in WAL mode and each
document is one transaction: a kill may lose the document being written, never half of one.
"""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitreps.eval.ged import convert


@dataclass
class CrashReport:
    kills: int = 0
    inconsistencies: list[str] = field(default_factory=list)
    batches: int = 0  # killed batches rerun to the end and compared with the uninterrupted one
    documents: int = 0
    events: int = 0
    seconds: float = 0.0


def corpus(ged: Path, seeds: Path, out: Path, n_docs: int) -> Path:
    """n_docs JSONL documents: GED headline bundles and the seeds, then the same texts again under new ids
    (skipped as known: the rerun logic is exercised too)."""
    documents, _ = convert(ged)
    rows = [json.dumps(d) for d in documents] + seeds.read_text(encoding="utf-8").splitlines()
    while len(rows) < n_docs:
        row = json.loads(rows[len(rows) % len(documents)])
        row["id"] = f"{row['id']}-again-{len(rows)}"
        rows.append(json.dumps(row))
    out.write_text("\n".join(rows[:n_docs]) + "\n", encoding="utf-8")
    return out


def _ingest(docs: Path, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "sitreps", "ingest", str(docs), "--db", f"sqlite:///{db}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _documents(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as c:
            return int(c.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:  # not there yet, or the schema is being created
        return 0


def consistency(db: Path) -> list[str]:
    """What is wrong with the store at `db` (empty: nothing)."""
    if not db.exists():
        return []
    problems = []
    with sqlite3.connect(db, timeout=30) as c:
        if c.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            problems.append("not in WAL mode")
        if c.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            problems.append("integrity_check failed")
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "events" not in tables:
            return problems  # killed before the schema was created: nothing to be inconsistent
        if c.execute("PRAGMA foreign_key_check").fetchone() is not None:
            problems.append("foreign_key_check failed")
        checks = {
            "events without a source": "SELECT count(*) FROM events e WHERE NOT EXISTS "
            "(SELECT 1 FROM sources s WHERE s.event_id = e.id)",
            "sources of missing documents": "SELECT count(*) FROM sources s WHERE NOT EXISTS "
            "(SELECT 1 FROM documents d WHERE d.id = s.document_id)",
            "full-text rows out of step": "SELECT (SELECT count(*) FROM sources) - (SELECT count(*) FROM sources_fts)",
        }
        for name, sql in checks.items():
            if n := c.execute(sql).fetchone()[0]:
                problems.append(f"{n} {name}")
    return problems


def snapshot(db: Path) -> list[tuple[Any, ...]]:
    """The stored events, comparable across two stores (ids, types, dates, places, counts, sources)."""
    from sitreps.store.records import event_record
    from sitreps.store.repo import Store

    store = Store(f"sqlite:///{db}")
    rows = []
    for r in (event_record(e) for e in store.events()):
        rows.append(
            (
                r["event_id"],
                r["event_type"],
                r["event_date"],
                r["location"]["geonames_id"],
                json.dumps(r["fatalities"]),
                tuple(sorted(s["doc_id"] for s in r["sources"])),
            )
        )
    store.engine.dispose()
    return sorted(rows)


def _compare(db: Path, expected: list[tuple[Any, ...]]) -> list[str]:
    problems = consistency(db)
    got = snapshot(db)
    if got != expected:
        problems.append(f"{len(set(got) ^ set(expected))} events differ from the uninterrupted run")
    return problems


def run(docs: Path, work: Path, kills: int, seed: int = 8, budget_s: float = 600) -> CrashReport:
    """One uninterrupted ingest of `docs`, then `kills` killed ones into another store (checked after each),
    resumed until the batch ends (and then started afresh while kills are left): every finished batch must
    hold exactly the events of the uninterrupted one."""
    rnd = random.Random(seed)
    work.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    report = CrashReport()
    clean, killed = work / "clean.db", work / "killed.db"
    t0 = time.monotonic()
    proc = _ingest(docs, clean)
    while proc.poll() is None and _documents(clean) == 0:
        time.sleep(0.05)
    startup = time.monotonic() - t0
    if proc.wait(timeout=budget_s) != 0:
        report.inconsistencies.append("the uninterrupted ingest failed")
        return report
    writing = time.monotonic() - t0 - startup
    total = _documents(clean)
    expected = snapshot(clean)
    while report.kills < kills and time.monotonic() - started < budget_s:
        left = writing * (1 - _documents(killed) / total)
        proc = _ingest(docs, killed)
        time.sleep(rnd.uniform(0.1, startup + left))  # a random moment of what is left of the batch
        if proc.poll() is not None:  # the batch finished before this kill: check it, then start it afresh
            report.batches += 1
            report.inconsistencies += [f"batch {report.batches}: {p}" for p in _compare(killed, expected)]
            for f in work.glob(f"{killed.name}*"):
                f.unlink()
            continue
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        report.kills += 1
        report.inconsistencies += [f"after kill {report.kills}: {p}" for p in consistency(killed)]
    if _ingest(docs, killed).wait(timeout=budget_s) != 0:
        report.inconsistencies.append("the rerun after the kills failed")
        return report
    report.batches += 1
    report.inconsistencies += [f"batch {report.batches}: {p}" for p in _compare(killed, expected)]
    report.events = len(expected)
    report.documents = total
    report.seconds = time.monotonic() - started
    return report
