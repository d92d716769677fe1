"""GET /metrics: Prometheus text format with documents, events, feed polls, errors and latency, alerts."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from sitreps.store import feeds
from sitreps.store.repo import Store
from sitreps.store.tables import AlertDeliveryRow
from sitreps.web.app import create_app
from sitreps.web.settings import Settings

SAMPLE = re.compile(r'^[a-z_]+(\{[a-z_]+="(?:[^"\\]|\\.)*"(,[a-z_]+="(?:[^"\\]|\\.)*")*\})? -?[0-9.e+-]+$')


def _store(tmp_path: Path) -> tuple[str, Store]:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    store = Store(url)
    feed = "http://wire.example.org/rss?token=abc"
    feeds.register(store, feed, "Wire", "en", 60)
    feeds.record(store, feeds.Poll(feed, 200, '"v1"', None, duration_s=0.25, items_seen=3, items_new=2))
    feeds.record(store, feeds.Poll(feed, 304, duration_s=0.05))
    feeds.record(store, feeds.Poll(feed, 503, error="503 Service Unavailable", duration_s=2.0, retries=3))
    with store.session() as s, s.begin():
        s.add(
            AlertDeliveryRow(
                rule="r",
                event_uid="ev-1",
                revision="k1",
                destination="stdout",
                status="delivered",
                attempts=1,
                payload="{}",
            )
        )
    return url, store


def test_metrics_in_prometheus_text_format(tmp_path: Path) -> None:
    url, store = _store(tmp_path)
    with TestClient(create_app(Settings(db_url=url), store)) as client:
        r = client.get("/metrics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain; version=0.0.4")
    lines = r.text.splitlines()
    for line in lines:
        assert line.startswith(("# HELP ", "# TYPE ")) or SAMPLE.match(line), line
    values = {line.rsplit(" ", 1)[0]: float(line.rsplit(" ", 1)[1]) for line in lines if not line.startswith("#")}
    feed = '{feed="http://wire.example.org/rss"}'  # no query string: tokens stay out of the labels
    assert values["sitreps_documents"] == 0 and values["sitreps_events"] == 0
    assert values[f"sitreps_feed_polls_total{feed}"] == 3
    assert values[f"sitreps_feed_errors_total{feed}"] == 1
    assert values[f"sitreps_feed_not_modified_total{feed}"] == 1
    assert values[f"sitreps_feed_retries_total{feed}"] == 3
    assert values[f"sitreps_feed_items_new_total{feed}"] == 2
    assert values[f"sitreps_feed_poll_seconds_sum{feed}"] == 2.3
    assert values[f"sitreps_feed_poll_seconds_count{feed}"] == 3
    assert values[f"sitreps_feed_last_poll_seconds{feed}"] == 2.0
    assert values['sitreps_alert_deliveries{status="delivered"}'] == 1
    assert "# TYPE sitreps_feed_poll_seconds summary" in lines
    assert "abc" not in r.text


def test_metrics_need_the_read_token_when_one_is_set(tmp_path: Path) -> None:
    url, store = _store(tmp_path)
    with TestClient(create_app(Settings(db_url=url, read_token="r"), store)) as client:
        assert client.get("/metrics").status_code == 401
        assert client.get("/metrics", headers={"Authorization": "Bearer r"}).status_code == 200


def test_labels_are_escaped() -> None:
    from sitreps.web.metrics import _label

    assert _label('a"b\\c\nd') == 'a\\"b\\\\c\\nd'
