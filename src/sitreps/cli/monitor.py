"""`sitreps watch`: poll feeds and pages on a schedule, store what is new, send alerts."""

from __future__ import annotations

import signal
import threading
from enum import StrEnum
from pathlib import Path
from types import FrameType
from typing import Annotated

import typer

from sitreps.cli.common import DB_HELP, GAZETTEER_HELP, PRIVATE_URLS_HELP, app, err, use_user_places


class LogFormat(StrEnum):
    text = "text"
    json = "json"


def _duration(value: str | None, name: str) -> float | None:
    from sitreps.errors import InputError
    from sitreps.monitor.sources import parse_duration

    if value is None:
        return None
    try:
        return parse_duration(value, name)
    except InputError as e:
        raise typer.BadParameter(str(e), param_hint=name) from None


@app.command()
def watch(
    urls: Annotated[
        list[str] | None, typer.Argument(metavar="FEED_OR_PAGE", help="Feeds or pages to poll (http(s) URLs).")
    ] = None,
    feeds: Annotated[
        list[Path] | None,
        typer.Option(
            "--feeds",
            help="A feeds file: TOML (a feed table per source: url, every, lang, outlet) or OPML; repeatable.",
        ),
    ] = None,
    every: Annotated[str, typer.Option(help="Interval between polls of a source: 30s, 10m, 1h.")] = "10m",
    db: Annotated[str | None, typer.Option(help=DB_HELP)] = None,
    alerts: Annotated[Path | None, typer.Option(help="Alert rules (TOML): what to deliver, and where.")] = None,
    log_format: Annotated[LogFormat, typer.Option(help="text, or json: one JSON object per line.")] = LogFormat.text,
    max_polls: Annotated[
        int | None, typer.Option(help="Stop after polling each source this many times.", min=1)
    ] = None,
    run_for: Annotated[str | None, typer.Option("--for", help="Stop after this long (e.g. 30s, 2h).")] = None,
    timeout: Annotated[str, typer.Option(help="Time to wait for a server's answer.")] = "20s",
    attempts: Annotated[int, typer.Option(help="Requests per poll on timeouts and 5xx (retries + 1).", min=1)] = 4,
    allow_private_urls: Annotated[bool, typer.Option(help=PRIVATE_URLS_HELP)] = False,
    user_places: Annotated[Path | None, typer.Option("--gazetteer", help=GAZETTEER_HELP)] = None,
) -> None:
    """Poll feeds and pages, each on its own schedule (conditional requests, retries with backoff), store each
    new article once, and deliver alerts. SIGTERM or Ctrl-C stops after the document being stored."""
    from sitreps.errors import InputError
    from sitreps.monitor import logs
    from sitreps.monitor.sources import gather
    from sitreps.monitor.watch import Options, Watcher
    from sitreps.store.repo import Store

    use_user_places(user_places)
    logs.setup(log_format.value)
    interval = _duration(every, "--every") or 600.0
    try:
        sources = gather(list(urls or []), list(feeds or []), interval)
    except InputError as e:
        raise typer.BadParameter(str(e), param_hint="FEED_OR_PAGE / --feeds") from None
    if not sources:
        raise typer.BadParameter("name at least one feed or page, or a --feeds file", param_hint="FEED_OR_PAGE")
    store = Store(db)
    stop = threading.Event()
    notifier = None
    if alerts is not None:
        from sitreps.monitor.alerts import Notifier
        from sitreps.monitor.rules import load_rules

        try:
            notifier = Notifier(store, load_rules(alerts), allow_private_urls=allow_private_urls, stop=stop)
        except InputError as e:
            raise typer.BadParameter(str(e), param_hint="--alerts") from None

    def on_signal(signum: int, _: FrameType | None) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        err.print(f"{signal.Signals(signum).name}: stopping after the document being stored", highlight=False)
        stop.set()

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGTERM, signal.SIGINT)}
    options = Options(
        max_polls=max_polls,
        duration=_duration(run_for, "--for"),
        allow_private_urls=allow_private_urls,
        timeout=_duration(timeout, "--timeout") or 20.0,
        attempts=attempts,
    )
    try:
        watcher = Watcher(
            store,
            sources,
            options,
            stop,
            on_document=notifier.document_stored if notifier else None,
            after_poll=notifier.retry_failed if notifier else None,
        )
        totals = watcher.run()
    except KeyboardInterrupt:  # a second Ctrl-C: at once; every document committed so far is kept
        err.print("interrupted: every document stored so far is kept")
        raise typer.Exit(130) from None
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
    err.print(
        f"polls: {totals.polls} ({totals.not_modified} not modified, {totals.errors} failed, {totals.retries} "
        f"retries); documents: {totals.documents_new} new, {totals.documents_known} already stored",
        highlight=False,
        soft_wrap=True,
    )


@app.command("feeds")
def feeds_status(
    db: Annotated[str | None, typer.Option(help=DB_HELP)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object per feed.")] = False,
) -> None:
    """What `watch` knows of each feed: last poll, status, last error, polls, 304s, retries, items."""
    import json

    from rich.console import Console
    from rich.table import Table

    from sitreps.store import feeds
    from sitreps.store.repo import Store

    rows = feeds.feeds(Store(db))
    if as_json:
        for r in rows:
            record = {
                "url": r.url,
                "outlet": r.outlet,
                "language": r.language,
                "interval_s": r.interval_s,
                "last_poll": r.last_poll.isoformat() if r.last_poll else None,
                "last_success": r.last_success.isoformat() if r.last_success else None,
                "last_status": r.last_status,
                "last_error": r.last_error,
                "polls": r.polls,
                "not_modified": r.not_modified,
                "errors": r.errors,
                "retries": r.retries,
                "items_seen": r.items_seen,
                "items_new": r.items_new,
                "mean_poll_s": round(r.poll_seconds / r.polls, 3) if r.polls else None,
            }
            print(json.dumps(record, ensure_ascii=False))
        return
    if not rows:
        err.print("no feeds watched yet in this store; start one with: sitreps watch URL")
        return
    table = Table(title=f"{len(rows)} feeds", expand=True)
    for col in ("feed", "last poll (UTC)", "status", "polls", "304", "errors", "new items", "last error"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(
            r.url,
            r.last_poll.strftime("%Y-%m-%d %H:%M:%S") if r.last_poll else "",
            str(r.last_status or ""),
            str(r.polls),
            str(r.not_modified),
            str(r.errors),
            str(r.items_new),
            r.last_error or "",
        )
    Console().print(table)
