"""Server settings from the environment."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    db_url: str | None = None
    write_token: str | None = None  # POST /api/documents needs "Authorization: Bearer <token>"
    read_token: str | None = None  # when set, reads need it too
    cors_origins: tuple[str, ...] = ()  # origins allowed to read the API from their pages; none by default
    max_stale: float = 0.0  # seconds an answer may lag the store while the store changes (see web/cache.py)
    writer: bool = True  # a thread of the application stores the POSTed articles; `serve` runs a process instead

    @classmethod
    def from_env(cls, db_url: str | None = None) -> Settings:
        return cls(
            db_url=db_url or os.environ.get("SITREPS_DB"),
            write_token=os.environ.get("SITREPS_API_TOKEN") or None,
            read_token=os.environ.get("SITREPS_READ_TOKEN") or None,
            cors_origins=tuple(o.strip() for o in os.environ.get("SITREPS_CORS_ORIGINS", "").split(",") if o.strip()),
            max_stale=float(os.environ.get("SITREPS_MAX_STALE") or 0.0),
            writer=os.environ.get("SITREPS_WRITER", "thread") == "thread",
        )

    def reads_allowed(self, authorization: str | None) -> bool:
        """A request with this Authorization header may read (always, when no read token is set)."""
        if not self.read_token:
            return True
        token = bearer(authorization) or ""
        # both comparisons always run, so the time taken does not tell which token came close
        readers = secrets.compare_digest(token, self.read_token)
        writers = secrets.compare_digest(token, self.write_token or "\x00" * len(token))
        return readers or (writers and bool(self.write_token))


def bearer(authorization: str | None) -> str | None:
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return None
