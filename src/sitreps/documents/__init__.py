"""Documents: the record, readers for files and streams, language identification."""

from sitreps.documents.model import Document

__all__ = ["Document"]
