"""Commands on the event store: ingest, export, serve, brief."""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import asdict
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

if TYPE_CHECKING:
    from sitreps.ingest import Summary

from sitreps.cli.common import (
    DB_HELP,
    GAZETTEER_HELP,
    PRIVATE_URLS_HELP,
    PlainHelp,
    app,
    bbox_option,
    country_option,
    date_option,
    err,
    errors,
    existing_store_url,
    is_stdout,
    lang_option,
    published_option,
    run_job,
    use_user_places,
)


@app.command(cls=PlainHelp)
def ingest(
    paths: Annotated[
        list[str], typer.Argument(help="Files (.txt, .html, .jsonl(.gz), .csv, .parquet, feeds), folders, URLs, or -.")
    ],
    db: Annotated[str | None, typer.Option(help=DB_HELP)] = None,
    published: Annotated[str | None, typer.Option(help="Publication date for inputs that lack one.")] = None,
    lang: Annotated[str | None, typer.Option(help="Language pack instead of detection.")] = None,
    engine: Annotated[str, typer.Option(help="local (one process) or dask (extract in parallel, then bulk load).")] = (
        "local"
    ),
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address; default: a local cluster.")] = None,
    workers: Annotated[
        int | None, typer.Option(help="Workers of the local Dask cluster (default: one per core).")
    ] = None,
    work_dir: Annotated[
        Path | None, typer.Option(help="Where a Dask job keeps its partitions (default: under the cache directory).")
    ] = (None),
    allow_private_urls: Annotated[bool, typer.Option(help=PRIVATE_URLS_HELP)] = False,
    user_places: Annotated[Path | None, typer.Option("--gazetteer", help=GAZETTEER_HELP)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as one JSON object.")] = False,
) -> None:
    """Store documents and their events; the same article twice is stored once, reports of one event merge."""
    use_user_places(user_places)
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from sitreps.ingest import Summary
    from sitreps.ingest import ingest as run_ingest
    from sitreps.store.repo import Store

    store = Store(db)
    pub, code = published_option(published), lang_option(lang)
    if engine != "local":
        from sitreps.config import cache_dir
        from sitreps.scale.load import load
        from sitreps.scale.partitions import plan

        try:
            keys = [p.key for p in plan(paths)]
        except FileNotFoundError as e:
            raise typer.BadParameter(str(e), param_hint="PATHS") from None
        digest = hashlib.sha1("|".join([*keys, str(code), str(pub)]).encode()).hexdigest()[:12]
        job = work_dir or cache_dir() / "jobs" / digest
        run_job(paths, engine, scheduler, workers, job, code, pub)
        summary = Summary()
        load(store, job, summary)
        _report(summary, as_json)
        return
    columns = (TextColumn("[bold]ingest[/bold]"), BarColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    summary = Summary()
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("", total=None)

        def tick(s: Summary) -> None:
            progress.update(task, description=f"{s.documents_new} new, {s.documents_skipped} skipped", advance=1)

        try:
            summary = run_ingest(store, paths, code, pub, tick, allow_private_urls)
        except KeyboardInterrupt:
            err.print("interrupted: every document stored so far is kept; run the same command to finish")
            raise typer.Exit(130) from None
    _report(summary, as_json)


def _report(summary: Summary, as_json: bool) -> None:
    """The same lines and summary whichever the engine; exit 1 when nothing could be processed."""
    for message in summary.errors:
        errors.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    if as_json:
        print(json.dumps({**asdict(summary), "processed": summary.processed}, ensure_ascii=False))
    else:
        _print_summary(summary)
    if summary.processed == 0 and summary.files_skipped == 0 and summary.documents_failed:
        raise typer.Exit(1)


def _print_summary(summary: Summary) -> None:
    Console().print(
        f"documents: {summary.documents_new} new, {summary.documents_skipped} already stored, "
        f"{summary.documents_failed} failed, {summary.documents_without_pack} in a language with no pack (stored "
        f"without events); files unchanged since last ingest: {summary.files_skipped}; "
        f"events: {summary.events_new} new, {summary.events_merged} merged into existing events",
        highlight=False,
        soft_wrap=True,
    )


class AcledCodes(StrEnum):
    text = "text"
    numeric = "numeric"


class ExportHelp(PlainHelp):
    """--format's help lists the formats of the registry, plugins included, when the help is shown."""

    def get_params(self, ctx: Any) -> list[Any]:
        from sitreps.export.formats import exporters, listing

        params = super().get_params(ctx)
        for p in params:
            if p.name == "fmt":
                p.help = f"{listing(exporters())} (an installed package may add formats)."
        return params


@app.command(cls=ExportHelp)
def export(
    fmt: Annotated[str, typer.Option("--format", help="acled-csv, geojson, jsonl or parquet.")] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write, - for stdout (default: events.<ext>).")
    ] = None,
    db: Annotated[str | None, typer.Option(help=DB_HELP)] = None,
    since: Annotated[str | None, typer.Option(help="First event date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last event date, YYYY-MM-DD.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="ACLED event type.")] = None,
    country: Annotated[
        str | None, typer.Option(help="ISO 3166 code (UA, UKR) or name (Ukraine, Ucraina, Україна).")
    ] = None,
    admin1: Annotated[str | None, typer.Option(help="First-level division, e.g. 'Kharkiv Oblast'.")] = None,
    bbox: Annotated[str | None, typer.Option(help="MIN_LON,MIN_LAT,MAX_LON,MAX_LAT.")] = None,
    acled_codes: Annotated[
        AcledCodes,
        typer.Option(help="ACLED CSV: actor types as text labels (ACLED's current form) or the old integers."),
    ] = AcledCodes.text,
) -> None:
    """Export stored events as ACLED-compatible CSV, GeoJSON, JSONL or Parquet."""
    from sitreps.events.taxonomy import EVENT_TYPES
    from sitreps.export.formats import exporters
    from sitreps.store.repo import Filters, Store

    formats = exporters()
    if fmt not in formats:
        raise typer.BadParameter(f"{fmt!r}; choose {', '.join(formats)}", param_hint="--format")
    if event_type is not None and event_type not in EVENT_TYPES:
        raise typer.BadParameter(f"{event_type!r}; ACLED types: {', '.join(EVENT_TYPES)}", param_hint="--type")
    filters = Filters(
        since=date_option(since, "--since"),
        until=date_option(until, "--until"),
        event_type=event_type,
        country=country_option(country),
        admin1=admin1,
        bbox=bbox_option(bbox),
    )
    spec = formats[fmt]
    options = {"codes": acled_codes.value} if "codes" in spec.options else {}
    store = Store(existing_store_url(db))
    records = store.events(filters)
    if is_stdout(output):
        if spec.binary:
            n = spec.write_to(records, sys.stdout.buffer, **options)
            sys.stdout.buffer.flush()
        else:
            n = spec.write_to(records, sys.stdout, **options)
            sys.stdout.flush()
        err.print(f"{n} events written to stdout", highlight=False)
        return
    path = output or Path(f"events.{spec.suffix}")
    n = spec.write(records, path, **options)
    err.print(f"{n} events written to {path}", highlight=False)


class LogLevel(StrEnum):
    """uvicorn's levels but 'trace', which logs every header, the bearer tokens among them."""

    critical = "critical"
    error = "error"
    warning = "warning"
    info = "info"
    debug = "debug"


@app.command(cls=PlainHelp)
def serve(
    db: Annotated[str | None, typer.Option(help=DB_HELP)] = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    log_level: Annotated[
        LogLevel, typer.Option(help="Server log: 'info' adds one line per request (never headers or tokens).")
    ] = LogLevel.warning,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            help="Server processes (PostgreSQL, or SQLite in WAL mode: readers in parallel, writers one at a time).",
        ),
    ] = 1,
    max_stale: Annotated[
        float,
        typer.Option(
            min=0,
            help="Seconds a list, map or stats answer may lag the store while it changes (0: always rebuilt at once).",
        ),
    ] = 1.0,
) -> None:
    """Serve the JSON API (/api, OpenAPI at /docs) and the web page (map, timeline, evidence, briefs).

    Writes (POST /api/documents) need SITREPS_API_TOKEN set and are queued for one writer process (niced);
    reads are open unless SITREPS_READ_TOKEN is set."""
    import os

    from sitreps.extras import require

    require("web", "sitreps serve")
    import uvicorn

    from sitreps.store.repo import Store
    from sitreps.web.app import app_from_env

    url = existing_store_url(db)
    Store(url).engine.dispose()  # migrated once here, not by every worker at the same moment
    os.environ["SITREPS_DB"] = url  # the workers read their settings from the environment
    os.environ["SITREPS_MAX_STALE"] = str(max_stale)
    writer = None
    if os.environ.get("SITREPS_API_TOKEN"):  # POSTed articles are queued; one niced process stores them
        import multiprocessing

        from sitreps.web.writer import writer_process

        os.environ["SITREPS_WRITER"] = "process"
        writer = multiprocessing.get_context("spawn").Process(target=writer_process, args=(url,), name="writer")
        writer.start()
    err.print(f"sitreps: serving http://{host}:{port}/  (API docs: http://{host}:{port}/docs)", highlight=False)
    # keep-alive past uvicorn's 5 s: a client reusing a connection the server just closed sees an error
    app = app_from_env() if workers == 1 else "sitreps.web.app:app_from_env"  # several: each process builds one
    try:
        uvicorn.run(
            app,
            host=host,
            port=port,
            log_level=log_level.value,
            timeout_keep_alive=75,
            workers=workers,
            factory=workers > 1,
            # a busy worker answers the supervisor's ping late; at uvicorn's 5 s it would be killed and restarted
            timeout_worker_healthcheck=60,
        )
    finally:
        if writer is not None:  # it stops after the article it is storing; the rest stay queued for next time
            writer.terminate()
            writer.join(timeout=60)


class BriefFormat(StrEnum):
    text = "text"
    markdown = "markdown"
    html = "html"
    json = "json"


@app.command(cls=PlainHelp)
def brief(
    day: Annotated[str, typer.Option("--date", help="Last day of the period, YYYY-MM-DD.")],
    days: Annotated[int, typer.Option(help="Length of the period in days.", min=1, max=366)] = 7,
    region: Annotated[
        str | None, typer.Option(help="First-level division (e.g. 'Kharkiv Oblast') or country code.")
    ] = None,
    lang: Annotated[str, typer.Option(help="Language of the brief: a pack with brief.toml (all seven).")] = "en",
    db: Annotated[str | None, typer.Option(help=DB_HELP)] = None,
    fmt: Annotated[
        BriefFormat, typer.Option("--format", help="text, markdown (notes cite each report), html or json.")
    ] = BriefFormat.text,
    as_json: Annotated[bool, typer.Option("--json", help="The same as --format json.")] = False,
) -> None:
    """A situation brief of the period: a headline paragraph, then per region what happened, when, and who
    reported it; claims labelled as claims, denials beside them; counts only as reported."""
    from sitreps.brief import render
    from sitreps.brief.compose import compose
    from sitreps.errors import PackError
    from sitreps.store.repo import Store

    try:
        result = compose(Store(existing_store_url(db)), date_option(day, "--date") or date.today(), days, region, lang)
    except PackError as e:
        raise typer.BadParameter(str(e), param_hint="--lang") from None
    chosen = "json" if as_json else fmt.value
    if chosen == "json":
        print(json.dumps(result.to_json(), ensure_ascii=False))
    elif chosen == "markdown":
        print(render.markdown(result), end="")
    elif chosen == "html":
        print(render.html(result), end="")
    else:
        print(render.text(result), end="")


@app.command(cls=PlainHelp)
def control(
    at: Annotated[str | None, typer.Option("--at", help="The date, YYYY-MM-DD; default: every report.")] = None,
    db: Annotated[str | None, typer.Option(help=DB_HELP)] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, json or geojson.")] = "table",
) -> None:
    """Who holds which populated place at a date, from reports of change of hands (claimed unless confirmed)."""
    from sitreps.control.derive import control_at, geojson
    from sitreps.store.repo import Store

    if fmt not in ("table", "json", "geojson"):
        raise typer.BadParameter(f"{fmt!r}; choose table, json or geojson", param_hint="--format")
    places = control_at(Store(existing_store_url(db)), date_option(at, "--at"))
    if fmt == "geojson":
        print(json.dumps(geojson(places), ensure_ascii=False))
    elif fmt == "json":
        print(json.dumps([p.to_json() for p in places], ensure_ascii=False))
    else:
        for p in places:
            state = "contested, latest " if p.contested else ""
            changes = f"{len(p.history)} change(s)"
            print(f"{p.place}\t{p.admin1 or ''}\t{state}{p.controller}\tsince {p.since}\t{p.certainty}\t{changes}")
