"""Answers keyed by the store's version: an ETag per answer (If-None-Match gives 304), and the answer bodies
kept in memory until the store changes, built once however many clients ask at the same moment.

While the store changes faster than an answer is built (an ingest under load), a request may get the latest
answer built instead of waiting for a new one: when another thread is building the new one, or when the latest
is younger than `max_stale` seconds (0 in the library, 1 s for `sitreps serve`) or, for an answer that takes long
to build, than COST_FACTOR times its build time (so rebuilding one takes at most a tenth of a process). Its ETag
names the version it was built at, so a client can tell (the page asks again until it has the version
/api/changes gave)."""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from fastapi import Request, Response

from sitreps.store.repo import Store

JSON = "application/json"
COST_FACTOR = 10


def etag_of(version: int, key: str) -> str:
    return f'"v{version}-{hashlib.sha1(key.encode()).hexdigest()[:12]}"'


def not_modified(request: Request, etag: str) -> bool:
    sent = request.headers.get("if-none-match")
    if not sent:
        return False
    tags = {t.strip().removeprefix("W/") for t in sent.split(",")}
    return "*" in tags or etag in tags


class Answers:
    """The last `size` answer bodies by (version, request). A body is built by one thread while the others
    asking for it wait; while the store changes faster than an answer is built, a request that finds a newer
    one already being built gets the latest finished one (with that one's ETag) instead of queueing."""

    def __init__(self, size: int = 64, max_stale: float = 0.0) -> None:  # a stats answer on 100,000 events: 0.5 MB
        self.size, self.max_stale = size, max_stale
        self._bodies: OrderedDict[tuple[int, str], bytes] = OrderedDict()
        self._latest: dict[str, tuple[int, bytes]] = {}
        self._built_at: dict[str, float] = {}
        self._cost: dict[str, float] = {}  # seconds the last build of a request took
        self._building: dict[tuple[int, str], threading.Lock] = {}
        self._lock = threading.Lock()

    def get(self, version: int, key: str, build: Callable[[], bytes]) -> tuple[int, bytes]:
        """The body at `version` (built now if needed), or a body of an earlier version while another
        thread builds this one; with the version it belongs to."""
        k = (version, key)
        with self._lock:
            if k in self._bodies:
                self._bodies.move_to_end(k)
                return version, self._bodies[k]
            latest = self._latest.get(key)
            if latest is not None:
                window = max(self.max_stale, COST_FACTOR * self._cost.get(key, 0.0)) if self.max_stale else 0.0
                young = time.monotonic() - self._built_at.get(key, 0.0) < window
                if latest[0] >= version or young or any(b[1] == key for b in self._building):
                    return latest
            gate = self._building.setdefault(k, threading.Lock())
        with gate:
            with self._lock:
                if k in self._bodies:
                    return version, self._bodies[k]
            started = time.monotonic()
            try:
                body = build()
            finally:
                with self._lock:
                    self._building.pop(k, None)
            with self._lock:
                self._bodies[k] = body
                if key not in self._latest or self._latest[key][0] < version:
                    self._latest[key] = (version, body)
                    self._built_at[key] = time.monotonic()
                    self._cost[key] = self._built_at[key] - started
                while len(self._bodies) > self.size:
                    old = self._bodies.popitem(last=False)[0]
                    if self._latest.get(old[1], (None,))[0] == old[0]:
                        del self._latest[old[1]]
                        self._built_at.pop(old[1], None)
        return version, body


def answer(request: Request, st: Store, build: Callable[[], bytes], media_type: str = JSON) -> Response:
    """The answer to this request at the store's current version: 304 when the client holds it, else the body
    (built once per version), with its ETag; clients revalidate every time (no-cache), at the price of a 304."""
    key = f"{request.url.path}?{request.url.query}"
    version = st.version()
    if not_modified(request, etag_of(version, key)):
        return Response(status_code=304, headers={"ETag": etag_of(version, key), "Cache-Control": "no-cache"})
    answers: Answers = request.app.state.answers
    version, body = answers.get(version, key, build)
    headers = {"ETag": etag_of(version, key), "Cache-Control": "no-cache"}
    if not_modified(request, headers["ETag"]):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=media_type, headers=headers)
