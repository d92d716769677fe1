"""sitreps: war news in many languages to geocoded, source-attributed conflict events.

import sitreps
events = sitreps.extract(text, published="2024-05-10", lang="it")   # list[sitreps.Event]
frame = sitreps.to_dataframe(events)                               # pandas
"""

from sitreps.api import DocumentEvents, extract, extract_documents, to_dataframe
from sitreps.documents.model import Document
from sitreps.errors import InputError, SitrepsError, UnknownLanguage
from sitreps.events.model import Count, Event, Evidence, Location, Source

__version__ = "0.1.0"

__all__ = [
    "Count",
    "Document",
    "DocumentEvents",
    "Event",
    "Evidence",
    "InputError",
    "Location",
    "SitrepsError",
    "Source",
    "UnknownLanguage",
    "__version__",
    "extract",
    "extract_documents",
    "to_dataframe",
]
