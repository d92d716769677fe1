"""Answers keyed by the store's version: an ETag per answer (If-None-Match gives 304), and the answer bodies
kept in memory until the store changes, built once however many clients ask at the same moment.

While the store changes faster than an answer is built (an ingest under load), a request may get the latest
answer built instead of waiting for a new one: when another thread is building the new one, or when the latest
is younger than `max_stale` seconds (0 in the library, 1 s for `sitreps serve`) or, for an answer that takes long
to build, than COST_FACTOR times its build time (so rebuilding one takes at most a tenth of a process). Its ETag
names the version it was built at, so a client can tell (the page asks again until it has the version
/api/changes gave).

A body is kept as the bytes sent, and gzipped once when it is built (`Accept-Encoding: gzip` gets those bytes,
with `-gz` in the ETag). `AnswerCache`, a middleware in front of the routes, answers a request whose answer is
kept (or a 304) without the routes: no parameter parsing, no database, no thread; the routes handle the rest
(a first request, one that needs a new build, a bad parameter) and keep what they build. The store's version is
read at most every VERSION_AGE seconds when answers may lag it at all (`max_stale` > 0), else on every request.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import Request, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from sitreps.store.repo import Store
from sitreps.web.settings import Settings

JSON = "application/json"
COST_FACTOR = 10
VERSION_AGE = 0.1  # seconds the store's version is trusted for when answers may lag it (max_stale > 0)
GZIP_FROM = 1024  # smaller bodies are sent as they are
GZIP_LEVEL = 4  # a stats answer on 100,000 events: 537 KB -> 36 KB in 3 ms (level 6: 34 KB in 7 ms)
CACHED_PATHS = ("/api/events", "/api/events/points", "/api/stats")  # the routes that answer through `answer`


def etag_of(version: int, key: str) -> str:
    return f'"v{version}-{hashlib.sha1(key.encode()).hexdigest()[:12]}"'


def cache_key(path: str, query: str) -> str:
    """The request's key: its path and its parameters in a fixed order (as sent, not decoded)."""
    return f"{path}?{'&'.join(sorted(query.split('&')))}" if query else path


def _cache_headers(etag: str) -> list[tuple[bytes, bytes]]:
    """The headers of every answer and every 304 of a kept answer."""
    return [(b"etag", etag.encode()), (b"cache-control", b"no-cache"), (b"vary", b"accept-encoding")]


def _gzip_tag(etag: str) -> str:
    return etag[:-1] + '-gz"'


def _matches(sent: str | None, etag: str) -> bool:
    """If-None-Match `sent` names `etag` (as sent plain or gzipped)."""
    if not sent:
        return False
    tags = {t.strip().removeprefix("W/") for t in sent.split(",")}
    return "*" in tags or etag in tags or _gzip_tag(etag) in tags


def not_modified(request: Request, etag: str) -> bool:
    return _matches(request.headers.get("if-none-match"), etag)


@dataclass
class Answer:
    """One answer body at one version, with its ETag, and gzipped when large enough."""

    version: int
    key: str
    body: bytes
    media_type: str = JSON
    etag: str = ""
    gzipped: bytes | None = None
    _headers: dict[bool, list[tuple[bytes, bytes]]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.etag = self.etag or etag_of(self.version, self.key)
        if self.gzipped is None and len(self.body) >= GZIP_FROM:
            self.gzipped = gzip.compress(self.body, GZIP_LEVEL, mtime=0)
        for zipped in (False, True):
            tag = _gzip_tag(self.etag) if zipped and self.gzipped is not None else self.etag
            self._headers[zipped] = _cache_headers(tag)

    def response(self, if_none_match: str | None, accepts_gzip: bool) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        """Status, headers (a list of its own: middlewares may add to it) and body of this answer for a request
        with these headers."""
        zipped = accepts_gzip and self.gzipped is not None
        headers = self._headers[zipped]
        if _matches(if_none_match, self.etag):
            return 304, list(headers), b""
        body = self.gzipped if zipped and self.gzipped is not None else self.body
        extra = [(b"content-type", self.media_type.encode()), (b"content-length", str(len(body)).encode())]
        if zipped:
            extra.append((b"content-encoding", b"gzip"))
        return 200, headers + extra, body


class Answers:
    """The last `size` answer bodies by (version, request). A body is built by one thread while the others
    asking for it wait; while the store changes faster than an answer is built, a request that finds a newer
    one already being built gets the latest finished one (with that one's ETag) instead of queueing."""

    def __init__(self, size: int = 64, max_stale: float = 0.0) -> None:  # a stats answer on 100,000 events: 0.5 MB
        self.size, self.max_stale = size, max_stale
        self._bodies: OrderedDict[tuple[int, str], Answer] = OrderedDict()
        self._latest: dict[str, Answer] = {}
        self._built_at: dict[str, float] = {}
        self._cost: dict[str, float] = {}  # seconds the last build of a request took
        self._building: dict[tuple[int, str], threading.Lock] = {}
        self._lock = threading.Lock()

    def _ready(self, version: int, key: str) -> Answer | None:
        """(Under the lock) the answer to serve at `version` without building, if there is one."""
        k = (version, key)
        found = self._bodies.get(k)
        if found is not None:
            self._bodies.move_to_end(k)
            return found
        latest = self._latest.get(key)
        if latest is not None:
            window = max(self.max_stale, COST_FACTOR * self._cost.get(key, 0.0)) if self.max_stale else 0.0
            young = time.monotonic() - self._built_at.get(key, 0.0) < window
            if latest.version >= version or young or any(b[1] == key for b in self._building):
                return latest
        return None

    def ready(self, version: int, key: str) -> Answer | None:
        """The answer `get` would give at once, without building one; None when one must be built."""
        with self._lock:
            return self._ready(version, key)

    def known(self, key: str) -> bool:
        """An answer to this request was built (so it is a valid request)."""
        return key in self._latest

    def get(self, version: int, key: str, build: Callable[[], bytes], media_type: str = JSON) -> Answer:
        """The answer at `version` (built now if needed), or one of an earlier version while another thread
        builds this one."""
        k = (version, key)
        with self._lock:
            ready = self._ready(version, key)
            if ready is not None:
                return ready
            gate = self._building.setdefault(k, threading.Lock())
        with gate:
            with self._lock:
                if k in self._bodies:
                    return self._bodies[k]
            started = time.monotonic()
            try:
                built = Answer(version, key, build(), media_type)  # gzipped here, in the building thread
            finally:
                with self._lock:
                    self._building.pop(k, None)
            with self._lock:
                self._bodies[k] = built
                if key not in self._latest or self._latest[key].version < version:
                    self._latest[key] = built
                    self._built_at[key] = time.monotonic()
                    self._cost[key] = self._built_at[key] - started
                while len(self._bodies) > self.size:
                    old = self._bodies.popitem(last=False)[0]
                    if old[1] in self._latest and self._latest[old[1]].version == old[0]:
                        del self._latest[old[1]]
                        self._built_at.pop(old[1], None)
        return built


class VersionClock:
    """The store's version, read at most every `max_age` seconds (0: on every call)."""

    def __init__(self, store: Store, max_age: float) -> None:
        self.store, self.max_age = store, max_age
        self._version, self._read_at = 0, -1e9

    def now(self) -> int:
        if not self.max_age:
            return self.store.version()
        t = time.monotonic()
        if t - self._read_at >= self.max_age:
            self._version, self._read_at = self.store.version(), t
        return self._version


def _accepts_gzip(accept_encoding: str | None) -> bool:
    if not accept_encoding:
        return False
    for part in accept_encoding.lower().split(","):
        name, _, q = part.strip().partition(";")
        if name.strip() in ("gzip", "*"):
            return q.replace(" ", "") not in ("q=0", "q=0.0", "q=0.00", "q=0.000")
    return False


def answer(request: Request, st: Store, build: Callable[[], bytes], media_type: str = JSON) -> Response:
    """The answer to this request at the store's current version: 304 when the client holds it, else the body
    (built once per version), with its ETag; clients revalidate every time (no-cache), at the price of a 304."""
    key = cache_key(request.url.path, request.url.query)
    clock: VersionClock = request.app.state.version_clock
    version = clock.now()
    inm, gz = request.headers.get("if-none-match"), _accepts_gzip(request.headers.get("accept-encoding"))
    current = etag_of(version, key)
    if _matches(inm, current):  # the client holds this version (perhaps built by another server process)
        tag = _gzip_tag(current) if gz and inm and _gzip_tag(current) in inm else current
        not_changed = Response(status_code=304)
        not_changed.raw_headers = _cache_headers(tag)
        return not_changed
    answers: Answers = request.app.state.answers
    status, headers, body = answers.get(version, key, build, media_type).response(inm, gz)
    response = Response(body, status_code=status)
    response.raw_headers = headers
    return response


def _header(headers: list[tuple[bytes, bytes]], name: bytes) -> str | None:
    for k, v in headers:
        if k == name:
            return v.decode("latin-1")
    return None


class AnswerCache:
    """Answers a GET of a cached route from the kept answers (or with a 304) before the routes see it, and the
    page from memory; everything else, and a request whose answer must be built, goes on to the routes."""

    def __init__(self, app: ASGIApp, settings: Settings, answers: Answers, clock: VersionClock, page: Path) -> None:
        self.app, self.settings, self.answers, self.clock = app, settings, answers, clock
        html = page.read_bytes()
        tag = f'"page-{hashlib.sha1(html).hexdigest()[:16]}"'
        self.page = Answer(0, "/", html, "text/html; charset=utf-8", etag=tag)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        if path == "/":
            found: Answer | None = self.page
        elif path in CACHED_PATHS:
            headers = scope["headers"]
            if self.settings.read_token and not self.settings.reads_allowed(_header(headers, b"authorization")):
                found = None  # the routes answer 401
            else:
                key = cache_key(path, scope["query_string"].decode("latin-1"))
                found = self.answers.ready(self.clock.now(), key) if self.answers.known(key) else None
        else:
            found = None
        if found is None:
            await self.app(scope, receive, send)
            return
        headers = scope["headers"]
        status, out, body = found.response(
            _header(headers, b"if-none-match"), _accepts_gzip(_header(headers, b"accept-encoding"))
        )
        await send({"type": "http.response.start", "status": status, "headers": out})
        await send({"type": "http.response.body", "body": body})
