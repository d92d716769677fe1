"""Per-feed state of `sitreps watch`: validators for conditional requests, last poll, last error, counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from sitreps.store.repo import Store
from sitreps.store.tables import FeedRow

MAX_ERROR = 2000


@dataclass(frozen=True)
class Validators:
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class Poll:
    """What one poll of a feed did (a retried request is one poll)."""

    url: str
    status: int | None = None  # the last HTTP status, None when no answer came
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None
    duration_s: float = 0.0
    retries: int = 0
    items_seen: int = 0
    items_new: int = 0
    complete: bool = True  # False when stopped before every item was stored: validators are then not kept


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def validators(store: Store, url: str) -> Validators:
    with store.session() as s:
        row = s.get(FeedRow, url)
        return Validators(row.etag, row.last_modified) if row else Validators()


def register(store: Store, url: str, outlet: str | None, language: str | None, interval_s: float) -> None:
    """Add a feed (or refresh what the feeds file says of it)."""
    with store.session() as s, s.begin():
        row = s.get(FeedRow, url)
        if row is None:
            row = FeedRow(url=url, polls=0, not_modified=0, errors=0, retries=0, poll_seconds=0.0)
            row.items_seen = row.items_new = 0
            s.add(row)
        row.outlet, row.language, row.interval_s = outlet, language, interval_s


def record(store: Store, poll: Poll) -> None:
    """Keep what a poll did; validators only after a complete poll, so an interrupted one is fetched again."""
    with store.session() as s, s.begin():
        row = s.get(FeedRow, poll.url)
        if row is None:
            row = FeedRow(url=poll.url, polls=0, not_modified=0, errors=0, retries=0, poll_seconds=0.0)
            row.items_seen = row.items_new = 0
            s.add(row)
        now = _now()
        row.last_poll, row.last_status, row.last_duration_s = now, poll.status, poll.duration_s
        row.polls += 1
        row.retries += poll.retries
        row.poll_seconds += poll.duration_s
        row.items_seen += poll.items_seen
        row.items_new += poll.items_new
        if poll.error:
            row.errors += 1
            row.last_error = poll.error[:MAX_ERROR]
            return
        row.last_success, row.last_error = now, None
        if poll.status == 304:
            row.not_modified += 1
        elif poll.complete:
            row.etag, row.last_modified = poll.etag, poll.last_modified


def feeds(store: Store) -> list[FeedRow]:
    with store.session() as s:
        return list(s.scalars(select(FeedRow).order_by(FeedRow.url)))


def totals(store: Store) -> dict[str, float]:
    """Sums over every feed, for /metrics."""
    with store.session() as s:
        row = s.execute(
            select(
                func.count(),
                func.coalesce(func.sum(FeedRow.polls), 0),
                func.coalesce(func.sum(FeedRow.errors), 0),
                func.coalesce(func.sum(FeedRow.not_modified), 0),
                func.coalesce(func.sum(FeedRow.poll_seconds), 0.0),
            )
        ).one()
    return dict(zip(("feeds", "polls", "errors", "not_modified", "poll_seconds"), map(float, row), strict=True))
