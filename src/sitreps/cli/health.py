"""Health: doctor (is this machine ready), migrate (bring a store to the latest schema), reliability."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from sitreps.cli.common import DB_HELP, DEVELOPER, SEEDS, SHARED, PlainHelp, app, err


@app.command(cls=PlainHelp)
def doctor(db: Annotated[str | None, typer.Option(help=DB_HELP)] = None) -> None:
    """Check the environment: packages, language packs, gazetteer index, database, web assets; say what to fix."""
    from sitreps.doctor import checks

    results = checks(db)
    table = Table(title="sitreps doctor")
    for col in ("check", "", "found", "to fix"):
        table.add_column(col)
    for c in results:
        mark = "[green]ok[/green]" if c.ok else ("[red]FAIL[/red]" if c.required else "[yellow]missing[/yellow]")
        table.add_row(escape(c.name), mark, escape(c.found), escape(c.fix))  # 'sitreps[web]' is no markup
    Console().print(table)
    if any(c.required and not c.ok for c in results):
        raise typer.Exit(1)


@app.command(cls=PlainHelp)
def migrate(db: Annotated[str | None, typer.Option(help=DB_HELP)] = None) -> None:
    """Create the store, or bring it to the latest schema (every command that opens a store does this too)."""
    from sitreps.store.repo import Store

    store = Store(db)
    err.print(f"sitreps: {store.engine.url.render_as_string(hide_password=True)} is at the latest schema")


@app.command(cls=PlainHelp, rich_help_panel=DEVELOPER)
def reliability(
    fuzz_seconds: Annotated[int, typer.Option(help="Seconds of coverage-guided fuzzing of the readers.")] = 60,
    kills: Annotated[int, typer.Option(help="SIGKILLs of `sitreps ingest` at random moments.")] = 20,
    kill_docs: Annotated[int, typer.Option(help="Documents in the batch that gets killed.")] = 1000,
    pg_kills: Annotated[
        int, typer.Option(help="SIGKILLs of an ingest into PostgreSQL (a throwaway cluster; 0 skips).")
    ] = 10,
    clients: Annotated[int, typer.Option(help="Concurrent API clients in the load test.")] = 100,
    load_seconds: Annotated[int, typer.Option(help="Seconds of load (an ingest runs meanwhile).")] = 60,
    load_events: Annotated[
        int, typer.Option(help="Synthetic events added to the served store before the load (0: the seeds only).")
    ] = 100_000,
    workers: Annotated[int, typer.Option(min=1, help="Server processes during the load (serve --workers).")] = 2,
    post_every: Annotated[
        int, typer.Option(min=0, help="One request in this many POSTs an article (extracted in the server); 0: none.")
    ] = 25,
    seeds: Annotated[Path, typer.Option(help="Seed articles JSONL.")] = SEEDS,
    ged: Annotated[Path, typer.Option(help="UCDP GED JSONL whose headlines make the batch.")] = (
        SHARED / "data" / "ucdp_ged_ukraine" / "ged_ukraine_dev.jsonl"
    ),
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Hostile inputs, fuzzing, crash safety and load, with the figures (takes 5-10 minutes with the defaults)."""
    from sitreps.eval import crash, fuzz, hostile, load

    for path, flag in ((seeds, "--seeds"), (ged, "--ged")):
        if not path.exists():
            raise typer.BadParameter(f"{path} not found", param_hint=flag)
    rows: list[tuple[str, str, str]] = []
    out: dict[str, Any] = {}
    failed = False
    with tempfile.TemporaryDirectory(prefix="sitreps-reliability-") as tmp:
        work = Path(tmp)
        err.print("hostile inputs ...")
        h = hostile.run(work / "hostile", f"sqlite:///{work / 'hostile.db'}")
        bad = [f"{o.case.name}: {o.detail}" for o in h.outcomes if not o.clean]
        rows.append(("hostile inputs: handled cleanly / tried", f"{h.handled} / {h.tried}", "all"))
        rows.append(("  one batch of all of them", "ok" if h.batch_ok else h.batch_detail, "ok"))
        out["hostile"] = {"tried": h.tried, "handled": h.handled, "batch_ok": h.batch_ok, "failures": bad}
        failed |= bool(bad) or not h.batch_ok

        err.print(f"fuzzing the readers for {fuzz_seconds} s ...")
        fz = fuzz.run(work / "fuzz", seconds=fuzz_seconds)
        rows.append(("fuzz (atheris): executions; crashes", f"{fz.executions:,}; {fz.crashes}", "crashes 0"))
        rows.append(("  corpus kept / new inputs found", f"{fz.corpus_in} / {fz.corpus_found}", ""))
        out["fuzz"] = {k: v for k, v in fz.__dict__.items() if k != "output"}
        failed |= fz.crashes > 0

        err.print(f"killing ingest {kills} times ...")
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
                err.print(f"killing ingest into PostgreSQL {pg_kills} times ...")
                with pgcluster.cluster() as pg_url:
                    pg = crash.run(docs, work / "crash-pg", pg_kills, postgres=pg_url)
                rows.append(("  into PostgreSQL: runs; inconsistencies", f"{pg.kills}; {len(pg.inconsistencies)}", "0"))
                rows.append(("  finished batches equal to the uninterrupted run", f"{pg.batches}", ">= 1"))
                out["crash_postgresql"] = pg.__dict__
                failed |= bool(pg.inconsistencies) or pg.kills < pg_kills or pg.batches < 1
                cr.inconsistencies += [f"PostgreSQL: {i}" for i in pg.inconsistencies]

        err.print(f"{clients} clients for {load_seconds} s on {load_events:,} events while an ingest runs ...")
        ld = load.run(work / "load", seeds, docs, clients, load_seconds, load_events, workers, post_every)
        rows.append(("load: events stored; server processes", f"{load_events:,}; {workers}", ""))
        rows.append(("  requests; errors; lost writes", f"{ld.requests:,}; {ld.errors}; {ld.lost_writes}", "0; 0"))
        rows.append(("  latency p50 / p95 / p99", f"{ld.p50_ms:.0f} / {ld.p95_ms:.0f} / {ld.p99_ms:.0f} ms", ""))
        rows.append(("  requests/s; articles POSTed; 304s", f"{ld.rate:.0f}; {ld.posted}; {ld.not_modified:,}", ""))
        out["load"] = {**ld.__dict__, "requests_per_s": ld.rate}
        failed |= ld.errors > 0 or ld.lost_writes > 0
    if as_json:
        print(json.dumps(out, default=str))
    else:
        table = Table(title="sitreps reliability")
        for col, justify in (("measure", "left"), ("value", "right"), ("must be", "right")):
            table.add_column(col, justify=justify)  # type: ignore[arg-type]
        for r in rows:
            table.add_row(*r)
        Console().print(table)
        for line in out["hostile"]["failures"] + cr.inconsistencies[:5] + ld.error_samples:
            err.print(f"  {line}", highlight=False)
    if failed:
        raise typer.Exit(1)
