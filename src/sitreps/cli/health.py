"""Health: doctor (is this machine ready), migrate (bring a store to the latest schema), reliability."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from sitreps.cli.common import DB_HELP, DEVELOPER, SEEDS, SHARED, PlainHelp, app, err, print_report


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
    post_rate: Annotated[
        float, typer.Option(min=0, help="Articles POSTed per second during the load (queued for the writer); 0: none.")
    ] = 4.0,
    seeds: Annotated[Path, typer.Option(help="Seed articles JSONL.")] = SEEDS,
    ged: Annotated[Path, typer.Option(help="UCDP GED JSONL whose headlines make the batch.")] = (
        SHARED / "data" / "ucdp_ged_ukraine" / "ged_ukraine_dev.jsonl"
    ),
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Hostile inputs, fuzzing, crash safety and load, with the figures (takes 5-10 minutes with the defaults)."""
    from sitreps.eval.reliability import build

    for path, flag in ((seeds, "--seeds"), (ged, "--ged")):
        if not path.exists():
            raise typer.BadParameter(f"{path} not found", param_hint=flag)
    report = build(
        seeds,
        ged,
        fuzz_seconds,
        kills,
        kill_docs,
        pg_kills,
        clients,
        load_seconds,
        load_events,
        workers,
        post_rate,
        progress=lambda m: err.print(m),
    )
    print_report(report, as_json)
    if report.failed:
        raise typer.Exit(1)
