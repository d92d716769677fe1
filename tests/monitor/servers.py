"""Local servers for the monitor tests, on 127.0.0.1 only: a feed server that answers conditional requests,
fails polls on demand with 503 + Retry-After and gains items over time; a webhook receiver."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from xml.sax.saxutils import escape


@dataclass(frozen=True)
class Item:
    guid: str
    title: str
    text: str
    link: str
    published: str = "Tue, 14 May 2024 08:00:00 GMT"


@dataclass
class Request:
    at: float
    path: str
    conditional: bool
    status: int


@dataclass
class FeedState:
    feeds: dict[str, list[Item]] = field(default_factory=dict)  # path -> items
    failures: dict[str, list[tuple[int, str | None]]] = field(default_factory=dict)  # path -> (status, Retry-After)
    requests: list[Request] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    # called with (path, how many requests for it so far, this one included) before the answer is made
    on_request: Callable[[str, int], None] | None = None

    def add(self, path: str, item: Item) -> None:
        with self.lock:
            self.feeds.setdefault(path, []).append(item)

    def fail(self, path: str, status: int = 503, retry_after: str | None = "1") -> None:
        with self.lock:
            self.failures.setdefault(path, []).append((status, retry_after))

    def of(self, path: str) -> list[Request]:
        with self.lock:
            return [r for r in self.requests if r.path == path]


def rss(items: list[Item]) -> bytes:
    entries = "".join(
        f"<item><title>{escape(i.title)}</title><link>{escape(i.link)}</link><guid>{escape(i.guid)}</guid>"
        f"<pubDate>{i.published}</pubDate><description>{escape(i.text)}</description></item>"
        for i in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Wire</title>'
        f"{entries}</channel></rss>"  # no <language>: each item is identified on its own
    ).encode()


def html(item: Item) -> bytes:
    """A page of one article (the feed server serves paths ending .html as the page of their last item)."""
    return (
        f"<html><head><title>{escape(item.title)}</title>"
        "<meta property='article:published_time' content='2024-05-14'></head><body><article>"
        f"<h1>{escape(item.title)}</h1><p>{escape(item.text)}</p></article></body></html>"
    ).encode()


def _feed_handler(state: FeedState) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_: object) -> None:
            pass

        def do_GET(self) -> None:
            conditional = "If-None-Match" in self.headers or "If-Modified-Since" in self.headers
            if state.on_request is not None:
                state.on_request(self.path, 1 + len(state.of(self.path)))
            with state.lock:
                failures = state.failures.get(self.path) or []
                failure = failures.pop(0) if failures else None
                items = list(state.feeds.get(self.path, []))
            headers: dict[str, str] = {}
            body = b""
            if failure is not None:
                status, retry_after = failure
                if retry_after is not None:
                    headers["Retry-After"] = retry_after
            elif self.path not in state.feeds:
                status = 404
            else:
                page = html(items[-1]) if self.path.endswith(".html") else rss(items)
                headers["ETag"] = '"' + hashlib.sha1(page).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == headers["ETag"]:
                    status = 304
                else:
                    status, body = 200, page
                    headers["Content-Type"] = "text/html" if self.path.endswith(".html") else "application/rss+xml"
                    headers["Last-Modified"] = formatdate(usegmt=True)
            with state.lock:  # recorded before answering, so a client that has its answer sees it counted
                state.requests.append(Request(time.monotonic(), self.path, conditional, status))
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class HookState:
    received: list[Received] = field(default_factory=list)
    fail_first: int = 0  # answer 500 to this many POSTs first
    posts: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def _hook_handler(state: HookState) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_: object) -> None:
            pass

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            with state.lock:
                state.posts += 1
                failing = state.posts <= state.fail_first
                if not failing:
                    state.received.append(Received(self.path, {k.lower(): v for k, v in self.headers.items()}, body))
            self.send_response(500 if failing else 204)
            self.send_header("Content-Length", "0")
            self.end_headers()

    return Handler


@contextmanager
def serve(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def feed_server() -> Iterator[tuple[str, FeedState]]:
    state = FeedState()
    with serve(_feed_handler(state)) as base:
        yield base, state


@contextmanager
def webhook_receiver(fail_first: int = 0) -> Iterator[tuple[str, HookState]]:
    state = HookState(fail_first=fail_first)
    with serve(_hook_handler(state)) as base:
        yield base, state


def payloads(state: HookState) -> list[Any]:
    import json

    with state.lock:
        return [json.loads(r.body) for r in state.received]


SUMY_EN = Item(
    "sumy-en",
    "Drone strike on Sumy",
    "A Russian drone struck a residential building in Sumy overnight, killing two people, the regional "
    "administration said.",
    "https://wire.example.org/sumy-strike",
)
SUMY_IT = Item(
    "sumy-it",
    "Drone su Sumy",
    "Un drone russo ha colpito un palazzo residenziale a Sumy nella notte, uccidendo due persone, ha detto "
    "l'amministrazione regionale.",
    "https://agenzia.example.org/sumy-drone",
)
SUMY_TOLL = Item(
    "sumy-toll",
    "Sumy toll rises",
    "The death toll from the Russian drone strike on a residential building in Sumy overnight has risen to three, "
    "the regional administration said.",
    "https://wire.example.org/sumy-toll",
)
TALKS = Item("talks", "Talks", "Diplomats met in Geneva to discuss a ceasefire.", "https://wire.example.org/talks")
