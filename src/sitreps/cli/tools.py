"""Tools: bench, gazetteer, packs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from sitreps.cli.common import (
    DEVELOPER,
    GAZETTEER_HELP,
    SEEDS,
    SHARED,
    PlainHelp,
    app,
    lang_option,
    use_user_places,
)


@app.command(cls=PlainHelp, rich_help_panel=DEVELOPER)
def bench(
    size: Annotated[int, typer.Option(help="Articles in the benchmark corpus.")] = 1000,
    seeds: Annotated[Path, typer.Option(help="Seed articles JSONL.")] = SEEDS,
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


@app.command(cls=PlainHelp)
def gazetteer(
    rebuild: Annotated[bool, typer.Option(help="Build the index again even if the cache is current.")] = False,
    lookup: Annotated[
        list[str] | None,
        typer.Option(help='Names to look up, with any context: "Kurylivka, Kharkiv", "у селі Гракове".'),
    ] = None,
    lang: Annotated[str, typer.Option(help="Language pack that reads the --lookup text.")] = "en",
    show: Annotated[int, typer.Option(help="Candidates shown per name.")] = 8,
    user_places: Annotated[Path | None, typer.Option("--gazetteer", help=GAZETTEER_HELP)] = None,
) -> None:
    """Build (or check) the cached place index, and look names up: each candidate with the reasons for its rank."""
    from rich.markup import escape

    from sitreps.lang.registry import load_pack
    from sitreps.places.explain import describe, explain
    from sitreps.places.gazetteer import build_and_save, default_gazetteer, index_path

    use_user_places(user_places)
    if rebuild:
        build_and_save()
    gaz = default_gazetteer()
    out = Console(highlight=False)
    out.print(f"{index_path()}: {len(gaz.index.places):,} places, {len(gaz.index.names):,} name keys")
    pack = load_pack(lang_option(lang) or "en")
    for text in lookup or []:
        out.print(f"[bold]{escape(text)}[/bold]")
        for e in explain(text, pack, gaz):
            m = e.mention
            context = (
                f"{m.role}"
                + (f", {m.relation}" if m.relation else "")
                + (f", within {', '.join(m.within)}" if m.within else "")
            )
            chosen = describe(e.chosen.place) + f", precision {e.chosen.precision}" if e.chosen else "no place"
            out.print(escape(f"  {m.text} [{context}] -> {chosen}"))
            for r in e.candidates[:show]:
                if r.set_aside:
                    out.print(escape(f"      --  {describe(r.place)}: {r.set_aside}"))
                    continue
                reasons = "; ".join(f"{why} {v:+.1f}" for why, v in r.reasons)
                out.print(escape(f"    {r.score:5.1f}  {describe(r.place)}: {reasons}"))
            if len(e.candidates) > show:
                out.print(f"      ... {len(e.candidates) - show} more")


@app.command(cls=PlainHelp)
def packs() -> None:
    """List the language packs."""
    from sitreps.lang.registry import available_packs, load_pack

    for code in available_packs():
        pack = load_pack(code)
        words = sum(len(t.words) for t in pack.triggers)
        print(f"{code}\t{pack.name}\t{len(pack.triggers)} trigger kinds, {words} trigger words")
