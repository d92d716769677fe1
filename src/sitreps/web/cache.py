"""Answers keyed by the store's version: an ETag per answer (If-None-Match gives 304), and the answer bodies
kept in memory until the store changes, built once however many clients ask at the same moment."""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable

from fastapi import Request, Response

from sitreps.store.repo import Store

JSON = "application/json"


def etag_of(version: int, key: str) -> str:
    return f'"v{version}-{hashlib.sha1(key.encode()).hexdigest()[:12]}"'


def not_modified(request: Request, etag: str) -> bool:
    sent = request.headers.get("if-none-match")
    if not sent:
        return False
    tags = {t.strip().removeprefix("W/") for t in sent.split(",")}
    return "*" in tags or etag in tags


class Answers:
    """The last `size` answer bodies by (version, request); a body is built by one thread while the others
    asking for it wait."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._bodies: OrderedDict[tuple[int, str], bytes] = OrderedDict()
        self._building: dict[tuple[int, str], threading.Lock] = {}
        self._lock = threading.Lock()

    def get(self, version: int, key: str, build: Callable[[], bytes]) -> bytes:
        k = (version, key)
        with self._lock:
            if k in self._bodies:
                self._bodies.move_to_end(k)
                return self._bodies[k]
            gate = self._building.setdefault(k, threading.Lock())
        with gate:
            with self._lock:
                if k in self._bodies:
                    return self._bodies[k]
            body = build()
            with self._lock:
                self._bodies[k] = body
                self._building.pop(k, None)
                while len(self._bodies) > self.size:
                    self._bodies.popitem(last=False)
        return body


def answer(request: Request, st: Store, build: Callable[[], bytes], media_type: str = JSON) -> Response:
    """The answer to this request at the store's current version: 304 when the client holds it, else the body
    (built once per version), with its ETag; clients revalidate every time (no-cache), at the price of a 304."""
    version = st.version()
    key = f"{request.url.path}?{request.url.query}"
    etag = etag_of(version, key)
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    if not_modified(request, etag):
        return Response(status_code=304, headers=headers)
    answers: Answers = request.app.state.answers
    return Response(answers.get(version, key, build), media_type=media_type, headers=headers)
