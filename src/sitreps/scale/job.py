"""Run a job: every partition extracted (in this process, or on a Dask cluster), its results written as
Parquet (one row per document: the document and its events as JSON) and its bad documents to a rejects file.

A partition whose result is on disk is not run again. On Dask, a failed partition is retried; a worker
that dies has its partitions run elsewhere. The result is the same, run by run and engine by engine.
"""

from __future__ import annotations

import json
import os
import resource
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

from sitreps.documents.model import Document
from sitreps.errors import InputError
from sitreps.scale.partitions import Partition, open_lines

RETRIES = 2
# status: "events", or "no_pack" for a document kept without events (sitreps.ingest's policy), with its message
COLUMNS = (
    "doc_index", "doc_id", "text", "published", "lang", "url", "outlet", "title", "origin", "status", "message",
    "events_json",
)


@dataclass
class PartitionResult:
    key: str
    index: int
    documents: int
    events: int
    rejects: int
    skipped: bool = False
    worker_peak_mb: float = 0.0


@dataclass
class JobSummary:
    partitions: int = 0
    documents: int = 0
    events: int = 0
    rejects: int = 0
    skipped_partitions: int = 0
    seconds: float = 0.0
    workers: int = 1
    peak_worker_mb: float = 0.0

    @property
    def per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


def peak_memory_mb() -> float:
    """This process's peak resident memory. VmHWM (Linux) starts afresh with the process image, unlike
    getrusage's ru_maxrss, which a spawned worker inherits from the process that started it."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _documents(p: Partition, lang: str | None, published: date | None) -> list[Document | InputError]:
    from sitreps.documents.readers import document_from_record, read_file, read_jsonl_lines

    if p.kind == "jsonl":
        lines = islice(open_lines(Path(p.paths[0])), p.start, p.stop)
        return list(read_jsonl_lines(lines, p.paths[0], lang, published, first_line=p.start + 1))
    if p.kind == "parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(p.paths[0]).slice(p.start, p.stop - p.start)
        return [
            document_from_record(row, f"{p.paths[0]}#{p.start + i + 1}", lang, published)
            for i, row in enumerate(table.to_pylist())
        ]
    out: list[Document | InputError] = []
    for f in p.paths:
        out += list(read_file(Path(f), lang, published))
    return out


def _write_atomic(path: Path, write: Callable[[Path], object]) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    write(tmp)
    os.replace(tmp, path)


def run_partition(
    p: Partition, out_dir: str, lang: str | None = None, published: date | None = None
) -> PartitionResult:
    """Extract one partition into out_dir/events/<key>.parquet and out_dir/rejects/<key>.jsonl."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from sitreps.ingest import Status, extract_item
    from sitreps.places.gazetteer import default_gazetteer

    out = Path(out_dir)
    done = out / "done" / f"{p.key}.json"
    if done.exists():
        return PartitionResult(**{**json.loads(done.read_text()), "skipped": True})
    gaz = default_gazetteer()  # loaded from the cached index once per worker process
    rows: dict[str, list[Any]] = {c: [] for c in COLUMNS}
    rejects: list[dict[str, str]] = []
    n_events = n_documents = 0
    for i, item in enumerate(_documents(p, lang, published)):
        x = extract_item(item, gaz)
        if x.status is not Status.EVENTS:  # one line for each, as the local engine prints it
            named = {"document": x.doc.id} if x.doc is not None else {}
            rejects.append({"partition": p.key, **named, "error": x.message or "", "status": x.status.value})
        if x.doc is None or x.status is Status.FAILED:
            continue
        doc = x.doc
        events = [e.to_json() for e in x.events]
        n_events += len(events)
        n_documents += x.ok
        values = (
            i,
            doc.id,
            doc.text,
            doc.published.isoformat(),
            x.lang,
            doc.url,
            doc.outlet,
            doc.title,
            doc.origin,
            x.status.value,
            x.message,
            json.dumps(events, ensure_ascii=False),
        )
        for c, v in zip(COLUMNS, values, strict=True):
            rows[c].append(v)
    for sub in ("events", "rejects", "done"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pydict(
        rows, schema=pa.schema([(c, pa.int32() if c == "doc_index" else pa.string()) for c in COLUMNS])
    )
    _write_atomic(out / "events" / f"{p.key}.parquet", lambda t: pq.write_table(table, t))
    _write_atomic(
        out / "rejects" / f"{p.key}.jsonl",
        lambda t: t.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rejects)),
    )
    peak = peak_memory_mb()
    result_ = PartitionResult(p.key, p.index, n_documents, n_events, len(rejects), False, peak)
    _write_atomic(done, lambda t: t.write_text(json.dumps(result_.__dict__)))
    return result_


def write_manifest(out_dir: Path, parts: list[Partition]) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    manifest = [
        {"index": p.index, "key": p.key, "kind": p.kind, "paths": p.paths, "start": p.start, "stop": p.stop}
        for p in parts
    ]
    _write_atomic(out_dir / "manifest.json", lambda t: t.write_text(json.dumps(manifest, indent=1)))


def run(
    parts: list[Partition],
    out_dir: Path,
    engine: str = "local",
    scheduler: str | None = None,
    workers: int | None = None,
    lang: str | None = None,
    published: date | None = None,
    on_result: Callable[[PartitionResult], None] | None = None,
) -> JobSummary:
    """Run every partition; results land in out_dir whichever the engine."""
    write_manifest(out_dir, parts)
    summary = JobSummary(partitions=len(parts))
    t0 = time.perf_counter()
    results: list[PartitionResult] = []
    if engine == "local":
        for p in parts:
            r = run_partition(p, str(out_dir), lang, published)
            results.append(r)
            if on_result:
                on_result(r)
    elif engine == "dask":
        from sitreps.extras import require

        require("scale", "--engine dask")
        from distributed import Client, LocalCluster, as_completed

        cluster = None
        if scheduler:
            client = Client(scheduler)
        else:
            n = workers or os.cpu_count() or 1
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None)
            client = Client(cluster)
        try:
            summary.workers = len(client.scheduler_info()["workers"])
            futures = client.map(
                run_partition,
                parts,
                out_dir=str(out_dir),
                lang=lang,
                published=published,
                retries=RETRIES,
                pure=False,
                key=[f"sitreps-{p.key}" for p in parts],
            )
            for future in as_completed(futures):
                r = future.result()
                results.append(r)
                if on_result:
                    on_result(r)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    else:
        raise ValueError(f"engine {engine!r}; choose local or dask")
    summary.seconds = time.perf_counter() - t0
    for r in results:
        summary.documents += r.documents
        summary.events += r.events
        summary.rejects += r.rejects
        summary.skipped_partitions += int(r.skipped)
        summary.peak_worker_mb = max(summary.peak_worker_mb, r.worker_peak_mb)
    return summary


def read_rejects(out_dir: Path) -> list[dict[str, str]]:
    out = []
    for f in sorted((out_dir / "rejects").glob("*.jsonl")):
        out += [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out
