"""Commands that read articles and measure extraction: extract, evaluate, ged-gold."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from sitreps.cli.common import (
    DEVELOPER,
    GAZETTEER_HELP,
    PRIVATE_URLS_HELP,
    PlainHelp,
    app,
    err,
    errors,
    events_table,
    lang_option,
    published_option,
    run_extraction,
    run_job,
    use_user_places,
)

if TYPE_CHECKING:
    from sitreps.events.model import Event


@app.command(cls=PlainHelp)
def extract(
    paths: Annotated[
        list[str], typer.Argument(help="Files (.txt, .html, .jsonl(.gz), .csv, .parquet, feeds), folders, URLs, or -.")
    ],
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD for inputs that do not carry one.")
    ] = None,
    lang: Annotated[
        str | None, typer.Option(help="Language pack to use instead of detecting it (it, en, ...).")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="jsonl, json or table.")] = "jsonl",
    output_arg: Annotated[
        str | None,
        typer.Option(
            "--output", "-o", help="Write here instead of stdout; - is stdout; FOLDER/ keeps a dask job's partitions."
        ),
    ] = None,
    engine: Annotated[str, typer.Option(help="local (one process) or dask (partitions in parallel); same output.")] = (
        "local"
    ),
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address; default: a local cluster.")] = None,
    workers: Annotated[
        int | None, typer.Option(help="Workers of the local Dask cluster (default: one per core).")
    ] = None,
    allow_private_urls: Annotated[bool, typer.Option(help=PRIVATE_URLS_HELP)] = False,
    user_places: Annotated[Path | None, typer.Option("--gazetteer", help=GAZETTEER_HELP)] = None,
) -> None:
    """Extract conflict events from news articles; one event per line, valid against the event schema.

    Every engine writes the same events in the same order to the same place (stdout, or -o FILE); with
    --engine dask, -o FOLDER/ keeps the job's Parquet partitions there instead."""
    if fmt not in {"jsonl", "json", "table"}:
        raise typer.BadParameter(f"{fmt!r}; choose jsonl, json or table", param_hint="--format")
    use_user_places(user_places)
    output = None if output_arg in (None, "-") else Path(output_arg)
    code, pub = lang_option(lang), published_option(published)
    if engine != "local":
        if output is not None and (output.is_dir() or str(output_arg).endswith(("/", os.sep))):
            run_job(paths, engine, scheduler, workers, output, code, pub)  # the partitions are the output
            return
        events, ok, failed = _extract_with_job(paths, engine, scheduler, workers, code, pub)
    else:
        events, ok, failed = run_extraction(paths, code, pub, allow_private_urls)
    _write_events(events, fmt, output)
    if failed:
        err.print(f"{ok} documents processed, {failed} could not be; {len(events)} events", highlight=False)
    if ok == 0:
        raise typer.Exit(1)


def _extract_with_job(
    paths: list[str], engine: str, scheduler: str | None, workers: int | None, lang: str | None, published: Any
) -> tuple[list[Event], int, int]:
    """Run the job in a folder under the cache directory (reused while the inputs and options are unchanged)
    and read its events back in input order, with its rejects on stderr, as the local engine prints them."""
    import hashlib

    from sitreps.config import cache_dir, code_fingerprint
    from sitreps.scale.job import read_rejects
    from sitreps.scale.load import events as job_events
    from sitreps.scale.partitions import plan

    try:
        keys = [p.key for p in plan(paths)]
    except FileNotFoundError as e:
        raise typer.BadParameter(str(e), param_hint="PATHS") from None
    parts = [*keys, str(lang), str(published), code_fingerprint()]  # another version of the rules: another job
    digest = hashlib.sha1("|".join(parts).encode()).hexdigest()[:12]
    job = cache_dir() / "jobs" / f"extract-{digest}"
    summary = run_job(paths, engine, scheduler, workers, job, lang, published, quiet=True)
    rejects = read_rejects(job)
    for r in rejects:
        errors.print(f"[red]error:[/red] {r['error']}", highlight=False, soft_wrap=True)
    return job_events(job), summary.documents, len(rejects)


def _write_events(events: list[Event], fmt: str, output: Path | None) -> None:
    if fmt == "table":
        console = Console(file=output.open("w", encoding="utf-8") if output else None)
        if not console.is_terminal:
            console.width = 200
        console.print(events_table(events))
        return
    records = [e.to_json() for e in events]  # the event schema's JSON, as written
    text = (
        json.dumps(records, ensure_ascii=False, indent=2) + "\n"
        if fmt == "json"
        else "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    )
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


@app.command(cls=PlainHelp)
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
    by_lang: Annotated[
        bool, typer.Option("--by-lang", help="Also score each language (the gold doc_id prefix before '-').")
    ] = False,
    villages: Annotated[
        bool, typer.Option("--villages", help="Score the village test set: 300 front-line villages from GeoNames.")
    ] = False,
    notes: Annotated[
        bool,
        typer.Option(
            "--notes", help="Also score one-event documents (event notes, headlines): an event, its type, fatalities."
        ),
    ] = False,
) -> None:
    """Score extraction (--gold with --docs: precision, recall, F1, counts), merging (--dedup GED.jsonl) or
    village geocoding (--villages)."""
    from sitreps.eval.score import note_scores, read_jsonl, score

    if dedup is not None:
        _evaluate_dedup(dedup, as_json)
        return
    if villages:
        _evaluate_villages(as_json)
        return
    if not gold or not docs:
        raise typer.BadParameter("give --gold and --docs, or --dedup GED.jsonl", param_hint="--gold/--docs")
    events, ok, _ = run_extraction(docs, None, None)
    if ok == 0:
        raise typer.Exit(1)
    predicted = [e.to_json() for e in events]  # the scorer reads events as JSON, beside the gold's JSON
    if events_out:
        events_out.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in predicted), encoding="utf-8")
    gold_rows = [g for path in gold for g in read_jsonl(path)]
    result = score(gold_rows, predicted)
    if by_lang:
        _print_by_lang(gold_rows, predicted)
    if notes:
        print(note_scores(gold_rows, predicted).line(), file=sys.stderr)
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


def _print_by_lang(gold: list[dict[str, Any]], events: list[dict[str, Any]]) -> None:
    from sitreps.eval.score import score

    langs = sorted({str(g["doc_id"]).split("-")[0] for g in gold})
    for lang in langs:
        r = score([g for g in gold if str(g["doc_id"]).split("-")[0] == lang], events)
        print(
            f"{lang}: documents {r.documents}  gold {r.required_gold}  P {r.precision:.3f}  R {r.recall:.3f}  "
            f"F1 {r.f1:.3f}  counts {r.counts_correct}/{r.counts_total}",
            file=sys.stderr,
        )


def _evaluate_villages(as_json: bool) -> None:
    from sitreps.eval.villages import SIZE, TOLERANCE_KM, evaluate

    r = evaluate()
    if as_json:
        shapes = {k: [r.passed_by_shape[k], n] for k, n in sorted(r.by_shape.items())}
        print(json.dumps({"sentences": r.total, "passed": r.passed, "share": round(r.share, 4), "by_shape": shapes}))
        return
    out = Console(highlight=False)
    out.print(
        f"villages: {SIZE} drawn from GeoNames, {r.total} sentences; exactly one event within {TOLERANCE_KM:g} km: "
        f"[bold]{r.passed}/{r.total} = {100 * r.share:.1f} %[/bold] (names shared by several places: "
        f"{r.shared_passed}/{r.shared_total})"
    )
    out.print("  by shape: " + ", ".join(f"{k} {r.passed_by_shape[k]}/{n}" for k, n in sorted(r.by_shape.items())))
    for f in r.failures[:20]:
        out.print(f"  - {f}")


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


@app.command("ged-gold", cls=PlainHelp, rich_help_panel=DEVELOPER)
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
