"""The Python API: text or documents in, typed events out, and a pandas DataFrame of them.

    import sitreps
    events = sitreps.extract("Un drone ha colpito Kharkiv stamattina.", published="2024-05-10", lang="it")

Imports stay light: the pipeline, the place index and pandas load on first use."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sitreps.documents.model import Document
from sitreps.errors import InputError, SitrepsError
from sitreps.events.model import Event
from sitreps.store.records import StoredEvent

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class DocumentEvents:
    """The events of one document of `extract_documents`, or the error that stopped it (then no events)."""

    document: Document | None
    events: list[Event]
    lang: str | None = None
    error: SitrepsError | None = None


def _document(item: Document | Mapping[str, Any], where: str) -> Document | InputError:
    from sitreps.documents.readers import document_from_record

    if isinstance(item, Document):
        return item
    return document_from_record(dict(item), where)


def extract(
    text: str,
    published: date | str,
    lang: str | None = None,
    *,
    doc_id: str = "text",
    url: str | None = None,
    outlet: str | None = None,
) -> list[Event]:
    """The events one text reports. `published` (a date or YYYY-MM-DD) anchors relative dates ("this
    morning"); `lang` is a pack code (it, en, uk, ru, fr, de, es), detected when None. Raises InputError
    for an empty or oversized text or a bad date, UnknownLanguage for a language with no pack."""
    from sitreps.pipeline import extract_document

    row = {"id": doc_id, "text": text, "published": str(published), "lang": lang, "url": url, "outlet": outlet}
    doc = _document(row, doc_id)
    if isinstance(doc, InputError):
        raise doc
    result = extract_document(doc)
    if result.error is not None:
        raise result.error
    return result.events


def extract_documents(items: Iterable[Document | Mapping[str, Any]]) -> Iterator[DocumentEvents]:
    """The events of many documents, in order: each item a Document or a mapping with the JSONL fields
    ({"id", "text", "published", "lang"?, "url"?, "outlet"?, "title"?}). A bad document yields its error
    and the rest go on."""
    from sitreps.pipeline import extract_document

    for n, item in enumerate(items, 1):
        where = str(item.get("id") or f"document {n}") if isinstance(item, Mapping) else item.id
        doc = _document(item, where)
        if isinstance(doc, InputError):
            yield DocumentEvents(None, [], None, doc)
            continue
        result = extract_document(doc)
        yield DocumentEvents(doc, result.events, result.lang, result.error)


def to_dataframe(events: Iterable[Event | StoredEvent | Mapping[str, Any]]) -> pd.DataFrame:
    """A pandas DataFrame, one row per event, with the Parquet export's flat typed columns (dates as dates,
    counts as nullable integers, `latitude`/`longitude`), without the geometry bytes. Takes Event objects,
    stored records, or event records as JSON (the JSONL of `extract` or `export`)."""
    import pyarrow as pa

    from sitreps.export import parquet

    rows = []
    for e in events:
        row = parquet.flat(e if isinstance(e, Event | StoredEvent) else _record(e))
        del row["geometry"]
        rows.append(row)
    schema = parquet.schema()
    schema = schema.remove(schema.get_field_index("geometry")).remove_metadata()
    return pa.Table.from_pylist(rows, schema=schema).to_pandas(types_mapper=_nullable)


def _record(d: Mapping[str, Any]) -> Event | StoredEvent:
    """An event record read from JSON: a stored event (`export`'s JSONL carries event_id_cnty) or an event as
    `extract` writes it."""
    from sitreps.events.model import event_from_json

    if "event_id_cnty" in d:
        return StoredEvent.model_validate(d)
    return event_from_json(dict(d))


def _nullable(t: Any) -> Any:
    import pandas as pd
    import pyarrow as pa

    if pa.types.is_integer(t):
        return pd.Int64Dtype()
    return None


__all__ = ["DocumentEvents", "extract", "extract_documents", "to_dataframe"]
