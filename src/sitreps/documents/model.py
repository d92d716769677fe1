"""One news article with its metadata."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from sitreps.errors import InputError
from sitreps.limits import limits

# Invisible format and control characters (zero-width spaces and joiners, bidi embeddings and isolates,
# soft hyphens, BOMs, C0/C1 controls, tag characters): they split or disguise words, "Khar\u200bkiv",
# and never carry meaning in the languages sitreps reads.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]"
)
_LINE_BREAKS = re.compile("[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def clean_text(text: str) -> str:
    """NFC text without invisible characters; odd line separators become newlines."""
    text = unicodedata.normalize("NFC", text)
    return _INVISIBLE.sub("", _LINE_BREAKS.sub("\n", text))


@dataclass(frozen=True)
class Document:
    id: str
    text: str
    published: date
    lang: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    origin: str = ""  # file (and line) it was read from, for messages

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", clean_text(self.text))

    @property
    def text_hash(self) -> str:
        """Hash of the normalised text: the same article twice has the same hash."""
        norm = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", self.text)).strip().lower()
        return hashlib.sha256(norm.encode()).hexdigest()


def with_text(doc: Document) -> Document | InputError:
    """The document, or an error if nothing is left of its text once invisible characters are gone."""
    if doc.text.strip():
        return doc
    return InputError(f"{doc.origin or doc.id}: the text is empty (or only invisible characters); nothing to extract")


def check_document(doc: Document, today: date | None = None) -> None:
    """Refuse a document whose size or publication date is past the bounds in limits.toml."""
    lim = limits()
    where = doc.origin or doc.id
    if isinstance(empty := with_text(doc), InputError):
        raise empty
    if len(doc.text) > lim.max_document_chars:
        raise InputError(
            f"{where}: {len(doc.text):,} characters, more than the {lim.max_document_chars:,} one document may have"
            " (max_document_chars in limits.toml); split it into articles"
        )
    latest = (today or date.today()) + timedelta(days=lim.max_days_after_today)
    if doc.published > latest:
        raise InputError(f"{where}: publication date {doc.published} is in the future; check the date")
    if doc.published < lim.earliest_published:
        raise InputError(
            f"{where}: publication date {doc.published} is before {lim.earliest_published}; check the date"
        )
