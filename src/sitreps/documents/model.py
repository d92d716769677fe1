"""One news article with its metadata."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date


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

    @property
    def text_hash(self) -> str:
        """Hash of the normalised text: the same article twice has the same hash."""
        norm = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", self.text)).strip().lower()
        return hashlib.sha256(norm.encode()).hexdigest()
