"""The one way documents come in: read (`documents.readers`) -> extract (`pipeline`) -> store (the store's
write side), with one policy for every way in: `sitreps extract` and `sitreps ingest` (both engines), the Dask
job, POST /api/documents and the feed watcher.

The policy, per item:

- a read error (empty file, binary data, a bad JSONL line, a bad date ...) fails: one line naming it;
- a document already in the store is skipped before extraction (ways with a store);
- a document whose language has no pack gets no events and one line naming it; where there is a store it is
  kept as metadata, without events (never read with another language's pack);
- an extraction or store error fails that document: one line; the rest goes on;
- otherwise its events are stored (new, or merged into the stored events they report).

Progress is reported after each item through one callback that receives the running `Summary`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sitreps.documents.model import Document
from sitreps.errors import InputError, SitrepsError, UnknownLanguage

if TYPE_CHECKING:
    from sitreps.events.model import Event
    from sitreps.places.gazetteer import Gazetteer
    from sitreps.store.repo import Outcome, Store

NO_PACK_STORED = "stored without events"


class Status(StrEnum):
    EVENTS = "events"  # extracted (possibly zero events)
    NO_PACK = "no_pack"  # its language has no pack: no events
    FAILED = "failed"  # not readable or not extractable


@dataclass(frozen=True)
class Extracted:
    """One input item after extraction: its document (None for a read error), events, language, and the one
    line reported for it (None when it went through)."""

    doc: Document | None
    events: list[Event]
    lang: str | None
    status: Status
    message: str | None = None

    @property
    def ok(self) -> bool:
        return self.status is Status.EVENTS


@dataclass
class Summary:
    documents_new: int = 0
    documents_skipped: int = 0
    documents_failed: int = 0
    documents_without_pack: int = 0  # stored as metadata only: their language has no pack
    files_skipped: int = 0
    events_new: int = 0
    events_merged: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def processed(self) -> int:
        return self.documents_new + self.documents_skipped + self.documents_without_pack


Progress = Callable[[Summary], None]


def extract_item(item: Document | InputError, gaz: Gazetteer | None = None) -> Extracted:
    """The policy's extraction step for one read item."""
    from sitreps.pipeline import extract_document

    if isinstance(item, InputError):
        return Extracted(None, [], None, Status.FAILED, str(item))
    result = extract_document(item, gaz)
    if isinstance(result.error, UnknownLanguage):
        return Extracted(item, [], result.error.code, Status.NO_PACK, _where(item, result.error))
    if result.error is not None:
        return Extracted(item, [], None, Status.FAILED, str(result.error))
    return Extracted(item, result.events, result.lang, Status.EVENTS)


def _where(doc: Document, error: SitrepsError) -> str:
    """An error line that names the document (the language detector's messages do not)."""
    name = doc.origin or doc.id
    text = str(error)
    return text if text.startswith(f"{name}:") else f"{name}: {text}"


def extract_items(items: Iterable[Document | InputError], gaz: Gazetteer | None = None) -> Iterator[Extracted]:
    """Each read item extracted under the policy, in order (`sitreps extract`, the Dask job's partitions)."""
    if gaz is None:
        from sitreps.places.gazetteer import default_gazetteer

        gaz = default_gazetteer()
    for item in items:
        yield extract_item(item, gaz)


def extract_paths(
    paths: list[str],
    lang: str | None = None,
    published: date | None = None,
    allow_private_urls: bool = False,
) -> Iterator[Extracted]:
    """Files, folders, URLs and '-' read and extracted under the policy, in order."""
    from sitreps.documents.readers import read_paths

    yield from extract_items(read_paths(paths, lang, published, allow_private_urls))


def record(store: Store, x: Extracted, summary: Summary) -> Outcome | None:
    """Store one extracted item under the policy and count it in `summary`; the store's outcome, if stored."""
    if x.doc is None or x.status is Status.FAILED:
        summary.documents_failed += 1
        summary.errors.append(x.message or "not readable")
        return None
    try:
        outcome = store.add(x.doc, x.events, x.lang)
    except SitrepsError as e:
        summary.documents_failed += 1
        summary.errors.append(f"{x.doc.origin or x.doc.id}: {e}")
        return None
    count(x, outcome, summary)
    return outcome


def count(x: Extracted, outcome: Outcome, summary: Summary) -> None:
    """Count a stored item (one by one or from a bulk load) in `summary`."""
    if x.status is Status.NO_PACK:  # kept as metadata, never read with another language's pack
        summary.documents_without_pack += 1
        summary.errors.append(f"{x.message}; {NO_PACK_STORED}")
        return
    if not outcome.stored:
        summary.documents_skipped += 1
        return
    summary.documents_new += 1
    summary.events_new += outcome.new_events
    summary.events_merged += outcome.merged_events


def ingest_item(
    store: Store, item: Document | InputError, summary: Summary, gaz: Gazetteer | None = None
) -> Extracted | None:
    """Store one read item (a file's document, a feed item, a POSTed article) under the policy; the extracted
    item, or None when it was not extracted (a read error, or a document already stored)."""
    if isinstance(item, InputError):
        summary.documents_failed += 1
        summary.errors.append(str(item))
        return None
    with store.session() as s:
        if store.known(s, item):
            summary.documents_skipped += 1
            return None
    x = extract_item(item, gaz)
    record(store, x, summary)
    return x


def ingest_document(store: Store, item: Document | InputError, summary: Summary, gaz: Gazetteer | None = None) -> bool:
    """`ingest_item` for the watcher: True if the document was stored as new, with its events."""
    before = summary.documents_new
    ingest_item(store, item, summary, gaz)
    return summary.documents_new > before


def _fingerprint(path: Path) -> tuple[int, str] | None:
    try:
        with path.open("rb") as f:
            return path.stat().st_size, hashlib.file_digest(f, "sha256").hexdigest()
    except OSError:
        return None  # the reader reports why


def ingest(
    store: Store,
    paths: list[str],
    lang: str | None = None,
    published: date | None = None,
    on_document: Progress | None = None,
    allow_private_urls: bool = False,
) -> Summary:
    """Ingest files, folders, feeds, http(s) URLs and '-' (stdin) into the store, one document per transaction;
    a file unchanged since it was last ingested is not read again."""
    from sitreps.documents.readers import inputs
    from sitreps.places.gazetteer import default_gazetteer

    summary = Summary()
    gaz = default_gazetteer()
    for source in inputs(paths, lang, published, allow_private_urls):
        fingerprint = None
        if source.path is not None:
            fingerprint = _fingerprint(source.path)
            if fingerprint and store.file_done(str(source.path.resolve()), *fingerprint):
                summary.files_skipped += 1
                continue
        for item in source.items():
            ingest_item(store, item, summary, gaz)
            if on_document:
                on_document(summary)
        if source.path is not None and fingerprint:
            store.mark_file(str(source.path.resolve()), *fingerprint)
    return summary
