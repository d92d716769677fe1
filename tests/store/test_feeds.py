"""Watcher state and alert claims on both backends (migrations 0002 and 0003)."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from sitreps.store import feeds
from sitreps.store.repo import Store
from sitreps.store.tables import AlertDeliveryRow


def test_feed_state_keeps_validators_of_complete_polls_only(store: Store) -> None:
    url = "https://wire.example.org/rss"
    feeds.register(store, url, "Wire", "en", 300)
    assert feeds.validators(store, url) == feeds.Validators()
    feeds.record(store, feeds.Poll(url, 200, '"a"', "Tue, 14 May 2024 08:00:00 GMT", duration_s=0.5, items_seen=2))
    feeds.record(store, feeds.Poll(url, 200, '"b"', None, complete=False))  # stopped midway: fetched again
    assert feeds.validators(store, url) == feeds.Validators('"a"', "Tue, 14 May 2024 08:00:00 GMT")
    feeds.record(store, feeds.Poll(url, 304, '"a"', None, duration_s=0.1))
    feeds.record(store, feeds.Poll(url, 503, error="503 Service Unavailable", retries=3, duration_s=4))
    (row,) = feeds.feeds(store)
    assert (row.polls, row.not_modified, row.errors, row.retries, row.items_seen) == (4, 1, 1, 3, 2)
    assert row.last_error == "503 Service Unavailable" and row.last_status == 503 and row.outlet == "Wire"
    assert feeds.totals(store) == {"feeds": 1, "polls": 4, "errors": 1, "not_modified": 1, "poll_seconds": 4.6}


def test_an_alert_is_claimed_once(store: Store) -> None:
    def claim() -> None:
        with store.session() as s, s.begin():
            s.add(
                AlertDeliveryRow(
                    rule="r",
                    event_uid="ev-1",
                    revision="k2-i0-m0",
                    destination="stdout",
                    status="pending",
                    payload="{}",
                )
            )

    claim()
    with pytest.raises(IntegrityError):
        claim()
    assert store.count(AlertDeliveryRow) == 1
