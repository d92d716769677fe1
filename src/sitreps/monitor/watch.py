"""`sitreps watch`: poll each source on its own schedule, with conditional requests and retries, and store
what is new through the ingest code (one transaction per document, so stopping loses nothing committed).

Retries: a timeout, a refused connection, a 5xx or a 429 is tried again (tenacity) after the server's
Retry-After when it gives one, else after an exponential backoff with jitter; a Retry-After longer than
`max_retry_after` (30 s) ends the poll, so that other feeds are not held up, and the next poll of that feed
waits at least that long.
"""

from __future__ import annotations

import heapq
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    stop_when_event_set,
    wait_exponential_jitter,
)

from sitreps.documents.fetch import Fetched, any_address, fetch, public_only, suffix_of
from sitreps.documents.model import Document
from sitreps.documents.readers import read_bytes
from sitreps.errors import InputError, Unavailable
from sitreps.ingest import Summary, ingest_document
from sitreps.monitor.sources import Source
from sitreps.store import feeds
from sitreps.store.repo import Store

if TYPE_CHECKING:
    from sitreps.places.gazetteer import Gazetteer

log = logging.getLogger("sitreps.watch")


@dataclass(frozen=True)
class Options:
    max_polls: int | None = None  # per source; None: without end
    duration: float | None = None  # seconds; None: without end
    allow_private_urls: bool = False
    timeout: float = 20.0
    attempts: int = 4  # requests per poll, the first one included
    backoff_initial: float = 1.0
    backoff_max: float = 60.0
    max_retry_after: float = 30.0  # a longer Retry-After ends the poll (other feeds go on) and delays the next


@dataclass
class Totals:
    polls: int = 0
    not_modified: int = 0
    errors: int = 0
    retries: int = 0
    documents_new: int = 0
    documents_known: int = 0
    summary: Summary = field(default_factory=Summary)


OnDocument = Callable[[Document], None]


class _Stopped(InputError):
    """Stop was asked for while a poll waited to retry: the poll is dropped, not counted as failed."""


class Watcher:
    """Polls sources until stopped (`stop` set, e.g. by SIGTERM), past `duration`, or after `max_polls` each."""

    def __init__(
        self,
        store: Store,
        sources: list[Source],
        options: Options | None = None,
        stop: threading.Event | None = None,
        on_document: OnDocument | None = None,
        after_poll: Callable[[], None] | None = None,
    ) -> None:
        self.store, self.sources = store, sources
        self.options = options or Options()
        self.stop = stop or threading.Event()
        self.on_document, self.after_poll = on_document, after_poll
        self.totals = Totals()
        self._gaz: Gazetteer | None = None

    def run(self) -> Totals:
        opts = self.options
        deadline = time.monotonic() + opts.duration if opts.duration else None
        for s in self.sources:
            feeds.register(self.store, s.url, s.outlet, s.lang, s.every)
        start = time.monotonic()
        queue = [(start, n) for n in range(len(self.sources))]
        heapq.heapify(queue)
        polls = [0] * len(self.sources)
        log.info("watch started", extra={"fields": {"sources": len(self.sources)}})
        while queue and not self.stop.is_set():
            due, n = heapq.heappop(queue)
            now = time.monotonic()
            if deadline is not None and due >= deadline:
                break
            if due > now and self.stop.wait(due - now):
                break
            source = self.sources[n]
            wait_at_least = 0.0
            try:
                _, wait_at_least = self.poll(source)
                if self.after_poll:
                    self.after_poll()
            except Exception:  # a bug or a store that went away must not end a watcher that runs for weeks
                log.exception("poll failed", extra={"fields": {"feed": source.url}})
            polls[n] += 1
            if opts.max_polls is None or polls[n] < opts.max_polls:
                heapq.heappush(queue, (time.monotonic() + max(source.every, wait_at_least), n))
        log.info(
            "watch stopped",
            extra={
                "fields": {
                    "polls": self.totals.polls,
                    "not_modified": self.totals.not_modified,
                    "errors": self.totals.errors,
                    "documents_new": self.totals.documents_new,
                    "reason": "signal" if self.stop.is_set() else "bound",
                }
            },
        )
        return self.totals

    # -- one poll -------------------------------------------------------------------------------
    def _wait(self, state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        if isinstance(error, Unavailable) and error.retry_after is not None:
            return error.retry_after
        opts = self.options
        backoff = wait_exponential_jitter(
            multiplier=opts.backoff_initial, max=opts.backoff_max, jitter=opts.backoff_initial
        )
        return float(backoff(state))

    def _sleep(self, seconds: float) -> None:
        self.stop.wait(seconds)  # a stop ends the wait; the next attempt is then not made

    def _retryable(self, error: BaseException) -> bool:
        return isinstance(error, Unavailable) and (error.retry_after or 0) <= self.options.max_retry_after

    def _fetch(self, source: Source, poll: feeds.Poll) -> Fetched:
        opts = self.options
        known = feeds.validators(self.store, source.url)
        allowed = any_address if opts.allow_private_urls else public_only

        def before_sleep(state: RetryCallState) -> None:
            poll.retries += 1
            error = state.outcome.exception() if state.outcome else None
            wait = state.next_action.sleep if state.next_action else 0.0
            log.warning(
                "retrying",
                extra={"fields": {"feed": source.url, "error": str(error), "wait_s": round(wait, 3)}},
            )

        retrying = Retrying(
            retry=retry_if_exception(self._retryable),
            stop=stop_after_attempt(opts.attempts) | stop_when_event_set(self.stop),
            wait=self._wait,
            sleep=self._sleep,
            before_sleep=before_sleep,
            reraise=True,
        )

        def attempt() -> Fetched:
            if self.stop.is_set():
                raise _Stopped(f"{source.url}: stopped")
            return fetch(source.url, allowed, opts.timeout, known.etag, known.last_modified)

        fetched: Fetched = retrying(attempt)
        return fetched

    def poll(self, source: Source) -> tuple[feeds.Poll, float]:
        """Poll one source; returns what it did and how long the next poll must wait at least."""
        poll = feeds.Poll(source.url)
        began = time.monotonic()
        wait_at_least = 0.0
        try:
            fetched = self._fetch(source, poll)
        except _Stopped:
            return poll, 0.0
        except InputError as e:
            poll.error = str(e)
            if isinstance(e, Unavailable):
                poll.status = e.status
                wait_at_least = e.retry_after or 0.0
        else:
            poll.status, poll.etag, poll.last_modified = fetched.status, fetched.etag, fetched.last_modified
            if fetched.status != 304:
                self._store_items(source, fetched, poll)
        poll.duration_s = time.monotonic() - began
        feeds.record(self.store, poll)
        t = self.totals
        t.polls += 1
        t.retries += poll.retries
        t.not_modified += poll.status == 304
        t.errors += poll.error is not None
        level = logging.WARNING if poll.error else logging.INFO
        log.log(
            level,
            "poll",
            extra={
                "fields": {
                    "feed": source.url,
                    "status": poll.status,
                    "duration_s": round(poll.duration_s, 3),
                    "retries": poll.retries,
                    "items": poll.items_seen,
                    "new": poll.items_new,
                    "error": poll.error,
                }
            },
        )
        return poll, wait_at_least

    def _store_items(self, source: Source, fetched: Fetched, poll: feeds.Poll) -> None:
        from sitreps.places.gazetteer import default_gazetteer

        if self._gaz is None:
            self._gaz = default_gazetteer()
        stem = Path(urlsplit(fetched.url).path).stem or "page"
        summary = self.totals.summary
        for item in read_bytes(fetched.content, source.url, suffix_of(fetched), stem, source.lang):
            if self.stop.is_set():
                poll.complete = False  # the rest is read again at the next start
                return
            if isinstance(item, Document):
                item = replace(item, url=item.url or fetched.url, outlet=source.outlet or item.outlet)
                poll.items_seen += 1
            errors = len(summary.errors)
            if ingest_document(self.store, item, summary, self._gaz):
                poll.items_new += 1
                self.totals.documents_new += 1
                if self.on_document and isinstance(item, Document):
                    try:
                        self.on_document(item)
                    except Exception:  # the document stays stored and the next items are read; logged
                        log.exception("alerts failed", extra={"fields": {"feed": source.url, "doc": item.id}})
            elif isinstance(item, Document) and len(summary.errors) == errors:
                self.totals.documents_known += 1
            for message in summary.errors[errors:]:
                log.warning("item not stored", extra={"fields": {"feed": source.url, "error": message}})
            del summary.errors[:]  # logged; a watcher that runs for weeks keeps no list of them
