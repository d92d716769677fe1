"""The exception tree of sitreps.

SitrepsError
├── InputError          a document or input file cannot be read (empty, binary, not JSON, no text ...)
│   ├── UnknownLanguage the text is in a language that has no pack
│   └── Unavailable     a URL's server did not answer in time, or answered 5xx / 429: try again later
├── PackError           a language pack is missing or malformed
├── GazetteerError      the place index cannot be built or loaded
├── StoreError          the database cannot be opened or written
└── DeliveryError       an alert could not be delivered (webhook, file, SMTP)

Every message says what was wrong, the bad value, and what to do.
"""

from __future__ import annotations


class SitrepsError(Exception):
    """Base class of every error sitreps raises on purpose."""


class InputError(SitrepsError):
    """A document or an input file cannot be used."""


class UnknownLanguage(InputError):
    """The document's language has no pack (`code` is the detected language, when known)."""

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.code = code


class Unavailable(InputError):
    """The server did not answer in time, or answered 5xx / 429: worth trying again later.
    `retry_after` is the delay in seconds the server asked for (Retry-After), when it gave one."""

    def __init__(self, message: str, status: int | None = None, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status, self.retry_after = status, retry_after


class PackError(SitrepsError):
    """A language pack is missing or malformed."""


class GazetteerError(SitrepsError):
    """The gazetteer index cannot be built or loaded."""


class StoreError(SitrepsError):
    """The event store cannot be opened or written."""


class DeliveryError(SitrepsError):
    """An alert could not be delivered (the destination refused it or could not be reached)."""
