"""Scaling benchmark: the same generated corpus extracted to Parquet by 1 and by 2 Dask workers, with the
events lost or duplicated checked against what the generator wrote."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from sitreps.config import cache_dir
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


def corpus(n: int) -> Path:
    path = cache_dir() / f"synthetic-{n}.jsonl"
    return path if path.exists() else generate.write(path, n)


def run_scaling(n: int, worker_counts: tuple[int, ...] = (1, 2)) -> list[ScaleRow]:
    docs = corpus(n)
    parts = plan([str(docs)], PARTITION)
    rows = []
    for workers in worker_counts:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp)
            s = run(parts, out, engine="dask", workers=workers)
            lost, dup = generate.check(docs, events(out))
            rows.append(ScaleRow(workers, s.documents, s.seconds, s.peak_worker_mb, lost, dup))
    return rows
