"""GET /metrics: the store and the watcher in Prometheus' text format (version 0.0.4).

Documents and events stored; per watched feed its polls, 304s, retries, errors, new items, poll latency (sum and
count, so rate(sum)/rate(count) is the mean) and the last poll's duration; alert deliveries by status. The
watcher keeps these figures in the store (table `feeds`), so a web service on the same store serves them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import PlainTextResponse
from sqlalchemy import func, select

from sitreps.store import feeds
from sitreps.store.repo import Store
from sitreps.store.tables import AlertDeliveryRow, DocumentRow, EventRow
from sitreps.web.api import require_read, store

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
router = APIRouter(dependencies=[Depends(require_read)])


def _label(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _family(name: str, kind: str, help_text: str, samples: Iterable[tuple[str, dict[str, str], float]]) -> list[str]:
    lines = [f"# HELP {name} {help_text}", f"# TYPE {name} {kind}"]
    for sample, labels, value in samples:
        text = ",".join(f'{k}="{_label(v)}"' for k, v in labels.items())
        lines.append(f"{sample}{{{text}}} {_number(value)}" if text else f"{sample} {_number(value)}")
    return lines


def render(st: Store) -> str:
    """The metrics page for the store `st`."""
    lines: list[str] = []
    lines += _family(
        "sitreps_documents", "gauge", "Documents stored.", [("sitreps_documents", {}, st.count(DocumentRow))]
    )
    lines += _family("sitreps_events", "gauge", "Events stored.", [("sitreps_events", {}, st.count(EventRow))])
    rows = feeds.feeds(st)
    per_feed = [
        ("sitreps_feed_polls_total", "counter", "Polls of a watched feed (a retried request is one poll).", "polls"),
        ("sitreps_feed_not_modified_total", "counter", "Polls answered 304 Not Modified.", "not_modified"),
        ("sitreps_feed_errors_total", "counter", "Polls that failed (after their retries).", "errors"),
        ("sitreps_feed_retries_total", "counter", "Requests retried after a timeout, 5xx or 429.", "retries"),
        ("sitreps_feed_items_seen_total", "counter", "Feed items read from 200 answers.", "items_seen"),
        ("sitreps_feed_items_new_total", "counter", "Feed items stored as new documents.", "items_new"),
    ]
    for name, kind, help_text, attr in per_feed:
        lines += _family(name, kind, help_text, [(name, {"feed": _shown(r.url)}, getattr(r, attr)) for r in rows])
    lines += _family(
        "sitreps_feed_poll_seconds",
        "summary",
        "Time a poll took: request(s), retries and storing the new items.",
        [
            sample
            for r in rows
            for sample in (
                ("sitreps_feed_poll_seconds_sum", {"feed": _shown(r.url)}, r.poll_seconds),
                ("sitreps_feed_poll_seconds_count", {"feed": _shown(r.url)}, r.polls),
            )
        ],
    )
    lines += _family(
        "sitreps_feed_last_poll_seconds",
        "gauge",
        "Time the last poll of a feed took.",
        [("sitreps_feed_last_poll_seconds", {"feed": _shown(r.url)}, r.last_duration_s or 0.0) for r in rows],
    )
    with st.session() as s:
        by_status = s.execute(
            select(AlertDeliveryRow.status, func.count())
            .group_by(AlertDeliveryRow.status)
            .order_by(AlertDeliveryRow.status)
        ).all()
    lines += _family(
        "sitreps_alert_deliveries",
        "gauge",
        "Alert deliveries by status (delivered, failed, pending).",
        [("sitreps_alert_deliveries", {"status": str(status)}, n) for status, n in by_status],
    )
    return "\n".join(lines) + "\n"


def _shown(url: str) -> str:
    return url.split("?", 1)[0]  # tokens travel in queries; a label keeps the path


@router.get("/metrics", include_in_schema=False)
def metrics(st: Annotated[Store, Depends(store)]) -> PlainTextResponse:
    return PlainTextResponse(render(st), media_type=CONTENT_TYPE)
