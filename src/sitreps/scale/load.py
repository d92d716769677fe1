"""Load a job's Parquet results into the store: one writer, partitions in input order, one transaction per
partition, with the policy of `sitreps.ingest` (the same counts and lines as a document-by-document ingest)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from sitreps.documents.model import Document
from sitreps.events.model import Event, event_from_json
from sitreps.ingest import Extracted, Status, Summary, count
from sitreps.store.repo import Outcome, Store


def manifest(out_dir: Path) -> list[dict[str, Any]]:
    return list(json.loads((out_dir / "manifest.json").read_text()))


def documents(out_dir: Path) -> Iterator[list[Extracted]]:
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
            events = [event_from_json(e) for e in json.loads(row["events_json"])]
            status = Status(row.get("status") or Status.EVENTS)
            batch.append(Extracted(doc, events, row["lang"], status, row.get("message")))
        yield batch


def events(out_dir: Path) -> list[Event]:
    """Every extracted event of a job, in job order (what `sitreps extract` prints)."""
    return [e for batch in documents(out_dir) for x in batch for e in x.events]


def load(store: Store, out_dir: Path, summary: Summary | None = None) -> list[Outcome]:
    """Store a finished job, one transaction per partition; with `summary`, count it as `sitreps.ingest` does: its
    rejects failed (one line each), its documents in a language with no pack stored without events."""
    from sitreps.scale.job import read_rejects

    if summary is not None:
        for reject in read_rejects(out_dir):
            if reject.get("status") != Status.NO_PACK:  # those are stored below
                summary.documents_failed += 1
                summary.errors.append(reject["error"])
    outcomes: list[Outcome] = []
    for batch in documents(out_dir):
        stored = store.add_many([(x.doc, x.events, x.lang) for x in batch if x.doc is not None])
        if summary is not None:
            for x, outcome in zip(batch, stored, strict=True):
                count(x, outcome, summary)
        outcomes += stored
    return outcomes
