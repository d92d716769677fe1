"""Crash safety: kill `sitreps ingest` with SIGKILL at random moments, check the store after every kill, and
check that a rerun gives exactly the events of an uninterrupted run.

Each kill round resumes the same batch where the previous one died, so the kills land at different points
of it (some while the program is still starting, most mid-write). Each document is one transaction, in
SQLite (WAL mode) and in PostgreSQL alike: a kill may lose the document being written, never half of one.
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

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


def _ingest(docs: Path, url: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "sitreps", "ingest", str(docs), "--db", url],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


class Target:
    """A store to kill ingests into: a SQLite file, or a database of a PostgreSQL server (`admin_url` is its
    maintenance database), created afresh by reset()."""

    def __init__(self, work: Path, name: str, admin_url: str | None = None) -> None:
        self.admin_url, self.name = admin_url, name
        self.path = work / f"{name}.db"
        self.url = admin_url.rsplit("/", 1)[0] + f"/{name}" if admin_url else f"sqlite:///{self.path}"

    def reset(self) -> None:
        if self.admin_url is None:
            for f in self.path.parent.glob(f"{self.path.name}*"):
                f.unlink()
            return
        admin = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            c.execute(text(f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)"))
            c.execute(text(f"CREATE DATABASE {self.name}"))
        admin.dispose()

    def _engine(self) -> Engine:
        if self.admin_url is None:  # read-only: looking must never create the file or change it
            ro = f"sqlite:///file:{self.path}?mode=ro&uri=true"
            return create_engine(ro, connect_args={"timeout": 1}, poolclass=NullPool)
        return create_engine(self.url, connect_args={"connect_timeout": 5}, poolclass=NullPool)

    def documents(self) -> int:
        if self.admin_url is None and not self.path.exists():
            return 0
        engine = self._engine()
        try:
            with engine.connect() as c:
                return int(c.execute(text("SELECT count(*) FROM documents")).scalar_one())
        except SQLAlchemyError:  # not there yet, or the schema is being created
            return 0
        finally:
            engine.dispose()

    def consistency(self) -> list[str]:
        """What is wrong with the store (empty: nothing)."""
        if self.admin_url is None and not self.path.exists():
            return []
        engine = self._engine()
        try:
            with engine.connect() as c:
                return _problems(c, sqlite=self.admin_url is None)
        finally:
            engine.dispose()


CHECKS = {
    "events without a source": "SELECT count(*) FROM events e WHERE NOT EXISTS "
    "(SELECT 1 FROM sources s WHERE s.event_id = e.id)",
    "sources of missing documents": "SELECT count(*) FROM sources s WHERE NOT EXISTS "
    "(SELECT 1 FROM documents d WHERE d.id = s.document_id)",
    "figures of missing sources": "SELECT count(*) FROM count_reports r WHERE NOT EXISTS "
    "(SELECT 1 FROM sources s WHERE s.id = r.source_id)",
}


def _problems(c: Connection, sqlite: bool) -> list[str]:
    problems = []
    if sqlite:
        if c.execute(text("PRAGMA journal_mode")).scalar() != "wal":
            problems.append("not in WAL mode")
        if c.execute(text("PRAGMA integrity_check")).scalar() != "ok":
            problems.append("integrity_check failed")
    if "events" not in inspect(c).get_table_names():
        return problems  # killed before the schema was created: nothing to be inconsistent
    checks = dict(CHECKS)
    if sqlite:
        if c.execute(text("PRAGMA foreign_key_check")).first() is not None:
            problems.append("foreign_key_check failed")
        checks["full-text rows out of step"] = (
            "SELECT (SELECT count(*) FROM sources) - (SELECT count(*) FROM sources_fts)"
        )
    for name, sql in checks.items():
        if n := c.execute(text(sql)).scalar():
            problems.append(f"{n} {name}")
    return problems


def snapshot(url: str) -> list[tuple[Any, ...]]:
    """The stored events, comparable across two stores (ids, types, dates, places, counts, sources)."""
    from sitreps.store.repo import Store

    store = Store(url)
    rows = []
    for r in store.events():
        rows.append(
            (
                r.event_id,
                r.event_type,
                r.event_date.isoformat(),
                r.location.geonames_id,
                json.dumps(r.fatalities.model_dump() if r.fatalities else None),
                tuple(sorted(s.doc_id for s in r.sources)),
            )
        )
    store.engine.dispose()
    return sorted(rows)


def _compare(target: Target, expected: list[tuple[Any, ...]]) -> list[str]:
    problems = target.consistency()
    got = snapshot(target.url)
    if got != expected:
        problems.append(f"{len(set(got) ^ set(expected))} events differ from the uninterrupted run")
    return problems


def run(
    docs: Path, work: Path, kills: int, seed: int = 8, budget_s: float = 600, postgres: str | None = None
) -> CrashReport:
    """One uninterrupted ingest of `docs`, then `kills` killed ones into another store (checked after each),
    resumed until the batch ends (and then started afresh while kills are left): every finished batch must
    hold exactly the events of the uninterrupted one. SQLite files under `work`, or databases of the
    PostgreSQL server whose maintenance database URL is `postgres`."""
    rnd = random.Random(seed)
    work.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    report = CrashReport()
    clean, killed = Target(work, "crash_clean", postgres), Target(work, "crash_killed", postgres)
    clean.reset()
    killed.reset()
    t0 = time.monotonic()
    proc = _ingest(docs, clean.url)
    while proc.poll() is None and clean.documents() == 0:
        time.sleep(0.05)
    startup = time.monotonic() - t0
    if proc.wait(timeout=budget_s) != 0:
        report.inconsistencies.append("the uninterrupted ingest failed")
        return report
    writing = time.monotonic() - t0 - startup
    total = clean.documents()
    expected = snapshot(clean.url)
    while report.kills < kills and time.monotonic() - started < budget_s:
        left = writing * (1 - killed.documents() / total)
        proc = _ingest(docs, killed.url)
        time.sleep(rnd.uniform(0.1, startup + left))  # a random moment of what is left of the batch
        if proc.poll() is not None:  # the batch finished before this kill: check it, then start it afresh
            report.batches += 1
            report.inconsistencies += [f"batch {report.batches}: {p}" for p in _compare(killed, expected)]
            killed.reset()
            continue
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        report.kills += 1
        report.inconsistencies += [f"after kill {report.kills}: {p}" for p in killed.consistency()]
    if _ingest(docs, killed.url).wait(timeout=budget_s) != 0:
        report.inconsistencies.append("the rerun after the kills failed")
        return report
    report.batches += 1
    report.inconsistencies += [f"batch {report.batches}: {p}" for p in _compare(killed, expected)]
    report.events = len(expected)
    report.documents = total
    report.seconds = time.monotonic() - started
    return report
