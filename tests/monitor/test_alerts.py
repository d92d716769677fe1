"""Alert rules and their delivery: webhook (signed), JSONL file and stdout, SMTP (aiosmtpd on 127.0.0.1);
once per event and toll revision; failures retried and recorded."""

from __future__ import annotations

import email
import email.policy
import json
import socket
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from sitreps.documents.model import Document, with_text
from sitreps.errors import InputError
from sitreps.monitor.alerts import Notifier, revision_of, signature
from sitreps.monitor.rules import Rules, load_rules
from sitreps.pipeline import extract_document
from sitreps.places.gazetteer import Gazetteer
from sitreps.store.records import StoredEvent
from sitreps.store.repo import Store
from sitreps.store.tables import AlertDeliveryRow
from tests.monitor.servers import SUMY_EN, SUMY_IT, SUMY_TOLL, Item, payloads, webhook_receiver


def _doc(item: Item) -> Document:
    doc = with_text(
        Document(id=item.guid, text=f"{item.title}\n\n{item.text}", published=date(2024, 5, 14), url=item.link)
    )
    assert isinstance(doc, Document)
    return doc


def _store_item(store: Store, item: Item, gaz: Gazetteer) -> Document:
    doc = _doc(item)
    result = extract_document(doc, gaz)
    assert result.events, item.guid
    store.add(doc, result.events, result.lang)
    return doc


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(f"sqlite:///{tmp_path / 'alerts.db'}")


def _rules(tmp_path: Path, body: str) -> Rules:
    path = tmp_path / "alerts.toml"
    path.write_text(body)
    return load_rules(path)


def _source(language: str, text: str) -> dict[str, Any]:
    return {
        "report_id": "sr-1",
        "doc_id": "d1",
        "document_id": 1,
        "published": "2024-05-14",
        "language": language,
        "certainty": "reported",
        "evidence": {"text": text, "start": 0, "end": len(text)},
    }


def _record(**over: Any) -> StoredEvent:
    event: dict[str, Any] = {
        "event_id": "ev-1",
        "event_id_cnty": "UKR1",
        "store_id": 1,
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "event_date": "2024-05-14",
        "date_start": "2024-05-14",
        "date_end": "2024-05-14",
        "date_precision": "day",
        "location": {
            "name": "Sumy", "country": "UA", "admin1": "Sumy Oblast", "latitude": 50.9, "longitude": 34.8,
            "precision": 1,
        },
        "certainty": "reported",
        "fatalities": {"low": 2, "best": 2, "high": 2},
        "injured": None,
        "updated_at": "2024-05-14T10:00:00+00:00",
        "sources": [_source("en", "A Russian drone struck a building in Sumy")],
    }
    event.update(over)
    return StoredEvent.model_validate(event)


def test_rules_match_on_every_condition_given(tmp_path: Path) -> None:
    rules = _rules(
        tmp_path,
        '[[rule]]\nname = "sumy"\nadmin1 = "sumy oblast"\nevent_types = ["Explosions/Remote violence"]\n'
        'min_fatalities = 2\nmin_injured = 5\ncertainty = ["confirmed", "reported"]\nlanguage = ["en"]\n'
        'query = "Drone SUMY"\nbbox = [33, 50, 36, 52]\ncountry = "ua"\nto = ["stdout"]\n'
        '[[rule]]\nname = "all"\nto = "stdout"\n',
    )
    sumy, everything = rules.rules
    assert sumy.matches(_record()) and everything.matches(_record())
    assert sumy.matches(_record(fatalities=None, injured={"best": 5}))  # either toll is enough
    for other in (
        _record(fatalities={"best": 1}),
        _record(event_type="Battles"),
        _record(certainty="claimed"),
        _record(sources=[_source("it", "drone Sumy")]),
        _record(sources=[_source("en", "shelling of Sumy")]),
        _record(
            location={
                "name": "Kharkiv", "country": "UA", "admin1": "Kharkiv Oblast", "latitude": 50, "longitude": 36.2,
                "precision": 1,
            }
        ),
    ):
        assert not sumy.matches(other)
    with pytest.raises(AttributeError):  # a rule reads the stored record, not its JSON
        everything.matches(_record().to_json())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("", "no rules"),
        ('[[rule]]\nname = "x"\n', "no destination"),
        ('[[rule]]\nto = "stdout"\nevent_types = ["Airstrike"]\n', "ACLED types"),
        ('[[rule]]\nto = "stdout"\ncertainty = "sure"\n', "certainty"),
        ('[[rule]]\nto = "stdout"\nmin_fatalities = -1\n', "whole number"),
        ('[[rule]]\nto = "stdout"\nbbox = [1, 2]\n', "bbox"),
        ('[[rule]]\nto = "stdout"\nregion = "x"\n', "unknown key"),
        ('[[rule]]\nto = "mailto:a@example.org"\n', r"no \[smtp\]"),
        ('secret_env = "SITREPS_TEST_NOT_SET"\n[[rule]]\nto = "stdout"\n', "not set"),
    ],
)
def test_bad_rules_files_say_what_to_fix(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        _rules(tmp_path, body)


def test_webhook_gets_each_event_once_per_revision_signed(tmp_path: Path, store: Store, gaz: Gazetteer) -> None:
    with webhook_receiver() as (base, hook):
        rules = _rules(
            tmp_path,
            f'api_url = "https://desk.example.org/"\nsecret = "s3cret"\n'
            f'[[rule]]\nname = "sumy"\nadmin1 = "Sumy Oblast"\nmin_fatalities = 1\nto = ["{base}/hook"]\n',
        )
        notifier = Notifier(store, rules, allow_private_urls=True)
        for item in (SUMY_EN, SUMY_IT):  # a second report, same toll: merged, not sent again
            notifier.document_stored(_store_item(store, item, gaz))
        assert len(hook.received) == 1
        notifier.document_stored(_store_item(store, SUMY_TOLL, gaz))  # the toll rises: sent again
        got = payloads(hook)
        bodies = [r.body for r in hook.received]
        headers = [r.headers for r in hook.received]
    assert [p["reason"] for p in got] == ["new", "revised"]
    assert [p["revision"] for p in got] == ["k2-i0-m0", "k3-i0-m0"]
    assert got[0]["event_id"] == got[1]["event_id"] and got[0]["link"].startswith(
        "https://desk.example.org/api/events/ev-"
    )
    assert got[1]["event"]["fatalities"]["best"] == 3 and len(got[1]["event"]["sources"]) == 3
    assert "Sumy" in got[0]["event"]["sources"][0]["evidence"]["text"]
    for body, h in zip(bodies, headers, strict=True):
        assert h["x-sitreps-signature"] == signature("s3cret", body) and h["content-type"] == "application/json"
    with store.session() as s:
        rows = s.scalars(select(AlertDeliveryRow)).all()
    assert [(r.status, r.attempts) for r in rows] == [("delivered", 1), ("delivered", 1)]


def test_failed_deliveries_are_retried_and_recorded(tmp_path: Path, store: Store, gaz: Gazetteer) -> None:
    doc = _store_item(store, SUMY_EN, gaz)
    with webhook_receiver(fail_first=4) as (base, hook):
        rules = _rules(tmp_path, f'[[rule]]\nname = "all"\nto = ["{base}/hook"]\n')
        notifier = Notifier(store, rules, allow_private_urls=True, attempts=2, backoff=0.01, retry_delay=3600)
        notifier.document_stored(doc)  # 500, 500: failed for now
        with store.session() as s:
            (row,) = s.scalars(select(AlertDeliveryRow)).all()
        assert (row.status, row.attempts) == ("failed", 2) and "500" in (row.last_error or "")
        notifier.document_stored(doc)  # the same revision again: not a second delivery
        notifier.retry_failed()  # too soon: the wait after two attempts is two hours here
        assert hook.posts == 2
        notifier.retry_delay = 0
        notifier.retry_failed()  # 500 (one try per round)
        notifier.retry_failed()  # 500
        assert hook.posts == 4 and not hook.received
        notifier.retry_failed()  # 200
        notifier.retry_failed()  # nothing left to do
        with store.session() as s:
            (row,) = s.scalars(select(AlertDeliveryRow)).all()
        assert (row.status, row.attempts, row.last_error) == ("delivered", 5, None) and row.last_attempt_at
        assert len(hook.received) == 1 and "x-sitreps-signature" not in hook.received[0].headers


def test_webhooks_to_private_addresses_need_the_flag(tmp_path: Path, store: Store, gaz: Gazetteer) -> None:
    doc = _store_item(store, SUMY_EN, gaz)
    with webhook_receiver() as (base, hook):
        rules = _rules(tmp_path, f'[[rule]]\nname = "all"\nto = ["{base}/hook"]\n')
        Notifier(store, rules, attempts=1).document_stored(doc)
        assert hook.posts == 0
    with store.session() as s:
        (row,) = s.scalars(select(AlertDeliveryRow)).all()
    assert row.status == "failed" and "--allow-private-urls" in (row.last_error or "")


def test_jsonl_file_and_stdout(
    tmp_path: Path, store: Store, gaz: Gazetteer, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = _store_item(store, SUMY_EN, gaz)
    out = tmp_path / "alerts.jsonl"
    rules = _rules(tmp_path, f'[[rule]]\nname = "all"\nto = ["{out}", "stdout"]\n')
    notifier = Notifier(store, rules)
    notifier.document_stored(doc)
    notifier.document_stored(doc)
    (line,) = out.read_text().splitlines()
    (printed,) = capsys.readouterr().out.splitlines()
    assert json.loads(line) == json.loads(printed)
    event = json.loads(line)["event"]
    assert event["location"]["name"] == "Sumy" and revision_of(StoredEvent.model_validate(event)) == "k2-i0-m0"
    uid = event["event_id"]
    row = store.event(uid)
    assert row is not None and row.to_json()["event_id"] == uid


@pytest.fixture
def smtp_server() -> Iterator[tuple[int, list[Any]]]:
    aiosmtpd = pytest.importorskip("aiosmtpd.controller")
    received: list[Any] = []

    class Handler:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # aiosmtpd calls it by this name
            received.append(envelope)
            return "250 OK"

    with socket.socket() as probe:  # a free loopback port (the controller checks it can connect to its port)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = aiosmtpd.Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, received
    finally:
        controller.stop()


def test_mail_through_smtp(tmp_path: Path, store: Store, gaz: Gazetteer, smtp_server: tuple[int, list[Any]]) -> None:
    port, received = smtp_server
    doc = _store_item(store, SUMY_EN, gaz)
    rules = _rules(
        tmp_path,
        f'[smtp]\nhost = "127.0.0.1"\nport = {port}\nsender = "sitreps@example.org"\n'
        '[[rule]]\nname = "sumy"\nmin_fatalities = 1\nto = ["mailto:desk@example.org"]\n',
    )
    Notifier(store, rules).document_stored(doc)
    (envelope,) = received
    assert envelope.rcpt_tos == ["desk@example.org"] and envelope.mail_from == "sitreps@example.org"
    message = email.message_from_bytes(envelope.content, policy=email.policy.default)
    assert str(message["Subject"]).startswith("[sitreps] sumy: Explosions/Remote violence in Sumy, 2024-")
    assert "(2 killed, 0 injured)" in str(message["Subject"])
    body = message.get_body(("plain",))
    assert body is not None and "Sumy" in body.get_content()
    (attachment,) = message.iter_attachments()
    assert json.loads(attachment.get_content())["event"]["location"]["name"] == "Sumy"
