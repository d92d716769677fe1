"""Tools: bench, gazetteer, packs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from sitreps.cli.common import (
    DEVELOPER,
    GAZETTEER_HELP,
    SEEDS,
    SHARED,
    PlainHelp,
    app,
    lang_option,
    print_report,
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
    from sitreps.eval.bench_report import build

    if not seeds.exists():
        raise typer.BadParameter(f"{seeds} not found; pass --seeds", param_hint="--seeds")
    print_report(build(seeds, ged, size, store, events, ingest_docs, scale_docs), as_json)


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
