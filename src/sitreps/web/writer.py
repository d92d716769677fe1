"""The server's writer: POST /api/documents queues an article in the store (table queued_documents) and answers
202; the writer takes the queued articles in order and stores each through `ingest` (the policy of every way
in), recording what came of it for GET /api/documents/queued/{id}.

`sitreps serve` runs one writer process beside its web processes, at a lower CPU priority (nice WRITER_NICE),
so extracting articles (about 0.1 s of CPU each) never holds up the readers' answers: one writer for the store,
as SQLite wants, and the web processes only read and queue. In the library (`create_app`) and the tests a
thread of the application does the same. A queued article outlives a restart: it is taken when a writer runs
again (one that was being stored when the writer died is stored once: a known document is skipped)."""

from __future__ import annotations

import logging
import os
import signal
import threading
from datetime import date

from pydantic import BaseModel, Field, ValidationError
from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt

from sitreps.documents.model import Document
from sitreps.errors import StoreError
from sitreps.store import queue
from sitreps.store.repo import Store

WRITER_NICE = 10  # what `Nice=10` in a systemd unit does
POLL = 0.2  # seconds between looks at an empty queue
ATTEMPTS = 3  # a store error (a database busy past its timeout) is tried again this often, then recorded
log = logging.getLogger("sitreps.writer")


class NewDocument(BaseModel):
    text: str = Field(min_length=1, description="The article text.")
    published: date = Field(description="Publication date, YYYY-MM-DD.")
    id: str | None = None
    lang: str | None = Field(default=None, description="Language pack; detected when absent.")
    url: str | None = None
    outlet: str | None = None
    title: str | None = None

    def document(self) -> Document:
        return Document(
            id=self.id or "api",
            text=self.text,
            published=self.published,
            lang=self.lang,
            url=self.url,
            outlet=self.outlet,
            title=self.title,
            origin="POST /api/documents",
        )


def store_one(store: Store, posted: str) -> queue.Done:
    """Store one queued article (its POSTed JSON) under the ingest policy; what came of it."""
    from sitreps.ingest import Status, Summary, ingest_item

    try:
        doc = NewDocument.model_validate_json(posted).document()
    except ValidationError as e:
        return queue.Done("failed", note=str(e))
    summary = Summary()
    x = ingest_item(store, doc, summary)
    if summary.documents_failed:
        return queue.Done("failed", note=summary.errors[0])
    if summary.documents_skipped:
        return queue.Done("skipped", text_hash=doc.text_hash, note="already stored")
    lang = x.lang if x is not None else None
    if x is not None and x.status is Status.NO_PACK:
        return queue.Done("no_pack", text_hash=doc.text_hash, language=lang, note=summary.errors[0])
    return queue.Done("stored", doc.text_hash, summary.events_new, summary.events_merged, lang)


def _retrying(queue_id: int) -> Retrying:
    """A store error is tried again at once (the database's own timeout has waited), ATTEMPTS times in all;
    each failed attempt is logged."""

    def logged(state: RetryCallState) -> None:
        error = state.outcome.exception() if state.outcome else None
        log.warning("queued article %d: %s (attempt %d of %d)", queue_id, error, state.attempt_number, ATTEMPTS)

    return Retrying(
        stop=stop_after_attempt(ATTEMPTS), retry=retry_if_exception_type(StoreError), after=logged, reraise=True
    )


def drain(store: Store, stop: threading.Event | None = None) -> int:
    """Store every queued article, in order, until the queue is empty (or `stop` is set); how many."""
    done = 0
    while not (stop and stop.is_set()):
        batch = queue.waiting(store)
        if not batch:
            break
        for queue_id, posted in batch:
            if stop and stop.is_set():
                break
            try:
                outcome = _retrying(queue_id)(store_one, store, posted)
            except StoreError as e:
                outcome = queue.Done("failed", note=str(e))
            queue.finish(store, queue_id, outcome)
            done += 1
    return done


def run(store: Store, stop: threading.Event, poll: float = POLL) -> None:
    """Drain the queue until `stop` is set, looking at it every `poll` seconds while it is empty."""
    while not stop.is_set():
        try:
            if not drain(store, stop):
                stop.wait(poll)
        except Exception:  # a database that went away: logged, and tried again
            log.exception("the writer failed; trying again in 5 s")
            stop.wait(5)


def writer_process(db_url: str) -> None:
    """The writer as a process of its own (`sitreps serve`): niced; SIGTERM stops it after the article it is
    storing."""
    os.nice(WRITER_NICE)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    store = Store(db_url)
    from sitreps.pipeline import warm_up

    warm_up()  # the packs and the place index, before the first article comes
    try:
        run(store, stop)
    finally:
        store.engine.dispose()


class WriterThread:
    """The writer as a thread of the application (the library, the tests)."""

    def __init__(self, store: Store) -> None:
        self.store, self.stop = store, threading.Event()
        self.thread = threading.Thread(target=run, args=(store, self.stop), name="sitreps-writer", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def close(self) -> None:
        self.stop.set()
        self.thread.join(timeout=60)
