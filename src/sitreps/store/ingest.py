"""`sitreps ingest`: read inputs, skip what is stored, extract and store the rest, one document per
transaction."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sitreps.documents.fetch import is_url
from sitreps.documents.model import Document
from sitreps.documents.readers import read_file, read_stdin, read_url, readable
from sitreps.errors import InputError, SitrepsError, UnknownLanguage
from sitreps.pipeline import extract_document
from sitreps.places.gazetteer import default_gazetteer
from sitreps.store.repo import Store


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


def _files(paths: list[str]) -> Iterator[str | Path]:
    for raw in paths:
        if raw == "-" or is_url(raw):
            yield raw
            continue
        p = Path(raw)
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and readable(f))
        else:
            yield p


def _fingerprint(path: Path) -> tuple[int, str] | None:
    try:
        with path.open("rb") as f:
            return path.stat().st_size, hashlib.file_digest(f, "sha256").hexdigest()
    except OSError:
        return None  # read_file reports why


def ingest(
    store: Store,
    paths: list[str],
    lang: str | None = None,
    published: date | None = None,
    on_document: Callable[[Summary], None] | None = None,
    allow_private_urls: bool = False,
) -> Summary:
    """Ingest files, folders, feeds, http(s) URLs and '-' (stdin) into the store."""
    summary = Summary()
    gaz = default_gazetteer()
    for item in _files(paths):
        fingerprint = None
        if isinstance(item, Path):
            if not item.exists():
                summary.documents_failed += 1
                summary.errors.append(f"{item}: no such file or folder")
                continue
            fingerprint = _fingerprint(item)
            if fingerprint and store.file_done(str(item.resolve()), *fingerprint):
                summary.files_skipped += 1
                continue
            items = read_file(item, lang, published)
        elif item == "-":
            items = read_stdin(lang, published)
        else:
            items = read_url(item, lang, published, allow_private_urls)
        for doc in items:
            _one(store, doc, summary, gaz)
            if on_document:
                on_document(summary)
        if isinstance(item, Path) and fingerprint:
            store.mark_file(str(item.resolve()), *fingerprint)
    return summary


def ingest_document(store: Store, doc: Document | InputError, summary: Summary, gaz: object | None = None) -> bool:
    """Store one document (a feed item the watcher fetched) with the rules of `ingest`; True if it was new."""
    before = summary.documents_new
    _one(store, doc, summary, gaz if gaz is not None else default_gazetteer())
    return summary.documents_new > before


def _one(store: Store, doc: Document | InputError, summary: Summary, gaz: object) -> None:
    if isinstance(doc, InputError):
        summary.documents_failed += 1
        summary.errors.append(str(doc))
        return
    with store.session() as s:
        if store.known(s, doc):
            summary.documents_skipped += 1
            return
    result = extract_document(doc, gaz)  # type: ignore[arg-type]
    if isinstance(result.error, UnknownLanguage):
        store.add(doc, [], result.error.code)  # kept as metadata, never read with another language's pack
        summary.documents_without_pack += 1
        summary.errors.append(f"{doc.origin or doc.id}: {result.error}; stored without events")
        return
    if result.error is not None:
        summary.documents_failed += 1
        summary.errors.append(str(result.error))
        return
    try:
        outcome = store.add(doc, result.events, result.lang)
    except SitrepsError as e:
        summary.documents_failed += 1
        summary.errors.append(f"{doc.origin or doc.id}: {e}")
        return
    if not outcome.stored:
        summary.documents_skipped += 1
        return
    summary.documents_new += 1
    summary.events_new += outcome.new_events
    summary.events_merged += outcome.merged_events
