"""What the commands share: the Typer app, stderr console, option parsing, extraction runs and jobs."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.console import Console
from rich.table import Table
from typer.core import TyperCommand, TyperGroup

if TYPE_CHECKING:
    from sitreps.eval.report import Report
    from sitreps.events.model import Event

DEVELOPER = "Developer commands"


def _plain(params: list[Any], ctx: Any) -> list[Any]:
    """Options without type placeholders (<str>, <bool>, <path>) in --help: each option's help says what to
    give; choices (<text|numeric>) stay listed."""
    for p in params:
        if p.param_type_name == "option" and p.metavar is None and "|" not in (p.display_type_rich(ctx) or ""):
            p.metavar = ""
    return params


class PlainHelp(TyperCommand):
    def get_params(self, ctx: Any) -> list[Any]:
        return _plain(super().get_params(ctx), ctx)


class PlainGroup(TyperGroup):
    def get_params(self, ctx: Any) -> list[Any]:
        return _plain(super().get_params(ctx), ctx)


app = typer.Typer(
    cls=PlainGroup,
    help="War news in many languages -> geocoded, source-attributed conflict events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)  # progress, summaries, notes: silenced by -q
errors = Console(stderr=True)  # error lines: always shown
SHARED = Path(__file__).resolve().parents[4] / "shared"  # the shared/ folder next to the checkout
SEEDS = Path(__file__).resolve().parents[3] / "examples" / "seeds" / "documents.jsonl"  # in the checkout


def published_option(value: str | None) -> date | None:
    """--published."""
    return date_option(value, "--published")


def lang_option(value: str | None) -> str | None:
    from sitreps.lang.registry import available_packs

    if value is not None and value not in available_packs():
        raise typer.BadParameter(f"no pack {value!r}; packs: {', '.join(available_packs())}", param_hint="--lang")
    return value


def events_table(events: list[Event]) -> Table:
    table = Table(title=f"{len(events)} events", show_lines=False, expand=True)
    for col in (
        "date",
        "type",
        "place",
        "prec",
        "killed",
        "injured",
        "missing",
        "actor1",
        "certainty",
        "source",
        "doc",
    ):
        table.add_column(col, overflow="fold")
    for e in events:
        loc = e.location
        src = e.sources[0]

        def best(k: str, ev: Event = e) -> str:
            count = ev.counts.get(k)
            return str(count.best) if count else ""

        table.add_row(
            e.event_date,
            f"{e.event_type}\n[dim]{e.sub_event_type}[/dim]",
            f"{loc.name} ({loc.country})",
            str(loc.precision),
            best("fatalities"),
            best("injured"),
            best("missing"),
            e.actor1 or "",
            e.certainty + (" ·aggregate" if e.aggregate else ""),
            src.attributed_to or "",
            src.doc_id,
        )
    return table


def use_user_places(path: Path | None) -> None:
    """--gazetteer FILE: check the file now, then let every later lookup (and Dask worker) add its places."""
    import os

    from sitreps.errors import GazetteerError
    from sitreps.places.gazetteer import default_gazetteer
    from sitreps.places.geonames import read_user_places
    from sitreps.places.user import GAZETTEER_ENV

    if path is None:
        return
    try:
        sum(1 for _ in read_user_places(path))
    except (OSError, GazetteerError) as e:
        raise typer.BadParameter(str(e), param_hint="--gazetteer") from e
    os.environ[GAZETTEER_ENV] = str(path.resolve())
    default_gazetteer.cache_clear()


def run_extraction(
    paths: list[str], lang: str | None, published: date | None, allow_private_urls: bool = False
) -> tuple[list[Event], int, int]:
    """Events of every readable document; errors go to stderr one per line. Returns (events, ok, failed)."""
    from rich.progress import Progress

    from sitreps.ingest import extract_paths

    events: list[Event] = []
    ok = failed = 0
    with Progress(console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("extracting", total=None)
        for x in extract_paths(paths, lang, published, allow_private_urls):
            progress.advance(task)
            if not x.ok:
                failed += 1
                errors.print(f"[red]error:[/red] {x.message}", highlight=False, soft_wrap=True)
                continue
            ok += 1
            events.extend(x.events)
    return events, ok, failed


GAZETTEER_HELP = (
    "Your own places: a GeoNames TSV or a CSV name,latitude,longitude,country[,admin1,admin2,alternate_names] "
    "(default: $SITREPS_GAZETTEER)."
)
PRIVATE_URLS_HELP = "Also fetch URLs on loopback, private and link-local addresses (refused by default)."
DB_HELP = "Database URL (default: $SITREPS_DB, else sqlite:///sitreps.db in the working directory)."


def bbox_option(value: str | None) -> tuple[float, float, float, float] | None:
    """--bbox MIN_LON,MIN_LAT,MAX_LON,MAX_LAT."""
    from sitreps.params import parse_bbox

    if value is None:
        return None
    try:
        return parse_bbox(value)
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint="--bbox") from None


def run_job(
    paths: list[str],
    engine: str,
    scheduler: str | None,
    workers: int | None,
    out: Path,
    lang: str | None,
    published: date | None,
    quiet: bool = False,
) -> Any:
    """Extract in partitions (Dask or one process) into `out`: events/*.parquet, rejects/*.jsonl; `quiet`
    leaves out the closing summary line (the caller prints the events)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from sitreps.scale.job import PartitionResult, run
    from sitreps.scale.partitions import plan

    if engine not in {"local", "dask"}:
        raise typer.BadParameter(f"{engine!r}; choose local or dask", param_hint="--engine")
    try:
        parts = plan(paths)
    except FileNotFoundError as e:
        raise typer.BadParameter(str(e), param_hint="PATHS") from None
    columns = (TextColumn("[bold]extract[/bold]"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("", total=len(parts))

        def tick(_: PartitionResult) -> None:
            progress.advance(task)

        summary = run(parts, out, engine, scheduler, workers, lang, published, tick)
    if quiet:
        return summary
    err.print(
        f"{summary.documents} documents, {summary.events} events, {summary.rejects} rejects "
        f"(listed in {out / 'rejects'}), {summary.partitions} partitions ({summary.skipped_partitions} already done), "
        f"{summary.seconds:.1f} s, {summary.per_second:.0f} documents/s on {summary.workers} worker(s); "
        f"events in {out / 'events'}",
        highlight=False,
        soft_wrap=True,
    )
    return summary


def existing_store_url(db: str | None) -> str:
    """--db for a command that only reads: the store must exist (a mistyped path is not a new, empty store)."""
    from sitreps.errors import StoreError
    from sitreps.store.db import require_existing

    try:
        return require_existing(db)
    except StoreError as e:
        raise typer.BadParameter(str(e), param_hint="--db") from None


def country_option(value: str | None) -> str | None:
    """--country: an ISO code (UA, UKR) or a name in a pack language (Ukraine, Ucraina, Україна) -> alpha-2."""
    from sitreps.countries import UnknownCountry, resolve_country

    if value is None:
        return None
    try:
        return resolve_country(value)
    except UnknownCountry as e:
        raise typer.BadParameter(str(e), param_hint="--country") from None


def is_stdout(path: Path | None) -> bool:
    return path is not None and str(path) == "-"


def date_option(value: str | None, name: str) -> date | None:
    """A YYYY-MM-DD option (`name` is named in the error)."""
    from sitreps.params import parse_date

    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint=name) from None


def print_report(report: Report, as_json: bool) -> None:
    """A report built in eval/: one JSON object, or its table and then its notes on stderr."""
    import json

    if as_json:
        print(json.dumps(report.data, default=str))
        return
    table = Table(title=report.title)
    for name, justify in report.columns:
        table.add_column(name, justify=justify)
    for row in report.rows:
        table.add_row(*row)
    Console().print(table)
    for line in report.notes:
        err.print(f"  {line}", highlight=False)
