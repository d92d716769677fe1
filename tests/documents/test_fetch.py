"""Fetching by URL against a real HTTP server on 127.0.0.1: guards on addresses, redirects, time and size."""

from __future__ import annotations

import ipaddress
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitreps.cli import app
from sitreps.documents import fetch as fetch_module
from sitreps.documents.fetch import any_address, fetch, public_only
from sitreps.documents.model import Document
from sitreps.documents.readers import read_paths
from sitreps.errors import InputError
from sitreps.limits import limits
from tests.conftest import FIXTURES

FEED = (FIXTURES / "wire_feed.rss").read_bytes()
PAGE = (
    b"<html><head><title>Raid</title><meta property='article:published_time' content='2024-03-05'></head><body>"
    b"<article><p>Un drone russo ha colpito un palazzo a Odessa nella notte, uccidendo due persone.</p></article>"
    b"</body></html>"
)


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *_: object) -> None:
        pass

    def _send(self, status: int, body: bytes = b"", ctype: str = "text/html", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        port = self.server.server_address[1]
        routes = {
            "/feed": lambda: self._send(200, FEED, "application/rss+xml"),
            "/page": lambda: self._send(200, PAGE),
            "/loop": lambda: self._send(302, Location="/loop"),
            "/elsewhere": lambda: self._send(302, Location=f"http://127.0.0.2:{port}/feed"),
            "/hop": lambda: self._send(301, Location="/feed"),
            "/missing": lambda: self._send(404, b"no"),
        }
        if self.path == "/slow":
            time.sleep(3)
            self._send(200, PAGE)
        elif self.path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()  # no length: the cap is enforced while reading
            for _ in range(64):
                self.wfile.write(b"x" * 65536)
        else:
            routes.get(self.path, lambda: self._send(404))()


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_own_network_addresses_are_refused_by_default(base: str) -> None:
    (item,) = read_paths([f"{base}/feed"])
    assert isinstance(item, InputError) and "127.0.0.1" in str(item) and "--allow-private-urls" in str(item)
    for ip in ("10.0.0.1", "192.168.1.10", "169.254.169.254", "::1", "fe80::1", "::ffff:127.0.0.1", "0.0.0.0"):
        assert not public_only(ipaddress.ip_address(ip)), ip
    assert public_only(ipaddress.ip_address("8.8.8.8")) and public_only(ipaddress.ip_address("2001:4860::8888"))
    with pytest.raises(InputError, match="only http and https"):
        fetch("file:///etc/passwd")


def test_a_feed_and_a_page_by_url_when_allowed(base: str) -> None:
    docs = list(read_paths([f"{base}/feed", f"{base}/hop", f"{base}/page"], allow_private_urls=True))
    assert all(isinstance(d, Document) for d in docs), docs
    page = docs[-1]
    assert isinstance(page, Document) and page.url == f"{base}/page" and "Odessa" in page.text
    entries = len(list(read_paths([str(FIXTURES / "wire_feed.rss")])))
    assert len(docs) == 2 * entries + 1  # the feed, the feed again through a redirect, the page


def test_redirects_are_bounded_and_each_hop_is_checked(base: str) -> None:
    with pytest.raises(InputError, match="more than 5 redirects"):
        fetch(f"{base}/loop", any_address)
    only_this_host = "127.0.0.1"
    with pytest.raises(InputError, match=r"refused, 127\.0\.0\.2"):
        fetch(f"{base}/elsewhere", lambda ip: str(ip) == only_this_host)
    with pytest.raises(InputError, match="404"):
        fetch(f"{base}/missing", any_address)


def test_time_and_size_are_capped(base: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InputError, match="no answer within 1 s"):
        fetch(f"{base}/slow", any_address, timeout=1)
    monkeypatch.setattr(fetch_module, "limits", lambda: replace(limits(), max_file_bytes=1 << 20))
    with pytest.raises(InputError, match="more than 1 MB"):
        fetch(f"{base}/big", any_address)


def test_ingest_a_feed_by_url(base: str, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 's.db'}"
    refused = CliRunner().invoke(app, ["ingest", f"{base}/feed", "--db", db])
    assert refused.exit_code == 1 and "--allow-private-urls" in refused.output
    ok = CliRunner().invoke(app, ["ingest", f"{base}/feed", "--db", db, "--allow-private-urls"])
    assert ok.exit_code == 0 and "documents: 2 new" in ok.output, ok.output
    again = CliRunner().invoke(app, ["ingest", f"{base}/feed", "--db", db, "--allow-private-urls"])
    assert again.exit_code == 0 and "documents: 0 new, 2 already stored" in again.output, again.output
