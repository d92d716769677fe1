"""Answers by store version: built once per version, the latest one served while a newer one is being built or
while it is younger than max_stale; kept answers sent gzipped and from memory by the middleware."""

from __future__ import annotations

import threading
from pathlib import Path

from fastapi.testclient import TestClient

from sitreps.ingest import ingest
from sitreps.store.repo import Store
from sitreps.web.app import create_app
from sitreps.web.cache import Answer, Answers, etag_of
from sitreps.web.settings import Settings
from tests.conftest import SEEDS, need


def pair(a: Answer) -> tuple[int, bytes]:
    return a.version, a.body


def test_one_build_per_version_and_fresh_without_max_stale() -> None:
    built: list[int] = []
    answers = Answers()

    def build(v: int) -> bytes:
        built.append(v)
        return str(v).encode()

    assert pair(answers.get(1, "/a", lambda: build(1))) == (1, b"1")
    assert pair(answers.get(1, "/a", lambda: build(1))) == (1, b"1")
    assert pair(answers.get(2, "/a", lambda: build(2))) == (2, b"2")
    assert pair(answers.get(1, "/a", lambda: build(1))) == (1, b"1")  # still kept
    assert built == [1, 2]
    assert etag_of(2, "/a") != etag_of(1, "/a") and etag_of(2, "/a").startswith('"v2-')


def test_the_latest_answer_is_served_while_young_or_while_a_newer_one_is_built() -> None:
    young = Answers(max_stale=3600)
    young.get(1, "/a", lambda: b"one")
    assert pair(young.get(2, "/a", lambda: b"two")) == (1, b"one")
    assert pair(young.get(2, "/b", lambda: b"b")) == (2, b"b")  # nothing older to serve: built

    answers = Answers()
    answers.get(1, "/a", lambda: b"one")
    started, release = threading.Event(), threading.Event()

    def slow() -> bytes:
        started.set()
        release.wait()
        return b"two"

    builder = threading.Thread(target=lambda: answers.get(2, "/a", slow))
    builder.start()
    started.wait()
    assert pair(answers.get(2, "/a", lambda: b"never")) == (1, b"one")
    release.set()
    builder.join()
    assert pair(answers.get(2, "/a", lambda: b"never")) == (2, b"two")


def test_kept_answers_are_sent_gzipped_revalidated_and_keyed_by_the_parameters(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    store = Store(url)
    ingest(store, [str(need(SEEDS / "documents.jsonl"))])
    with TestClient(create_app(Settings(db_url=url, max_stale=1.0), store)) as c:
        plain = c.get("/api/stats", headers={"Accept-Encoding": "identity"})
        assert "content-encoding" not in plain.headers and plain.headers["vary"] == "accept-encoding"
        for _ in range(2):  # built by the route, then sent by the middleware from memory: the same answer
            zipped = c.get("/api/stats", headers={"Accept-Encoding": "gzip"})
            assert zipped.headers["content-encoding"] == "gzip" and zipped.json() == plain.json()
            assert zipped.headers["etag"] == plain.headers["etag"][:-1] + '-gz"'
            assert int(zipped.headers["content-length"]) < len(plain.content)
        for tag in (plain.headers["etag"], zipped.headers["etag"]):
            again = c.get("/api/stats", headers={"If-None-Match": tag})
            assert again.status_code == 304 and again.content == b""
        one = c.get("/api/events", params=[("limit", 5), ("type", "Battles")])
        other = c.get("/api/events", params=[("type", "Battles"), ("limit", 5)])
        assert one.headers["etag"] == other.headers["etag"] and one.json() == other.json()
        page = c.get("/")
        assert '<div id="map"' in page.text and page.headers["content-security-policy"]
        assert c.get("/", headers={"If-None-Match": page.headers["etag"]}).status_code == 304
        assert c.get("/api/events", params={"limit": 0}).status_code == 422  # bad parameters still reach the routes


def test_a_kept_answer_needs_the_read_token_too(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    ingest(Store(url), [str(need(SEEDS / "documents.jsonl"))])
    with TestClient(create_app(Settings(db_url=url, read_token="r", max_stale=1.0))) as c:
        for _ in range(2):
            assert c.get("/api/stats", headers={"Authorization": "Bearer r"}).status_code == 200
        assert c.get("/api/stats").status_code == 401
        assert c.get("/api/stats", headers={"Authorization": "Bearer wrong"}).status_code == 401


def test_cors_headers_are_not_kept_with_the_answers(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    ingest(Store(url), [str(need(SEEDS / "documents.jsonl"))])
    desk, evil = {"Origin": "https://desk.example"}, {"Origin": "https://evil.example"}
    with TestClient(create_app(Settings(db_url=url, cors_origins=("https://desk.example",), max_stale=1.0))) as c:
        tag = c.get("/api/stats", headers=desk).headers["etag"]
        for _ in range(2):
            again = c.get("/api/stats", headers={**desk, "If-None-Match": tag})
            assert again.status_code == 304 and again.headers["access-control-allow-origin"] == "https://desk.example"
            other = c.get("/api/stats", headers={**evil, "If-None-Match": tag})
            assert other.status_code == 304 and "access-control-allow-origin" not in other.headers
