"""`sitreps watch` from the command line: bounded runs, JSON logs, SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from sitreps.cli import app
from sitreps.store import feeds
from sitreps.store.repo import Store
from sitreps.store.tables import DocumentRow
from tests.monitor.servers import SUMY_EN, TALKS, feed_server

ROOT = Path(__file__).resolve().parents[2]


def test_watch_logs_one_json_object_per_line(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'w.db'}"
    with feed_server() as (base, server):
        server.add("/feed", TALKS)
        result = CliRunner().invoke(
            app,
            [
                "watch",
                f"{base}/feed",
                "--db",
                db,
                "--every",
                "0.1s",
                "--max-polls",
                "2",
                "--allow-private-urls",
                "--log-format",
                "json",
            ],
        )
        statuses = [r.status for r in server.of("/feed")]
    assert result.exit_code == 0, result.output
    assert statuses == [200, 304]
    lines = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    polls = [line for line in lines if line["message"] == "poll"]
    assert [p["status"] for p in polls] == [200, 304] and all(p["feed"] == f"{base}/feed" for p in polls)
    assert {"time", "level", "duration_s"} <= set(polls[0])
    assert "polls: 2 (1 not modified" in result.stderr


def test_watch_usage_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["watch"]).exit_code == 2
    assert runner.invoke(app, ["watch", "ftp://x.example.org"]).exit_code == 2
    bad = runner.invoke(app, ["watch", "https://x.example.org", "--every", "often"])
    assert bad.exit_code == 2 and "duration" in bad.output


def test_sigterm_stops_cleanly_and_keeps_what_was_stored(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'w.db'}"
    with feed_server() as (base, server):
        server.add("/feed", SUMY_EN)
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "sitreps",
                "watch",
                f"{base}/feed",
                "--db",
                db,
                "--every",
                "0.2s",
                "--allow-private-urls",
                "--log-format",
                "json",
            ],
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            env=env,
            text=True,
        )
        try:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not any(r.status == 304 for r in server.of("/feed")):
                time.sleep(0.1)
            proc.send_signal(signal.SIGTERM)
            _, stderr = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
    assert proc.returncode == 0, stderr
    assert "SIGTERM: stopping" in stderr and '"message": "watch stopped"' in stderr
    store = Store(db)
    assert store.count(DocumentRow) == 1
    (row,) = feeds.feeds(store)
    assert row.items_new == 1 and row.etag


def test_watch_for_a_duration(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'w.db'}"
    with feed_server() as (base, server):
        server.add("/feed", TALKS)
        began = time.monotonic()
        result = CliRunner().invoke(
            app, ["watch", f"{base}/feed", "--db", db, "--every", "0.5s", "--for", "2s", "--allow-private-urls"]
        )
        took = time.monotonic() - began
        statuses = [r.status for r in server.of("/feed")]
    assert result.exit_code == 0, result.output
    # the first poll may take most of the two seconds (models load on first use); none starts after them
    assert statuses[0] == 200 and set(statuses[1:]) <= {304} and len(statuses) <= 5
    assert took < 30


def test_feeds_shows_what_watch_knows(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'w.db'}"
    with feed_server() as (base, server):
        server.add("/feed", TALKS)
        runner = CliRunner()
        args = ["--db", db, "--every", "0.1s", "--max-polls", "2", "--allow-private-urls"]
        assert runner.invoke(app, ["watch", f"{base}/feed", f"{base}/gone", *args]).exit_code == 0
    result = runner.invoke(app, ["feeds", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["url"].rsplit("/", 1)[1]: r for r in map(json.loads, result.stdout.splitlines())}
    assert (rows["feed"]["polls"], rows["feed"]["not_modified"], rows["feed"]["items_new"]) == (2, 1, 1)
    assert rows["gone"]["errors"] == 2 and "404" in rows["gone"]["last_error"]
    table = runner.invoke(app, ["feeds", "--db", db])
    assert table.exit_code == 0 and "404" in table.stdout
