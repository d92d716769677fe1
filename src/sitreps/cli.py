"""The `sitreps` command line."""

from __future__ import annotations

import hashlib
import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from sitreps import __version__
from sitreps.errors import SitrepsError

app = typer.Typer(
    help="War news in many languages -> geocoded, source-attributed conflict events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)
SHARED = Path(__file__).resolve().parents[3] / "shared"


def _published(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; write YYYY-MM-DD", param_hint="--published") from None


def _lang(value: str | None) -> str | None:
    from sitreps.lang.registry import available_packs

    if value is not None and value not in available_packs():
        raise typer.BadParameter(f"no pack {value!r}; packs: {', '.join(available_packs())}", param_hint="--lang")
    return value


def _table(events: list[dict[str, Any]]) -> Table:
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
        loc = e["location"]
        src = e["sources"][0]

        def best(k: str, ev: dict[str, Any] = e) -> str:
            return str(ev[k]["best"]) if ev.get(k) else ""

        table.add_row(
            e["event_date"],
            f"{e['event_type']}\n[dim]{e['sub_event_type']}[/dim]",
            f"{loc['name']} ({loc['country']})",
            str(loc["precision"]),
            best("fatalities"),
            best("injured"),
            best("missing"),
            e.get("actor1") or "",
            e["certainty"] + (" ·aggregate" if e.get("aggregate") else ""),
            src.get("attributed_to") or "",
            src["doc_id"],
        )
    return table


def run_extraction(paths: list[str], lang: str | None, published: date | None) -> tuple[list[dict[str, Any]], int, int]:
    """Events of every readable document; errors go to stderr one per line. Returns (events, ok, failed)."""
    from rich.progress import Progress

    from sitreps.documents.readers import read_paths
    from sitreps.pipeline import extract_all

    events: list[dict[str, Any]] = []
    ok = failed = 0
    with Progress(console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("extracting", total=None)
        for result in extract_all(read_paths(paths, lang, published)):
            progress.advance(task)
            if result.error is not None:
                failed += 1
                err.print(f"[red]error:[/red] {result.error}", highlight=False, soft_wrap=True)
                continue
            ok += 1
            events.extend(e.to_json() for e in result.events)
    return events, ok, failed


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt, .html, .jsonl), folders, or - for stdin.")],
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD for inputs that do not carry one.")
    ] = None,
    lang: Annotated[
        str | None, typer.Option(help="Language pack to use instead of detecting it (it, en, ...).")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="jsonl, json or table.")] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout (a folder for --engine dask).")
    ] = None,
    engine: Annotated[str, typer.Option(help="local (one process) or dask (partitions in parallel, Parquet out).")] = (
        "local"
    ),
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address; default: a local cluster.")] = None,
    workers: Annotated[
        int | None, typer.Option(help="Workers of the local Dask cluster (default: one per core).")
    ] = None,
) -> None:
    """Extract conflict events from news articles; one event per line, valid against the event schema."""
    if fmt not in {"jsonl", "json", "table"}:
        raise typer.BadParameter(f"{fmt!r}; choose jsonl, json or table", param_hint="--format")
    if engine != "local":
        _run_job(paths, engine, scheduler, workers, output or Path("sitreps-job"), _lang(lang), _published(published))
        return
    events, ok, failed = run_extraction(paths, _lang(lang), _published(published))
    if fmt == "table":
        console = Console(file=output.open("w", encoding="utf-8") if output else None)
        if not console.is_terminal:
            console.width = 200
        console.print(_table(events))
    else:
        text = (
            json.dumps(events, ensure_ascii=False, indent=2) + "\n"
            if fmt == "json"
            else "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events)
        )
        if output:
            output.write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
    if failed:
        err.print(f"{ok} documents processed, {failed} could not be; {len(events)} events", highlight=False)
    if ok == 0:
        raise typer.Exit(1)


DB_HELP = "Database URL (default: $SITREPS_DB, else sqlite:///sitreps.db in the working directory)."


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    try:
        a, b, c, d = (float(x) for x in value.split(","))
    except ValueError:
        raise typer.BadParameter(f"{value!r}; write MIN_LON,MIN_LAT,MAX_LON,MAX_LAT", param_hint="--bbox") from None
    if not (-180 <= a <= c <= 180 and -90 <= b <= d <= 90):
        raise typer.BadParameter(f"{value!r} is not a box; MIN_LON,MIN_LAT,MAX_LON,MAX_LAT", param_hint="--bbox")
    return a, b, c, d


def _run_job(
    paths: list[str],
    engine: str,
    scheduler: str | None,
    workers: int | None,
    out: Path,
    lang: str | None,
    published: date | None,
) -> Any:
    """Extract in partitions (Dask or one process) into `out`: events/*.parquet, rejects/*.jsonl."""
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
    err.print(
        f"{summary.documents} documents, {summary.events} events, {summary.rejects} rejects "
        f"(listed in {out / 'rejects'}), {summary.partitions} partitions ({summary.skipped_partitions} already done), "
        f"{summary.seconds:.1f} s, {summary.per_second:.0f} documents/s on {summary.workers} worker(s); "
        f"events in {out / 'events'}",
        highlight=False,
        soft_wrap=True,
    )
    return summary


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt, .html, .jsonl, .xml/.rss feeds), folders, or -.")],
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
        Path | None, typer.Option(help="Where a Dask job keeps its partitions (default: under data/).")
    ] = (None),
) -> None:
    """Store documents and their events; the same article twice is stored once, reports of one event merge."""
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from sitreps.store.ingest import Summary
    from sitreps.store.ingest import ingest as run_ingest
    from sitreps.store.repo import Store

    store = Store(db)
    pub, code = _published(published), _lang(lang)
    if engine != "local":
        from sitreps.config import data_dir
        from sitreps.scale.load import load
        from sitreps.scale.partitions import plan

        try:
            keys = [p.key for p in plan(paths)]
        except FileNotFoundError as e:
            raise typer.BadParameter(str(e), param_hint="PATHS") from None
        job = work_dir or data_dir() / "jobs" / hashlib.sha1("|".join(keys).encode()).hexdigest()[:12]
        _run_job(paths, engine, scheduler, workers, job, code, pub)
        outcomes = load(store, job)
        stored = [o for o in outcomes if o.stored]
        Console().print(
            f"documents: {len(stored)} new, {len(outcomes) - len(stored)} already stored; events: "
            f"{sum(o.new_events for o in stored)} new, {sum(o.merged_events for o in stored)} merged",
            highlight=False,
            soft_wrap=True,
        )
        return
    columns = (TextColumn("[bold]ingest[/bold]"), BarColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    summary = Summary()
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("", total=None)

        def tick(s: Summary) -> None:
            progress.update(task, description=f"{s.documents_new} new, {s.documents_skipped} skipped", advance=1)

        try:
            summary = run_ingest(store, paths, code, pub, tick)
        except KeyboardInterrupt:
            err.print("interrupted: every document stored so far is kept; run the same command to finish")
            raise typer.Exit(130) from None
    for message in summary.errors:
        err.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    Console().print(
        f"documents: {summary.documents_new} new, {summary.documents_skipped} already stored, "
        f"{summary.documents_failed} failed, {summary.documents_without_pack} in a language with no pack (stored "
        f"without events); files unchanged since last ingest: {summary.files_skipped}; "
        f"events: {summary.events_new} new, {summary.events_merged} merged into existing events",
        highlight=False,
        soft_wrap=True,
    )
    if summary.processed == 0 and summary.files_skipped == 0 and summary.documents_failed:
        raise typer.Exit(1)


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", help="acled-csv, geojson, jsonl or parquet.")] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: events.<ext>).")
    ] = None,
    db: Annotated[str | None, typer.Option(help=DB_HELP)] = None,
    since: Annotated[str | None, typer.Option(help="First event date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last event date, YYYY-MM-DD.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="ACLED event type.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO 3166 alpha-2 code, e.g. UA.")] = None,
    admin1: Annotated[str | None, typer.Option(help="First-level division, e.g. 'Kharkiv Oblast'.")] = None,
    bbox: Annotated[str | None, typer.Option(help="MIN_LON,MIN_LAT,MAX_LON,MAX_LAT.")] = None,
) -> None:
    """Export stored events as ACLED-compatible CSV, GeoJSON, JSONL or Parquet."""
    from sitreps.events.taxonomy import EVENT_TYPES
    from sitreps.export import EXPORTERS
    from sitreps.store.records import event_record
    from sitreps.store.repo import Filters, Store

    if fmt not in EXPORTERS:
        raise typer.BadParameter(f"{fmt!r}; choose {', '.join(EXPORTERS)}", param_hint="--format")
    if event_type is not None and event_type not in EVENT_TYPES:
        raise typer.BadParameter(f"{event_type!r}; ACLED types: {', '.join(EVENT_TYPES)}", param_hint="--type")
    filters = Filters(
        since=_date_option(since, "--since"),
        until=_date_option(until, "--until"),
        event_type=event_type,
        country=country,
        admin1=admin1,
        bbox=_bbox(bbox),
    )
    ext = {"acled-csv": "csv", "geojson": "geojson", "jsonl": "jsonl", "parquet": "parquet"}[fmt]
    path = output or Path(f"events.{ext}")
    store = Store(db)
    n = EXPORTERS[fmt]((event_record(r) for r in store.events(filters)), path)
    err.print(f"{n} events written to {path}", highlight=False)


def _date_option(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; write YYYY-MM-DD", param_hint=name) from None


@app.command()
def evaluate(
    gold: Annotated[
        list[Path] | None, typer.Option(help="Gold events JSONL (see shared/gold/README.md).", exists=True)
    ] = None,
    docs: Annotated[list[str] | None, typer.Option(help="Documents to extract (.jsonl, .txt, folders).")] = None,
    dedup: Annotated[
        Path | None, typer.Option(help="Score merging against UCDP GED's grouping of reports (GED JSONL).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    events_out: Annotated[Path | None, typer.Option("--events", help="Also write the extracted events here.")] = None,
) -> None:
    """Score extraction (--gold with --docs: precision, recall, F1, counts) or merging (--dedup GED.jsonl)."""
    from sitreps.eval.score import read_jsonl, score

    if dedup is not None:
        _evaluate_dedup(dedup, as_json)
        return
    if not gold or not docs:
        raise typer.BadParameter("give --gold and --docs, or --dedup GED.jsonl", param_hint="--gold/--docs")
    events, ok, _ = run_extraction(docs, None, None)
    if ok == 0:
        raise typer.Exit(1)
    if events_out:
        events_out.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events), encoding="utf-8")
    result = score([g for path in gold for g in read_jsonl(path)], events)
    if as_json:
        print(json.dumps(result.to_json(), ensure_ascii=False))
        return
    out = Console()
    out.print(
        f"documents {result.documents}  gold {result.required_gold}  predicted {result.predicted}\n"
        f"precision [bold]{result.precision:.3f}[/bold]  recall [bold]{result.recall:.3f}[/bold]  "
        f"F1 [bold]{result.f1:.3f}[/bold]  counts correct {result.counts_correct}/{result.counts_total}",
        highlight=False,
    )
    for title, items in (
        ("missed", result.missed),
        ("false positives", result.false_positive_events),
        ("count errors", result.count_errors),
    ):
        if items:
            out.print(f"{title}:", highlight=False)
            for item in items:
                out.print(f"  - {item}", highlight=False)


def _evaluate_dedup(ged: Path, as_json: bool) -> None:
    from sitreps.eval.dedup import evaluate as run_dedup

    if not ged.exists():
        raise typer.BadParameter(f"{ged} not found", param_hint="--dedup")
    result = run_dedup(ged)
    if as_json:
        print(json.dumps(result.to_json()))
        return
    Console().print(
        f"{result.reports} news reports of {result.gold_events} GED events -> {result.stored_events} stored events\n"
        f"pairwise  precision {result.pair_precision:.3f}  recall {result.pair_recall:.3f}  F1 {result.pair_f1:.3f}\n"
        f"B-cubed   precision {result.bcubed_precision:.3f}  recall {result.bcubed_recall:.3f}  "
        f"F1 [bold]{result.bcubed_f1:.3f}[/bold]  (every report alone: F1 {result.baseline_bcubed_f1:.3f})",
        highlight=False,
    )


@app.command("ged-gold")
def ged_gold(
    ged: Annotated[Path, typer.Argument(help="UCDP GED JSONL (shared/data/ucdp_ged_ukraine/ged_ukraine_dev.jsonl).")],
    docs_out: Annotated[Path, typer.Option("--docs", help="Write the documents (headlines) here.")],
    gold_out: Annotated[Path, typer.Option("--gold", help="Write the gold events here.")],
    limit: Annotated[int | None, typer.Option(help="At most this many documents.")] = None,
) -> None:
    """Make documents and gold events from UCDP GED for `sitreps evaluate` on real, unseen headlines."""
    from sitreps.eval.ged import convert

    if not ged.exists():
        raise typer.BadParameter(f"{ged} not found", param_hint="GED")
    documents, gold = convert(ged, limit)
    docs_out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents), encoding="utf-8")
    gold_out.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), encoding="utf-8")
    print(f"{len(documents)} documents, {len(gold)} gold events ({sum(g['required'] for g in gold)} required)")


@app.command()
def bench(
    size: Annotated[int, typer.Option(help="Articles in the benchmark corpus.")] = 1000,
    seeds: Annotated[Path, typer.Option(help="Seed articles JSONL.")] = SHARED / "seeds" / "documents.jsonl",
    ged: Annotated[Path, typer.Option(help="UCDP GED JSONL whose headlines make extra articles.")] = (
        SHARED / "data" / "ucdp_ged_ukraine" / "ged_ukraine_dev.jsonl"
    ),
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    store: Annotated[bool, typer.Option(help="Also measure ingest throughput and query latency.")] = True,
    events: Annotated[int, typer.Option(help="Stored events for the query benchmark (built once, cached).")] = (
        1_000_000
    ),
    ingest_docs: Annotated[int, typer.Option(help="Documents for the ingest benchmark.")] = 300,
    scale_docs: Annotated[
        int, typer.Option(help="Generated documents for the Dask scaling table (1 and 2 workers); 0 skips it.")
    ] = 100_000,
) -> None:
    """Extraction throughput on one core vs spaCy's tokenizer alone, peak memory, cold start; ingest
    throughput into SQLite and PostgreSQL; bbox + date + type query latency over a million events."""
    from sitreps.eval.bench import corpus, run

    if not seeds.exists():
        raise typer.BadParameter(f"{seeds} not found; pass --seeds", param_hint="--seeds")
    sample = seeds.parent / "it_2025-01-04_weekly-raids.txt"
    result = run(seeds, ged, size, sample if sample.exists() else seeds)
    store_rows: list[tuple[str, str, str]] = []
    store_json: dict[str, Any] = {}
    from sitreps.eval.bench import per_language

    speeds = per_language()
    for code, speed in speeds.items():
        ratio = speeds.get("en", speed) / speed
        store_rows.append(
            (
                f"extract, the 16 test reports in {code}: articles/s (x slower than en)",
                f"{speed:.0f} ({ratio:.2f}x)",
                "<= 2x",
            )
        )
    store_json["per_language_articles_per_s"] = speeds
    if store:
        from sitreps.eval.bench_store import ingest_throughput, query_latency

        docs = corpus(seeds, ged, ingest_docs)
        for r in ingest_throughput(docs):
            value = f"{r.per_second:.1f}" if r.per_second else r.note
            store_rows.append((f"ingest into {r.backend}: documents/s", value, ""))
            store_json[f"ingest_{r.backend.split()[0].lower()}_docs_per_s"] = r.per_second
        q = query_latency(events)
        store_rows += [
            (f"query over {q.events:,} events: p50 / p95", f"{q.p50_ms:.1f} / {q.p95_ms:.1f} ms", "p95 <= 50 ms"),
            ("same query, plain table scan: p50 / p95", f"{q.scan_p50_ms:.1f} / {q.scan_p95_ms:.1f} ms", ""),
            ("ratio scan / indexed (p50)", f"{q.ratio:.1f}x", ""),
        ]
        store_json.update(query_p50_ms=q.p50_ms, query_p95_ms=q.p95_ms, scan_p50_ms=q.scan_p50_ms, events=q.events)
    if scale_docs:
        from sitreps.eval.bench_scale import run_scaling

        rows = run_scaling(scale_docs)
        base = rows[0].seconds
        for row in rows:
            store_rows.append(
                (
                    f"Dask, {row.documents:,} generated docs, {row.workers} worker(s): docs/s (docs/min/core)",
                    f"{row.per_second:.0f} ({row.per_minute_per_core:,.0f})",
                    ">= 5,000/min/core",
                )
            )
            store_rows.append(
                (
                    "  speed-up vs 1 worker; peak memory per worker; lost / duplicated",
                    f"{base / row.seconds:.2f}x; {row.peak_worker_mb:.0f} MB; {row.lost} / {row.duplicated}",
                    ">= 1.8x on 2; 0 / 0",
                )
            )
            store_json[f"scale_{row.workers}_workers"] = {**row.__dict__, "per_second": row.per_second}
    if as_json:
        print(json.dumps({**result.to_json(), **store_json}))
        return
    table = Table(title=f"sitreps bench: {result.articles} articles, {result.characters:,} characters, one core")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_column("aim", justify="right")
    table.add_row("extract: articles/s", f"{result.articles_per_second:.1f}", ">= 50")
    table.add_row("extract: seconds", f"{result.extract_seconds:.2f}", "")
    table.add_row("spaCy blank tokenizer (floor): seconds", f"{result.tokenizer_seconds:.3f}", "")
    table.add_row("ratio extract / tokenizer", f"{result.ratio:.1f}x", "<= 10x")
    table.add_row("events", str(result.events), "")
    table.add_row("peak memory (RSS)", f"{result.peak_rss_mb:.0f} MB", "<= 1536 MB")
    table.add_row("cold start to first event", f"{result.cold_start_seconds:.2f} s", "<= 3 s")
    for cells in store_rows:
        table.add_row(*cells)
    Console().print(table)


@app.command()
def gazetteer(
    rebuild: Annotated[bool, typer.Option(help="Build the index again even if the cache is current.")] = False,
    lookup: Annotated[list[str] | None, typer.Option(help="Names to look up (any spelling or script).")] = None,
) -> None:
    """Build (or check) the cached place index, and look names up."""
    from sitreps.places.gazetteer import Gazetteer, build_and_save, index_path, load_index

    index = build_and_save() if rebuild else load_index()
    Console().print(f"{index_path()}: {len(index.places):,} places, {len(index.names):,} name keys", highlight=False)
    gaz = Gazetteer(index)
    for name in lookup or []:
        cands = sorted(gaz.lookup(name), key=lambda c: (c.rank, -c.place.population))
        shown = {(c.place.id): c for c in cands}
        Console().print(f"{name}:", highlight=False)
        for c in list(shown.values())[:8]:
            p = c.place
            Console().print(
                f"  {p.name} ({p.kind}, {p.country} {p.admin1 or ''}) pop {p.population:,} "
                f"[{p.latitude:.3f}, {p.longitude:.3f}] geonames {p.id}",
                highlight=False,
            )


@app.command()
def serve(
    db: Annotated[str | None, typer.Option(help=DB_HELP)] = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the JSON API (/api, OpenAPI at /docs) and the web page (map, timeline, evidence, briefs).

    Writes (POST /api/documents) need SITREPS_API_TOKEN set; reads are open unless SITREPS_READ_TOKEN is set."""
    import uvicorn

    from sitreps.web.app import create_app
    from sitreps.web.settings import Settings

    app = create_app(Settings.from_env(db))
    err.print(f"sitreps: serving http://{host}:{port}/  (API docs: http://{host}:{port}/docs)", highlight=False)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@app.command()
def brief(
    day: Annotated[str, typer.Option("--date", help="Last day of the period, YYYY-MM-DD.")],
    days: Annotated[int, typer.Option(help="Length of the period in days.", min=1, max=366)] = 7,
    region: Annotated[
        str | None, typer.Option(help="First-level division (e.g. 'Kharkiv Oblast') or country code.")
    ] = None,
    lang: Annotated[str, typer.Option(help="Language of the brief: a pack with brief.toml (it, en).")] = "en",
    db: Annotated[str | None, typer.Option(help=DB_HELP)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """A situation brief of the period per region; claims apart from confirmed facts; each sentence cites its events."""
    from sitreps.brief.compose import compose
    from sitreps.store.repo import Store

    result = compose(Store(db), _date_option(day, "--date") or date.today(), days, region, lang)
    print(json.dumps(result.to_json(), ensure_ascii=False) if as_json else result.to_text(), end="")


@app.command()
def packs() -> None:
    """List the language packs."""
    from sitreps.lang.registry import available_packs, load_pack

    for code in available_packs():
        pack = load_pack(code)
        words = sum(len(t.words) for t in pack.triggers)
        print(f"{code}\t{pack.name}\t{len(pack.triggers)} trigger kinds, {words} trigger words")


def _version(value: bool) -> None:
    if value:
        print(f"sitreps {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """War news in many languages -> geocoded, source-attributed conflict events."""


def main() -> None:
    try:
        app()
    except SitrepsError as e:
        err.print(f"[red]error:[/red] {e}", highlight=False)
        sys.exit(1)
