"""`sitreps reliability`: hostile inputs, fuzzing, SIGKILLs of an ingest (SQLite, and PostgreSQL when there),
and load. The report is built here; the CLI prints it."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sitreps.eval.report import Report


def build(
    seeds: Path,
    ged: Path,
    fuzz_seconds: int = 60,
    kills: int = 20,
    kill_docs: int = 1000,
    pg_kills: int = 10,
    clients: int = 100,
    load_seconds: int = 60,
    load_events: int = 100_000,
    workers: int = 2,
    post_rate: float = 4.0,
    progress: Callable[[str], None] = lambda _: None,
) -> Report:
    from sitreps.eval import crash, fuzz, hostile, load

    report = Report("sitreps reliability", (("measure", "left"), ("value", "right"), ("must be", "right")))
    rows, out = report.rows, report.data
    failed = False
    with tempfile.TemporaryDirectory(prefix="sitreps-reliability-") as tmp:
        work = Path(tmp)
        progress("hostile inputs ...")
        h = hostile.run(work / "hostile", f"sqlite:///{work / 'hostile.db'}")
        bad = [f"{o.case.name}: {o.detail}" for o in h.outcomes if not o.clean]
        rows.append(("hostile inputs: handled cleanly / tried", f"{h.handled} / {h.tried}", "all"))
        rows.append(("  one batch of all of them", "ok" if h.batch_ok else h.batch_detail, "ok"))
        out["hostile"] = {"tried": h.tried, "handled": h.handled, "batch_ok": h.batch_ok, "failures": bad}
        failed |= bool(bad) or not h.batch_ok

        progress(f"fuzzing the readers for {fuzz_seconds} s ...")
        fz = fuzz.run(work / "fuzz", seconds=fuzz_seconds)
        rows.append(("fuzz (atheris): executions; crashes", f"{fz.executions:,}; {fz.crashes}", "crashes 0"))
        rows.append(("  corpus kept / new inputs found", f"{fz.corpus_in} / {fz.corpus_found}", ""))
        out["fuzz"] = {k: v for k, v in fz.__dict__.items() if k != "output"}
        failed |= fz.crashes > 0

        progress(f"killing ingest {kills} times ...")
        docs = crash.corpus(ged, seeds, work / "batch.jsonl", kill_docs)
        cr = crash.run(docs, work / "crash", kills)
        rows.append(("SIGKILL runs into SQLite; inconsistencies found", f"{cr.kills}; {len(cr.inconsistencies)}", "0"))
        rows.append(("  finished batches equal to the uninterrupted run", f"{cr.batches}", ">= 1"))
        out["crash"] = cr.__dict__
        failed |= bool(cr.inconsistencies) or cr.kills < kills or cr.batches < 1

        if pg_kills:
            from sitreps.eval import pgcluster

            reason = pgcluster.missing_reason()
            if reason:
                rows.append(("SIGKILL runs into PostgreSQL", f"skipped: {reason}", ""))
            else:
                progress(f"killing ingest into PostgreSQL {pg_kills} times ...")
                with pgcluster.cluster() as pg_url:
                    pg = crash.run(docs, work / "crash-pg", pg_kills, postgres=pg_url)
                rows.append(("  into PostgreSQL: runs; inconsistencies", f"{pg.kills}; {len(pg.inconsistencies)}", "0"))
                rows.append(("  finished batches equal to the uninterrupted run", f"{pg.batches}", ">= 1"))
                out["crash_postgresql"] = pg.__dict__
                failed |= bool(pg.inconsistencies) or pg.kills < pg_kills or pg.batches < 1
                cr.inconsistencies += [f"PostgreSQL: {i}" for i in pg.inconsistencies]

        progress(f"{clients} clients for {load_seconds} s on {load_events:,} events while an ingest runs ...")
        ld = load.run(work / "load", seeds, docs, clients, load_seconds, load_events, workers, post_rate)
        rows.append(("load: events stored; server processes", f"{load_events:,}; {workers}", ""))
        rows.append(("  requests; errors; lost writes", f"{ld.requests:,}; {ld.errors}; {ld.lost_writes}", "0; 0"))
        rows.append(("  latency p50 / p95 / p99", f"{ld.p50_ms:.0f} / {ld.p95_ms:.0f} / {ld.p99_ms:.0f} ms", ""))
        rows.append(("  requests/s; articles POSTed; 304s", f"{ld.rate:.0f}; {ld.posted}; {ld.not_modified:,}", ""))
        rows.append(
            (
                "  documents stored during the load; queue drained after (s)",
                f"{ld.stored_during}; {ld.drain_seconds:.0f}",
                "",
            )
        )
        out["load"] = {**ld.__dict__, "requests_per_s": ld.rate}
        failed |= ld.errors > 0 or ld.lost_writes > 0
    failures: list[Any] = out["hostile"]["failures"]
    report.notes = [*failures, *cr.inconsistencies[:5], *ld.error_samples]
    report.failed = failed
    return report
