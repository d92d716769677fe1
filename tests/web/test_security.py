"""Headers, body limits, tokens, CORS and SQL injection, against the real app on a real store."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from sitreps.eval.load import wait_for_server
from sitreps.eval.pgcluster import free_port
from sitreps.ingest import ingest
from sitreps.limits import limits
from sitreps.store.repo import Store
from sitreps.store.tables import DocumentRow, EventRow, SourceRow
from sitreps.web import api
from sitreps.web.app import STATIC, create_app
from sitreps.web.settings import Settings
from tests.conftest import SEEDS, need
from tests.web.posting import outcome

TOKEN = "tok-7c1e9d0b5a"
INJECTIONS = [
    "' OR '1'='1",
    "1; DROP TABLE events; --",
    '" OR 1=1 --',
    "%' UNION SELECT uid FROM events --",
    "Kharkiv' AND sqlite_version() --",
    '"',
    'NEAR(a b) OR "x" * ^',
    "\\x00",
    "'); DELETE FROM documents; --",
]
FILTERS = ["since", "until", "type", "country", "admin1", "bbox", "certainty", "language", "q"]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    st = Store(f"sqlite:///{tmp_path_factory.mktemp('sec') / 's.db'}")
    ingest(st, [str(need(SEEDS / "documents.jsonl"))])
    return st


@pytest.fixture(scope="module")
def client(store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(write_token=TOKEN), store)) as c:
        yield c


def test_every_answer_carries_a_csp_without_inline_scripts_or_eval(client: TestClient) -> None:
    for path in ("/", "/api/events", "/static/app.js", "/api/events/none"):
        csp = client.get(path).headers["content-security-policy"]
        script = next(d for d in csp.split(";") if d.strip().startswith("script-src"))
        assert script.split() == ["script-src", "'self'"], csp
        assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
    page = client.get("/")
    assert page.headers["x-content-type-options"] == "nosniff"
    html = page.text
    assert all(re.search(r"\bsrc=", tag) for tag in re.findall(r"<script[^>]*>", html)), "an inline script"
    assert "<style" not in html and " style=" not in html and not re.search(r"\son[a-z]+=", html)
    js = (STATIC / "app.js").read_text()
    assert "innerHTML" not in js and "insertAdjacentHTML" not in js and "eval(" not in js


def test_request_bodies_past_the_limit_get_413(client: TestClient) -> None:
    cap = limits().max_request_bytes
    auth = {"Authorization": f"Bearer {TOKEN}"}
    big = b'{"text": "' + b"x" * cap + b'", "published": "2024-05-01"}'
    declared = client.post("/api/documents", content=big, headers={**auth, "Content-Type": "application/json"})
    assert declared.status_code == 413 and "max_request_kb" in declared.json()["error"]

    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(cap // 65536 + 2):
            yield b"x" * 65536
        yield b'", "published": "2024-05-01"}'

    streamed = client.post("/api/documents", content=chunks(), headers={**auth, "Content-Type": "application/json"})
    assert streamed.status_code == 413
    ok = client.post(
        "/api/documents", json={"text": "Un drone ha colpito Sumy.", "published": "2024-05-01"}, headers=auth
    )
    assert outcome(client, ok)["status"] == "stored"  # by the application's writer, before the next tests count rows


def test_write_token_is_compared_in_constant_time(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[str, str]] = []
    real = api.secrets.compare_digest

    def spy(a: str, b: str) -> bool:
        seen.append((a, b))
        return real(a, b)

    monkeypatch.setattr(api.secrets, "compare_digest", spy)
    body = {"text": "A drone hit Sumy overnight.", "published": "2024-05-02", "lang": "en"}
    assert client.post("/api/documents", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 403
    assert seen == [("wrong", TOKEN)]
    assert client.post("/api/documents", json=body).status_code == 401


def test_cors_is_off_unless_origins_are_named(store: Store) -> None:
    evil = {"Origin": "https://evil.example"}
    with TestClient(create_app(Settings(), store)) as c:
        assert "access-control-allow-origin" not in c.get("/api/stats", headers=evil).headers
        pre = c.options("/api/documents", headers={**evil, "Access-Control-Request-Method": "POST"})
        assert "access-control-allow-origin" not in pre.headers
    with TestClient(create_app(Settings(cors_origins=("https://desk.example",)), store)) as c:
        ok = c.get("/api/stats", headers={"Origin": "https://desk.example"})
        assert ok.headers["access-control-allow-origin"] == "https://desk.example"
        assert "access-control-allow-origin" not in c.get("/api/stats", headers=evil).headers


def _counts(store: Store) -> tuple[int, int, int]:
    return store.count(EventRow), store.count(DocumentRow), store.count(SourceRow)


@pytest.mark.parametrize("name", FILTERS)
def test_injection_strings_in_every_filter_are_only_data(client: TestClient, store: Store, name: str) -> None:
    before = _counts(store)
    for path in ("/api/events", "/api/events/points", "/api/stats"):
        for payload in INJECTIONS:
            r = client.get(path, params={name: payload})
            assert r.status_code in (200, 422), (path, name, payload, r.text)
            if r.status_code == 200 and path == "/api/events":
                assert r.json()["total"] == 0, (name, payload)  # matched as a value, never as SQL
            else:
                assert r.status_code == 200 or r.json()["parameter"] == name
    for payload in INJECTIONS:
        assert client.get(f"/api/events/{payload}").status_code in (404, 422)
    assert _counts(store) == before


def test_tokens_never_reach_the_server_log(tmp_path: Path) -> None:
    db = tmp_path / "log.db"
    Store(f"sqlite:///{db}").engine.dispose()  # serve only reads: the store must exist
    port = free_port()
    env = {**os.environ, "SITREPS_API_TOKEN": TOKEN, "SITREPS_READ_TOKEN": TOKEN + "-read"}
    server = subprocess.Popen(
        [sys.executable, "-m", "sitreps", "serve", "--db", str(db), "--port", str(port), "--log-level", "debug"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_server(base, server)
        read = {"Authorization": f"Bearer {TOKEN}-read"}
        assert httpx.get(f"{base}/api/stats", headers=read).status_code == 200
        assert httpx.get(f"{base}/api/stats", headers={"Authorization": "Bearer guess"}).status_code == 401
        body = {"text": "A drone hit Sumy overnight.", "published": "2024-05-02", "lang": "en"}
        assert httpx.post(f"{base}/api/documents", json=body, headers={"Authorization": "Bearer guess"}).status_code
        posted = httpx.post(f"{base}/api/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
        assert posted.status_code == 202
    finally:
        server.send_signal(signal.SIGINT)
        out, _ = server.communicate(timeout=30)
    log = out.decode()
    assert "POST /api/documents" in log  # the log is there, at debug level
    assert TOKEN not in log and "guess" not in log
