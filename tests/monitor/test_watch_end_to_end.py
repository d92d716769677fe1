"""The issue's acceptance test: `sitreps watch` for a bounded run against a feed server on 127.0.0.1 that
answers 304, fails a poll with 503 + Retry-After and gains items over time, with alerts to a webhook.

Every poll after the first is conditional; 304s cause no work; the 503 is retried after its Retry-After; each
new item is stored once (also when a second feed carries the same article); the event reaches the webhook
once although a second report of it arrives later, and again only when its toll is revised."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select
from typer.testing import CliRunner

from sitreps.cli import app
from sitreps.monitor.alerts import signature
from sitreps.store import feeds
from sitreps.store.repo import Store
from sitreps.store.tables import AlertDeliveryRow, DocumentRow, EventRow
from tests.monitor.servers import SUMY_EN, SUMY_IT, SUMY_TOLL, TALKS, FeedState, feed_server, payloads, webhook_receiver

POLLS = 7


def _script(server: FeedState) -> None:
    """What the feed server does as the polls arrive: a second report, a failing poll, a revised toll."""

    def on_request(path: str, n: int) -> None:
        if path != "/wire":
            return
        if n == 3:  # after a 200 and a 304: the second report of the strike, and this poll fails once
            server.add("/wire", SUMY_IT)
            server.fail("/wire", 503, "1")
        if n == 6:  # the toll rises
            server.add("/wire", SUMY_TOLL)

    server.on_request = on_request


def test_watch_bounded_run(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'desk.db'}"
    with feed_server() as (base, server), webhook_receiver() as (hook_base, hook):
        server.add("/wire", SUMY_EN)
        server.add("/wire", TALKS)
        server.add("/mirror", SUMY_EN)  # the same article in another feed
        _script(server)
        (tmp_path / "feeds.toml").write_text(
            f'[[feed]]\nurl = "{base}/wire"\nevery = "0.3s"\noutlet = "Wire"\n'
            f'[[feed]]\nurl = "{base}/mirror"\nevery = "0.3s"\n'
        )
        (tmp_path / "alerts.toml").write_text(
            'secret = "desk-secret"\napi_url = "http://desk.example.org"\n'
            '[[rule]]\nname = "sumy-casualties"\nadmin1 = ["Sumy Oblast"]\nmin_fatalities = 1\n'
            f'to = ["{hook_base}/alerts", "{tmp_path / "alerts.jsonl"}"]\n'
        )
        args = ["--feeds", str(tmp_path / "feeds.toml"), "--db", db, "--alerts", str(tmp_path / "alerts.toml")]
        bounds = ["--max-polls", str(POLLS), "--allow-private-urls", "--log-format", "json"]
        result = CliRunner().invoke(app, ["watch", *args, *bounds])
        wire, mirror = server.of("/wire"), server.of("/mirror")
        got = payloads(hook)
        received = list(hook.received)
    assert result.exit_code == 0, result.output

    # every poll after the first is conditional; the 503 is retried after its Retry-After
    assert [r.status for r in wire] == [200, 304, 503, 200, 304, 200, 304, 304]
    assert not wire[0].conditional and all(r.conditional for r in wire[1:])
    assert wire[3].at - wire[2].at >= 1.0
    assert [r.status for r in mirror] == [200] + [304] * (POLLS - 1)

    # 304s cause no work: items are read only from the 200s (2 + 3 + 4 on the wire, 1 on the mirror)
    logs = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    polls = [line for line in logs if line["message"] == "poll"]
    assert all(p["items"] == 0 and p["new"] == 0 for p in polls if p["status"] == 304)
    store = Store(db)
    state = {row.url.rsplit("/", 1)[1]: row for row in feeds.feeds(store)}
    assert (state["wire"].polls, state["wire"].not_modified, state["wire"].retries) == (POLLS, 4, 1)
    assert (state["wire"].items_seen, state["wire"].items_new) == (9, 4)
    assert (state["mirror"].items_seen, state["mirror"].items_new) == (1, 0)  # stored once, from the wire

    # each new item stored once; the three reports of the strike are one event
    assert store.count(DocumentRow) == 4
    with store.session() as s:
        (strike,) = s.scalars(select(EventRow).where(EventRow.admin1 == "Sumy Oblast")).all()
        deliveries = s.scalars(select(AlertDeliveryRow).order_by(AlertDeliveryRow.id)).all()
    assert strike.fatalities == 3

    # the webhook got the strike once when new (not again for the Italian report) and once when revised
    assert [(p["reason"], p["revision"], p["event_id"]) for p in got] == [
        ("new", "k2-i0-m0", strike.uid),
        ("revised", "k3-i0-m0", strike.uid),
    ]
    assert got[0]["link"] == f"http://desk.example.org/api/events/{strike.uid}"
    assert all(r.headers["x-sitreps-signature"] == signature("desk-secret", r.body) for r in received)
    assert [json.loads(line)["revision"] for line in (tmp_path / "alerts.jsonl").read_text().splitlines()] == [
        "k2-i0-m0",
        "k3-i0-m0",
    ]
    assert {d.status for d in deliveries} == {"delivered"} and len(deliveries) == 4
