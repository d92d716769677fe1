"""Load a job's Parquet results into the store: one writer, partitions in input order, one transaction per
partition, with the same merge rules as a document-by-document ingest."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from sitreps.documents.model import Document
from sitreps.events.model import Event, event_from_json
from sitreps.store.repo import Outcome, Store


def manifest(out_dir: Path) -> list[dict[str, Any]]:
    return list(json.loads((out_dir / "manifest.json").read_text()))


def documents(out_dir: Path) -> Iterator[list[tuple[Document, list[Event], str | None]]]:
    """Each partition's documents with their events, in job order."""
    import pyarrow.parquet as pq

    for part in sorted(manifest(out_dir), key=lambda p: p["index"]):
        path = out_dir / "events" / f"{part['key']}.parquet"
        if not path.exists():
            raise FileNotFoundError(f"{path}: the job has not finished this partition; run it again")
        batch = []
        for row in sorted(pq.read_table(path).to_pylist(), key=lambda r: r["doc_index"]):
            doc = Document(
                id=row["doc_id"],
                text=row["text"],
                published=date.fromisoformat(row["published"]),
                lang=row["lang"],
                url=row["url"],
                outlet=row["outlet"],
                title=row["title"],
                origin=row["origin"] or "",
            )
            batch.append((doc, [event_from_json(e) for e in json.loads(row["events_json"])], row["lang"]))
        yield batch


def events(out_dir: Path) -> list[dict[str, Any]]:
    """Every extracted event of a job, in job order (what `sitreps extract` prints)."""
    return [e.to_json() for batch in documents(out_dir) for _, evs, _ in batch for e in evs]


def load(store: Store, out_dir: Path) -> list[Outcome]:
    outcomes: list[Outcome] = []
    for batch in documents(out_dir):
        outcomes += store.add_many(batch)
    return outcomes
