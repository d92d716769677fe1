"""What came of a POSTed article: POST /api/documents answers 202 and the application's writer stores it."""

from __future__ import annotations

import time
from typing import Any

import httpx
from fastapi.testclient import TestClient


def outcome(client: TestClient, posted: httpx.Response, seconds: float = 60) -> dict[str, Any]:
    """The queued article's outcome (GET its href), once the writer has taken it."""
    assert posted.status_code == 202, posted.text
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done: dict[str, Any] = client.get(posted.json()["href"]).json()
        if done["status"] != "queued":
            return done
        time.sleep(0.05)
    raise AssertionError(f"{posted.json()['href']} still queued after {seconds} s")
