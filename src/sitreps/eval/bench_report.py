"""`sitreps bench`: extraction speed, memory and cold start; speed per language; ingest throughput and query
latency; Dask scaling. The report is built here; the CLI prints it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sitreps.eval.report import Report


def build(
    seeds: Path,
    ged: Path,
    size: int,
    store: bool = True,
    events: int = 1_000_000,
    ingest_docs: int = 300,
    scale_docs: int = 100_000,
) -> Report:
    from sitreps.eval.bench import corpus, per_language, run

    sample = seeds.parent / "it_2025-01-04_weekly-raids.txt"
    result = run(seeds, ged, size, sample if sample.exists() else seeds)
    store_rows: list[tuple[str, str, str]] = []
    store_json: dict[str, Any] = {}

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
    report = Report(
        f"sitreps bench: {result.articles} articles, {result.characters:,} characters, one core",
        (("measure", "left"), ("value", "right"), ("aim", "right")),
        data={**result.to_json(), **store_json},
    )
    report.rows += [
        ("extract: articles/s", f"{result.articles_per_second:.1f}", ">= 50"),
        ("extract: seconds", f"{result.extract_seconds:.2f}", ""),
        ("spaCy blank tokenizer (floor): seconds", f"{result.tokenizer_seconds:.3f}", ""),
        ("ratio extract / tokenizer", f"{result.ratio:.1f}x", "<= 10x"),
        ("events", str(result.events), ""),
        ("peak memory (RSS)", f"{result.peak_rss_mb:.0f} MB", "<= 1536 MB"),
        ("cold start to first event", f"{result.cold_start_seconds:.2f} s", "<= 3 s"),
        *store_rows,
    ]
    return report
