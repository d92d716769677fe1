"""Load: the API under many concurrent clients from a second process on loopback while an ingest writes to
the same store, and POSTed articles checked afterwards (no lost writes).

    python -m sitreps.eval.load client http://127.0.0.1:PORT CLIENTS SECONDS TOKEN POST_RATE [no-etags]

is the client process (asyncio streams, one keep-alive connection per client); `run()` starts the server,
the ingest and that client, and checks.
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import random
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitreps.eval.pgcluster import free_port

# articles POSTed per second, all clients together (a client's next request is a POST when one is due); 0: none.
# A rate, not a share of the requests: at thousands of requests a second, one in 25 would be 150 articles a
# second, far past what one writer extracts (0.1-0.4 s of CPU each); 4/s is what the last server that extracted
# them itself took in (221 in 60 s), and more than a desk's team sends.
POST_RATE = 4.0
READS = [
    "/api/events?limit=50",
    "/api/events/points?max=5000",
    "/api/stats",
    "/api/events?bbox=30,45,40,52&since=2022-01-01",
    "/api/events?q=missile",
    "/",
]


@dataclass
class LoadReport:
    requests: int = 0
    errors: int = 0
    posted: int = 0
    lost_writes: int = 0
    p50_ms: float = 0.0
    p95_ms: float = 0.0
    p99_ms: float = 0.0
    max_ms: float = 0.0
    post_p95_ms: float = 0.0  # POSTs alone (answered once queued)
    seconds: float = 0.0
    clients: int = 0
    ingested: int = 0
    events: int = 0
    workers: int = 1
    not_modified: int = 0
    stored_during: int = 0  # documents stored (by the ingest and the writer) while the clients ran
    drain_seconds: float = 0.0  # after the clients stopped, until the writer had stored every queued article
    error_samples: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


@dataclass
class _Answer:
    status: int
    headers: dict[str, str]
    body: bytes


class _Connection:
    """One keep-alive HTTP/1.1 connection on asyncio streams: a client as light as the server's side of it
    (httpx cost the client process more CPU than a server process spent answering it). Bodies are read to the
    last byte; `Accept-Encoding: gzip` is sent as browsers and httpx send it, and a gzip body is not inflated."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None

    async def request(self, method: str, path: str, headers: dict[str, str], body: bytes = b"") -> _Answer:
        if self.writer is None or self.reader is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}", "Accept-Encoding: gzip"]
        lines += [f"{k}: {v}" for k, v in headers.items()]
        if body or method == "POST":
            lines.append(f"Content-Length: {len(body)}")
        self.writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
        try:
            head = await self.reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError as e:
            await self.close()
            raise ConnectionError("the server closed the connection") from e
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        status = int(status_line.split(" ", 2)[1])
        got = {}
        for line in header_lines:
            if line:
                k, _, v = line.partition(":")
                got[k.strip().lower()] = v.strip()
        if status in (204, 304) or method == "HEAD":
            data = b""
        elif "content-length" in got:
            data = await self.reader.readexactly(int(got["content-length"]))
        elif got.get("transfer-encoding", "").lower() == "chunked":
            parts = []
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                parts.append(await self.reader.readexactly(size + 2))
                if size == 0:
                    break
            data = b"".join(p[:-2] for p in parts)
        else:
            data = await self.reader.read()
            await self.close()
        if got.get("connection", "").lower() == "close":
            await self.close()
        return _Answer(status, got, data)


async def _clients(
    base: str, clients: int, seconds: float, token: str, post_rate: float, revalidate: bool = True
) -> dict[str, Any]:
    latencies: list[float] = []
    post_latencies: list[float] = []
    errors: list[str] = []
    posted: list[str] = []
    not_modified = [0]
    stop = time.monotonic() + seconds
    next_post = [time.monotonic() + 1 / post_rate if post_rate else math.inf]
    host, _, port = base.removeprefix("http://").partition(":")

    # each client has its own connection, as browsers do
    async def requests(n: int) -> None:
        rnd = random.Random(n)
        etags: dict[str, str] = {}  # as a browser keeps them: If-None-Match on the next request of a URL
        conn = _Connection(host, int(port))
        i = 0
        while time.monotonic() < stop:
            i += 1
            t0 = time.perf_counter()
            try:
                if time.monotonic() >= next_post[0]:  # the next article is due: this client sends it
                    next_post[0] += 1 / post_rate
                    marker = f"load-{n}-{i}"
                    body = {
                        "id": marker,
                        "text": f"A drone struck Sumy overnight, killing {1 + i % 9} people ({marker}).",
                        "published": "2024-05-14",
                        "lang": "en",
                    }
                    auth = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
                    path = "/api/documents"
                    r = await conn.request("POST", path, auth, json.dumps(body).encode())
                    if r.status in (201, 202):
                        posted.append(marker)
                else:
                    path = rnd.choice(READS)
                    r = await conn.request("GET", path, {"If-None-Match": etags[path]} if path in etags else {})
                    if "etag" in r.headers and revalidate:
                        etags[path] = r.headers["etag"]
                    not_modified[0] += r.status == 304
                if r.status >= 400:
                    errors.append(f"{r.status} {path}: {r.body[:200]!r}")
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError) as e:
                errors.append(f"{type(e).__name__}: {e}")
                await conn.close()
            latencies.append((time.perf_counter() - t0) * 1000)
            if path == "/api/documents":
                post_latencies.append(latencies[-1])
        await conn.close()

    started = time.monotonic()
    await asyncio.wait_for(asyncio.gather(*(requests(n) for n in range(clients))), seconds + 300)
    took = time.monotonic() - started
    return {
        "latencies": latencies,
        "post_latencies": post_latencies,
        "errors": errors,
        "posted": posted,
        "seconds": took,
        "not_modified": not_modified[0],
    }


def client_main(argv: list[str]) -> None:
    base, clients, seconds, token, post_rate = argv[0], int(argv[1]), float(argv[2]), argv[3], float(argv[4])
    clients_run = _clients(base, clients, seconds, token, post_rate, revalidate=argv[5:6] != ["no-etags"])
    try:
        import uvloop  # the server's event loop too (uvicorn takes it when installed)

        print(json.dumps(uvloop.run(clients_run)))
    except ImportError:
        print(json.dumps(asyncio.run(clients_run)))


def wait_for_server(base: str, proc: subprocess.Popen[bytes], seconds: float = 60) -> None:
    """Return once the server started as `proc` answers /api/health at `base`; raise if it dies or is silent."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{base}/api/health", timeout=1)
            return
        except OSError:
            if proc.poll() is not None:
                detail = proc.stderr.read().decode() if proc.stderr else ""
                raise RuntimeError(f"the server exited before answering {detail}") from None
            time.sleep(0.2)
    raise RuntimeError(f"the server did not answer within {seconds:.0f} s")


def _version(url: str) -> int:
    from sitreps.store.repo import Store

    store = Store(url)
    try:
        return store.version()  # raised once per stored document
    finally:
        store.engine.dispose()


def wait_for_queue(url: str, timeout: float) -> float:
    """Seconds until no POSTed article waits in the store's queue (the server's writer stored them all)."""
    from sitreps.store import queue
    from sitreps.store.repo import Store

    store = Store(url)
    started = time.monotonic()
    try:
        while queue.pending(store) and time.monotonic() - started < timeout:
            time.sleep(0.2)
    finally:
        store.engine.dispose()
    return time.monotonic() - started


def add_synthetic_events(url: str, n: int) -> None:
    """Add n synthetic events (random types, days and places in Ukraine, no sources) with their records and
    summary rows."""
    from sqlalchemy import insert

    from sitreps.eval.bench_store import synthetic_rows
    from sitreps.store.repo import Store, rebuild_summary, write_missing_records
    from sitreps.store.tables import EventRow

    store = Store(url)
    batch = 20_000
    with store.engine.begin() as c:
        for start in range(0, n, batch):
            rows = synthetic_rows(min(batch, n - start), seed=start)
            for j, r in enumerate(rows):
                r["uid"] = f"load-{start + j}"
            c.execute(insert(EventRow), rows)
    write_missing_records(store.engine, store.version())
    rebuild_summary(store.engine)
    store.engine.dispose()


def run(
    work: Path,
    seed_docs: Path,
    ingest_docs: Path,
    clients: int = 100,
    seconds: float = 60,
    events: int = 0,
    workers: int = 1,
    post_rate: float = POST_RATE,
    revalidate: bool = True,
) -> LoadReport:
    """Serve a store holding `seed_docs` (and `events` synthetic events) with `workers` processes; ingest
    `ingest_docs` into it while `clients` clients read and post for `seconds`; wait until the server's writer has
    taken every queued article; then count what was posted and is not stored. Clients revalidate with the
    ETags they got, as browsers do; with `revalidate` False they never send one (every read gets a body)."""
    from sqlalchemy import select

    from sitreps.store.repo import Store
    from sitreps.store.tables import DocumentRow

    work.mkdir(parents=True, exist_ok=True)
    db = work / "load.db"
    url = f"sqlite:///{db}"
    sitreps = [sys.executable, "-m", "sitreps"]
    subprocess.run([*sitreps, "ingest", str(seed_docs), "--db", url], check=True, capture_output=True)
    if events:
        add_synthetic_events(url, events)
    token = os.urandom(16).hex()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "SITREPS_API_TOKEN": token}
    server = subprocess.Popen([*sitreps, "serve", "--db", url, "--port", str(port), "--workers", str(workers)], env=env)
    try:
        wait_for_server(base, server, seconds=180)
        # the concurrent ingest runs at normal priority, not niced as the units run the watcher: the clients keep
        # both cores busy, and a niced ingest would store next to nothing while they run (the store would not change)
        ingest = subprocess.Popen([*sitreps, "ingest", str(ingest_docs), "--db", url], stdout=subprocess.DEVNULL)
        before = _version(url)
        out = subprocess.run(
            [
                sys.executable,
                *("-m", "sitreps.eval.load", "client", base, str(clients), str(seconds), token, str(post_rate)),
                *([] if revalidate else ["no-etags"]),
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        stored_during = _version(url) - before
        drain_seconds = wait_for_queue(url, timeout=1200)  # from the moment the clients stopped
        ingest_rc = ingest.wait(timeout=1200)
    finally:
        server.terminate()
        server.wait(timeout=30)
    result = json.loads(out)
    store = Store(url)
    with store.session() as s:
        stored = set(s.scalars(select(DocumentRow.doc_id).where(DocumentRow.doc_id.like("load-%"))))
    ingested = store.count(DocumentRow)
    store.engine.dispose()
    errors = list(result["errors"]) + ([f"the concurrent ingest exited with {ingest_rc}"] if ingest_rc else [])
    lat = result["latencies"]
    return LoadReport(
        requests=len(lat),
        errors=len(errors),
        posted=len(result["posted"]),
        lost_writes=len(set(result["posted"]) - stored),
        p50_ms=_percentile(lat, 0.50),
        p95_ms=_percentile(lat, 0.95),
        p99_ms=_percentile(lat, 0.99),
        max_ms=max(lat, default=0.0),
        post_p95_ms=_percentile(result["post_latencies"], 0.95),
        seconds=result["seconds"],
        clients=clients,
        ingested=ingested,
        events=events,
        workers=workers,
        not_modified=int(result["not_modified"]),
        stored_during=stored_during,
        drain_seconds=drain_seconds,
        error_samples=errors[:5],
    )


if __name__ == "__main__" and sys.argv[1:2] == ["client"]:
    client_main(sys.argv[2:])
