"""Deliver alerts: each stored event that a rule matches goes to the rule's destinations once per revision of
its toll. A later report that merges into the event without changing the toll sends nothing; a revised toll
sends the event again ("revised").

Each delivery is claimed in the store (one row per rule, event, revision and destination) before it is sent,
so a restart never sends it twice; a failed delivery is retried at once with backoff (tenacity), then again
after later polls, and its error is kept in the row.

Destinations: ``http(s)://...`` (POST JSON; ``X-Sitreps-Signature: sha256=<hex>`` HMAC of the body when a
secret is set), ``stdout`` (JSONL), ``mailto:ADDRESS`` (SMTP), anything else a file (JSONL, appended).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import smtplib
import sys
import threading
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt, stop_when_event_set, wait_exponential_jitter

from sitreps.documents.fetch import USER_AGENT, any_address, check_address, public_only
from sitreps.documents.model import Document
from sitreps.errors import DeliveryError, SitrepsError
from sitreps.monitor.rules import Rule, Rules, best
from sitreps.store.records import StoredEvent
from sitreps.store.repo import Store
from sitreps.store.tables import AlertDeliveryRow, DocumentRow, EventRow, SourceRow

__all__ = ["DeliveryError", "Notifier", "revision_of", "signature"]

log = logging.getLogger("sitreps.alerts")
MAX_ATTEMPTS = 10  # over every retry round; then the delivery stays failed, with its last error
RETRY_DELAY_S = 30.0  # a failed delivery waits this long, doubled at each attempt (at most an hour), to be retried
SIGNATURE_HEADER = "X-Sitreps-Signature"


def revision_of(event: StoredEvent) -> str:
    """The toll as it stands: a new revision is a new alert, the same one is not."""
    return f"k{best(event, 'fatalities')}-i{best(event, 'injured')}-m{best(event, 'missing')}"


def signature(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Notifier:
    def __init__(
        self,
        store: Store,
        rules: Rules,
        allow_private_urls: bool = False,
        stop: threading.Event | None = None,
        attempts: int = 3,
        backoff: float = 0.5,
        timeout: float = 10.0,
        retry_delay: float = RETRY_DELAY_S,
    ) -> None:
        self.store, self.rules = store, rules
        self.allowed = any_address if allow_private_urls else public_only
        self.stop = stop or threading.Event()
        self.attempts, self.backoff, self.timeout = attempts, backoff, timeout
        self.retry_delay = retry_delay
        self._lock = threading.Lock()

    # -- what to send ---------------------------------------------------------------------------
    def document_stored(self, doc: Document) -> None:
        """Alerts for the events a newly stored document created or updated."""
        with self.store.session() as s:
            uids = s.scalars(
                select(EventRow.uid)
                .join(SourceRow, SourceRow.event_id == EventRow.id)
                .join(DocumentRow, DocumentRow.id == SourceRow.document_id)
                .where(DocumentRow.text_hash == doc.text_hash)
                .distinct()
            ).all()
        for uid in uids:
            self.event_changed(uid)

    def event_changed(self, uid: str) -> None:
        event = self.store.event(uid)
        if event is None:
            return
        revision = revision_of(event)
        for rule in self.rules.rules:
            if rule.matches(event):
                for destination in rule.to:
                    self._claim_and_send(rule, event, revision, destination)

    def _payload(self, rule: Rule, event: StoredEvent, revision: str, reason: str) -> dict[str, Any]:
        """What a destination receives: the rule, why, and the stored event's record as JSON."""
        uid = event.event_id
        link = f"{self.rules.api_url}/api/events/{uid}" if self.rules.api_url else f"/api/events/{uid}"
        return {
            "rule": rule.name,
            "reason": reason,
            "revision": revision,
            "event_id": uid,
            "link": link,
            "event": event.to_json(),
        }

    def _claim_and_send(self, rule: Rule, event: StoredEvent, revision: str, destination: str) -> None:
        uid = event.event_id
        with self.store.session() as s:
            earlier = s.scalar(
                select(AlertDeliveryRow.id).where(
                    AlertDeliveryRow.rule == rule.name,
                    AlertDeliveryRow.event_uid == uid,
                    AlertDeliveryRow.destination == destination,
                )
            )
        payload = self._payload(rule, event, revision, "revised" if earlier else "new")
        row = AlertDeliveryRow(
            rule=rule.name,
            event_uid=uid,
            revision=revision,
            destination=destination,
            status="pending",
            attempts=0,
            payload=json.dumps(payload, ensure_ascii=False, sort_keys=True),
        )
        try:
            with self.store.session() as s, s.begin():
                s.add(row)
        except IntegrityError:
            return  # this revision of this event already went (or is going) to this destination
        self._attempt(row.id)

    # -- sending --------------------------------------------------------------------------------
    def retry_failed(self) -> None:
        """Try again, once each, the failed deliveries with attempts left whose wait is over (the watcher calls
        this after each poll; the wait doubles with each attempt, so a receiver that is down is not hammered)."""
        now = _now()
        with self.store.session() as s:
            rows = s.execute(
                select(AlertDeliveryRow.id, AlertDeliveryRow.attempts, AlertDeliveryRow.last_attempt_at).where(
                    AlertDeliveryRow.status.in_(("failed", "pending")), AlertDeliveryRow.attempts < MAX_ATTEMPTS
                )
            ).all()
        for delivery_id, attempts, last in rows:
            wait = min(self.retry_delay * 2 ** max(attempts - 1, 0), 3600.0)
            if last is None or (now - last).total_seconds() >= wait:
                self._attempt(delivery_id, tries_now=1)

    def _attempt(self, delivery_id: int, tries_now: int | None = None) -> None:
        with self.store.session() as s:
            row = s.get(AlertDeliveryRow, delivery_id)
            if row is None or row.status == "delivered":
                return
            destination, body = row.destination, row.payload.encode()
        tries = 0

        def once() -> None:
            nonlocal tries
            tries += 1
            self.send(destination, body)

        error: str | None = None
        try:
            Retrying(
                retry=retry_if_exception_type(DeliveryError),
                stop=stop_after_attempt(tries_now or self.attempts) | stop_when_event_set(self.stop),
                wait=wait_exponential_jitter(multiplier=self.backoff, max=30, jitter=self.backoff),
                sleep=self._sleep,
                reraise=True,
            )(once)
        except DeliveryError as e:
            error = str(e)
        with self.store.session() as s, s.begin():
            row = s.get(AlertDeliveryRow, delivery_id)
            if row is None:
                return
            row.attempts += tries
            row.last_attempt_at = _now()
            if error is None:
                row.status, row.delivered_at, row.last_error = "delivered", _now(), None
            else:
                row.status, row.last_error = "failed", error[:2000]
            fields = {
                "rule": row.rule,
                "event_id": row.event_uid,
                "revision": row.revision,
                "destination": _shown(destination),
                "attempts": row.attempts,
                "error": error,
            }
        log.log(logging.WARNING if error else logging.INFO, "alert", extra={"fields": fields})

    def _sleep(self, seconds: float) -> None:
        self.stop.wait(seconds)

    def send(self, destination: str, body: bytes) -> None:
        """Deliver one payload (DeliveryError when it did not go)."""
        if destination.startswith(("http://", "https://")):
            self._webhook(destination, body)
        elif destination.startswith("mailto:"):
            self._mail(destination.removeprefix("mailto:"), body)
        elif destination in {"stdout", "-"}:
            with self._lock:
                sys.stdout.write(body.decode() + "\n")
                sys.stdout.flush()
        else:
            try:
                with self._lock, Path(destination).open("a", encoding="utf-8") as f:
                    f.write(body.decode() + "\n")
            except OSError as e:
                raise DeliveryError(f"{destination}: cannot append ({e.strerror})") from None

    def _webhook(self, url: str, body: bytes) -> None:
        import httpx

        try:
            check_address(url, self.allowed)
        except SitrepsError as e:
            raise DeliveryError(str(e)) from None
        headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT}
        if self.rules.secret:
            headers[SIGNATURE_HEADER] = signature(self.rules.secret, body)
        try:
            r = httpx.post(url, content=body, headers=headers, timeout=self.timeout, follow_redirects=False)
        except httpx.HTTPError as e:
            raise DeliveryError(f"{_shown(url)}: {type(e).__name__}: {e}") from None
        if not 200 <= r.status_code < 300:
            raise DeliveryError(f"{_shown(url)}: the receiver answered {r.status_code}")

    def _mail(self, address: str, body: bytes) -> None:
        smtp = self.rules.smtp
        if smtp is None:
            raise DeliveryError(f"mailto:{address}: no [smtp] table in {self.rules.path}")
        payload = json.loads(body)
        event = StoredEvent.model_validate(payload["event"])  # the record the payload carries
        msg = EmailMessage()
        msg["From"], msg["To"] = smtp.sender, address
        msg["Subject"] = (
            f"[sitreps] {payload['rule']}: {event.event_type} in {event.location.name}, "
            f"{event.event_date.isoformat()} ({best(event, 'fatalities')} killed, {best(event, 'injured')} injured)"
        )
        evidence = "\n".join(f"- {s.evidence.text} ({s.outlet or s.url})" for s in event.sources)
        msg.set_content(f"{payload['reason']} event, {payload['link']}\n\n{evidence}\n")
        msg.add_attachment(body, maintype="application", subtype="json", filename=f"{event.event_id}.json")
        try:
            with smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout) as client:
                if smtp.starttls:
                    client.starttls()
                if smtp.username and smtp.password:
                    client.login(smtp.username, smtp.password)
                client.send_message(msg)
        except (OSError, smtplib.SMTPException) as e:
            raise DeliveryError(f"mailto:{address}: {type(e).__name__}: {e}") from None


def _shown(destination: str) -> str:
    """A destination as logged: a URL without its query (where tokens often travel)."""
    return destination.split("?", 1)[0]
