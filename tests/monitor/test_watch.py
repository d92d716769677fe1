"""The watcher against a feed server on 127.0.0.1: conditional requests, 304s, 503 + Retry-After, items
added over time, the same article in two feeds, the per-feed state kept in the store."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from sitreps.documents.fetch import retry_after_seconds
from sitreps.monitor.sources import Source
from sitreps.monitor.watch import Options, Watcher
from sitreps.store import feeds
from sitreps.store.repo import Store
from sitreps.store.tables import DocumentRow
from tests.monitor.servers import SUMY_EN, TALKS, Item, feed_server


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(f"sqlite:///{tmp_path / 'watch.db'}")


def test_polls_are_conditional_304s_cost_nothing_and_a_503_waits_for_retry_after(store: Store) -> None:
    with feed_server() as (base, server):
        server.add("/feed", SUMY_EN)
        added = threading.Event()

        def after_poll() -> None:
            n = len(server.of("/feed"))
            if n == 2 and not added.is_set():  # after a 200 and a 304: a new item, and the next poll fails once
                server.add("/feed", TALKS)
                server.fail("/feed", 503, "1")
                added.set()

        watcher = Watcher(
            store,
            [Source(f"{base}/feed", 0.1)],
            Options(max_polls=4, allow_private_urls=True, backoff_initial=0.05),
            after_poll=after_poll,
        )
        totals = watcher.run()
        requests = server.of("/feed")
    assert [r.status for r in requests] == [200, 304, 503, 200, 304]
    assert not requests[0].conditional and all(r.conditional for r in requests[1:])
    assert requests[3].at - requests[2].at >= 1.0  # Retry-After: 1
    (row,) = feeds.feeds(store)
    assert row.last_error is None, row.last_error
    assert (totals.polls, totals.not_modified, totals.retries, totals.errors) == (4, 2, 1, 0)
    assert totals.documents_new == 2 and store.count(DocumentRow) == 2
    (row,) = feeds.feeds(store)
    # the second 200 holds the first item again: seen twice, stored once
    assert (row.polls, row.not_modified, row.retries, row.errors, row.items_seen, row.items_new) == (4, 2, 1, 0, 3, 2)
    assert row.etag and row.last_modified and row.last_error is None and row.last_duration_s is not None


def test_the_same_article_in_two_feeds_is_stored_once(store: Store) -> None:
    copy = Item("other-guid", SUMY_EN.title, SUMY_EN.text, SUMY_EN.link + "?utm_source=rss")
    with feed_server() as (base, server):
        server.add("/a", SUMY_EN)
        server.add("/b", copy)
        totals = Watcher(
            store, [Source(f"{base}/a", 60), Source(f"{base}/b", 60)], Options(max_polls=1, allow_private_urls=True)
        ).run()
    assert (totals.documents_new, totals.documents_known, store.count(DocumentRow)) == (1, 1, 1)


def test_failures_are_recorded_and_a_long_retry_after_ends_the_poll(store: Store) -> None:
    with feed_server() as (base, server):
        server.add("/feed", SUMY_EN)
        server.fail("/feed", 503, "3600")
        watcher = Watcher(store, [Source(f"{base}/feed", 0.1)], Options(max_polls=2, allow_private_urls=True))
        stop = threading.Timer(1.5, watcher.stop.set)
        stop.start()
        totals = watcher.run()
        stop.cancel()
        statuses = [r.status for r in server.of("/feed")]
    assert statuses == [503]  # the next poll waits for the server's hour, and the watcher was stopped before
    (row,) = feeds.feeds(store)
    assert row.errors == 1 and "503" in (row.last_error or "") and row.last_status == 503
    assert totals.errors == 1 and store.count(DocumentRow) == 0


def test_private_addresses_are_refused_without_the_flag(store: Store) -> None:
    with feed_server() as (base, server):
        server.add("/feed", SUMY_EN)
        totals = Watcher(store, [Source(f"{base}/feed", 60)], Options(max_polls=1)).run()
        assert server.of("/feed") == []
    (row,) = feeds.feeds(store)
    assert totals.errors == 1 and "--allow-private-urls" in (row.last_error or "")


def test_retries_back_off_on_5xx_without_retry_after(store: Store) -> None:
    with feed_server() as (base, server):
        server.add("/feed", TALKS)
        server.fail("/feed", 502, None)
        server.fail("/feed", 500, None)
        totals = Watcher(
            store, [Source(f"{base}/feed", 60)], Options(max_polls=1, allow_private_urls=True, backoff_initial=0.05)
        ).run()
        statuses = [r.status for r in server.of("/feed")]
    assert statuses == [502, 500, 200] and totals.retries == 2 and totals.errors == 0


def test_retry_after_reads_seconds_and_http_dates() -> None:
    from email.utils import formatdate

    assert retry_after_seconds("120") == 120
    assert retry_after_seconds(None) is None and retry_after_seconds("soon") is None
    later = retry_after_seconds(formatdate(time.time() + 60, usegmt=True))
    assert later is not None and 55 <= later <= 61
    assert retry_after_seconds("Tue, 14 May 2024 08:00:00 GMT") == 0  # past: at once


def test_a_failing_alert_hook_or_poll_does_not_end_the_watch(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_: object) -> None:
        raise RuntimeError("alert hook bug")

    with feed_server() as (base, server):
        server.add("/feed", SUMY_EN)
        server.add("/feed", TALKS)
        watcher = Watcher(
            store, [Source(f"{base}/feed", 0.05)], Options(max_polls=3, allow_private_urls=True), on_document=broken
        )
        real = watcher.poll
        calls = []

        def flaky(source: Source) -> tuple[feeds.Poll, float]:
            calls.append(source.url)
            if len(calls) == 2:
                raise RuntimeError("poll bug")
            return real(source)

        monkeypatch.setattr(watcher, "poll", flaky)
        totals = watcher.run()
        statuses = [r.status for r in server.of("/feed")]
    assert len(calls) == 3 and statuses == [200, 304]
    assert totals.documents_new == 2 and store.count(DocumentRow) == 2


def test_a_page_is_watched_like_a_feed(store: Store) -> None:
    with feed_server() as (base, server):
        server.add("/news/sumy.html", SUMY_EN)
        totals = Watcher(
            store, [Source(f"{base}/news/sumy.html", 0.05, "en", "Wire")], Options(max_polls=2, allow_private_urls=True)
        ).run()
        statuses = [r.status for r in server.of("/news/sumy.html")]
    assert statuses == [200, 304] and totals.documents_new == 1
    with store.session() as s:
        (doc,) = s.query(DocumentRow).all()
    assert doc.outlet == "Wire" and doc.language == "en" and "Sumy" in doc.text
    assert doc.url == f"{base}/news/sumy.html"


def test_a_stop_ends_a_wait_for_retry_after_at_once(store: Store) -> None:
    with feed_server() as (base, server):
        server.add("/feed", TALKS)
        server.fail("/feed", 503, "20")  # waited for inside the poll (under 30 s)
        watcher = Watcher(store, [Source(f"{base}/feed", 60)], Options(allow_private_urls=True))

        def stop_once_waiting() -> None:
            while not server.of("/feed"):
                time.sleep(0.05)
            time.sleep(0.5)
            watcher.stop.set()

        threading.Thread(target=stop_once_waiting, daemon=True).start()
        began = time.monotonic()
        watcher.run()
        took = time.monotonic() - began
        statuses = [r.status for r in server.of("/feed")]
    assert took < 15 and statuses == [503]  # stopped within the 20 s wait, and no second request
