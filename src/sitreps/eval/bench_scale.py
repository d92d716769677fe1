"""Scaling benchmark: the same generated corpus extracted to Parquet by 1 and by 2 Dask workers, with the
events lost or duplicated checked against what the generator wrote."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from sitreps.scale import generate
from sitreps.scale.job import run
from sitreps.scale.load import events
from sitreps.scale.partitions import plan

PARTITION = 1000


@dataclass
class ScaleRow:
    workers: int
    documents: int
    seconds: float
    peak_worker_mb: float
    lost: int
    duplicated: int

    @property
    def per_second(self) -> float:
        return self.documents / self.seconds

    @property
    def per_minute_per_core(self) -> float:
        return self.per_second * 60 / self.workers


def run_scaling(n: int, worker_counts: tuple[int, ...] = (1, 2)) -> list[ScaleRow]:
    """The corpus is generated afresh each run: its places are the ones today's code reads back as themselves,
    so lost or duplicated events measure the distributed job, not yesterday's place ranking."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        docs = generate.write(Path(tmp) / "corpus.jsonl", n)
        parts = plan([str(docs)], PARTITION)
        for workers in worker_counts:
            out = Path(tmp) / f"job-{workers}"
            s = run(parts, out, engine="dask", workers=workers)
            lost, dup = generate.check(docs, events(out))
            rows.append(ScaleRow(workers, s.documents, s.seconds, s.peak_worker_mb, lost, dup))
    return rows
