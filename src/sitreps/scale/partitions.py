"""Cut inputs into partitions: line ranges of JSONL(.gz), row ranges of Parquet, groups of small files.

A partition's key depends on the file's path, size and modification time and on its range, so rerunning a
job on unchanged inputs finds the partitions already done.
"""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sitreps.documents.readers import bounded_lines, readable

PARTITION_DOCS = 500
FILES_PER_PARTITION = 200
Kind = Literal["jsonl", "parquet", "files"]


@dataclass(frozen=True)
class Partition:
    index: int  # position in the job: the order results are loaded in
    key: str
    kind: Kind
    paths: tuple[str, ...]
    start: int = 0
    stop: int = 0


def _stamp(path: Path) -> str:
    st = path.stat()
    return f"{path.resolve()}:{st.st_size}:{st.st_mtime_ns}"


def _key(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16]


def _is_jsonl(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"))


def open_lines(path: Path) -> Iterator[bytes | None]:
    """A JSONL(.gz) file's lines as bytes, None for a line past the size limit (see bounded_lines)."""
    with gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb") as f:
        yield from bounded_lines(f)


def _count_lines(path: Path) -> int:
    return sum(1 for _ in open_lines(path))


def _expand(inputs: list[str]) -> list[Path]:
    out: list[Path] = []
    for raw in inputs:
        p = Path(raw)
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and readable(f))
        else:
            out.append(p)
    return out


def plan(inputs: list[str], size: int = PARTITION_DOCS) -> list[Partition]:
    """The partitions of a job, in input order."""
    parts: list[Partition] = []
    loose: list[Path] = []

    def flush_loose() -> None:
        for i in range(0, len(loose), FILES_PER_PARTITION):
            group = loose[i : i + FILES_PER_PARTITION]
            key = _key("files", *(_stamp(f) for f in group))
            parts.append(Partition(len(parts), key, "files", tuple(str(f) for f in group)))
        loose.clear()

    for path in _expand(inputs):
        if not path.exists():
            raise FileNotFoundError(f"{path}: no such file or folder")
        if _is_jsonl(path):
            flush_loose()
            n = _count_lines(path)
            for start in range(0, max(n, 1), size):
                stop = min(start + size, n)
                parts.append(Partition(len(parts), _key(_stamp(path), start, stop), "jsonl", (str(path),), start, stop))
        elif path.suffix.lower() == ".parquet":
            import pyarrow.parquet as pq

            flush_loose()
            n = pq.ParquetFile(path).metadata.num_rows
            for start in range(0, max(n, 1), size):
                stop = min(start + size, n)
                parts.append(
                    Partition(len(parts), _key(_stamp(path), start, stop), "parquet", (str(path),), start, stop)
                )
        else:
            loose.append(path)
    flush_loose()
    return parts
