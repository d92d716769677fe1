"""RSS and Atom feed files: each entry is a document. The XML is checked with defusedxml first, so an
entity bomb or a file that is not XML gets a clear error instead of hanging the parser."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import feedparser
from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from sitreps.documents.html import html_to_text
from sitreps.documents.model import Document, with_text
from sitreps.errors import InputError

FEED_SUFFIXES = {".xml", ".rss", ".atom"}


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            return datetime.fromtimestamp(calendar.timegm(value), tz=UTC).date()
    return None


def _entry_text(entry: Any, where: str) -> str:

    parts = [c.get("value", "") for c in entry.get("content") or []] or [entry.get("summary", "")]
    html = "\n".join(p for p in parts if p)
    title = entry.get("title", "")
    if "<" in html:
        try:
            html, _ = html_to_text(f"<html><body><article><p>{html}</p></article></body></html>", where)
        except InputError:
            html = ""
    return "\n\n".join(p for p in (title, html.strip()) if p)


def read_feed(text: str, where: str, lang: str | None, published: date | None) -> Iterator[Document | InputError]:
    try:
        ElementTree.fromstring(text.encode("utf-8"))
    except (
        ElementTree.ParseError,
        DefusedXmlException,
        LookupError,
        ValueError,
    ) as e:  # LookupError: <?xml encoding='UTF-4'?>
        yield InputError(f"{where}: not a well-formed RSS/Atom feed ({e}); check the file is the feed's XML")
        return
    feed = feedparser.parse(text)
    if not feed.entries:
        yield InputError(f"{where}: a feed with no entries; nothing to extract")
        return
    feed_lang = (feed.feed.get("language") or "").split("-")[0] or None
    outlet = feed.feed.get("title")
    for n, entry in enumerate(feed.entries, 1):
        here = f"{where}#{n}"
        body = _entry_text(entry, here)
        day = _entry_date(entry) or published
        if not body.strip():
            yield InputError(f"{here}: entry has no text")
            continue
        if day is None:
            yield InputError(f"{here}: entry has no date; pass --published YYYY-MM-DD")
            continue
        yield with_text(
            Document(
                id=str(entry.get("id") or entry.get("link") or here),
                text=body,
                published=day,
                lang=lang or feed_lang,
                url=entry.get("link"),
                outlet=outlet,
                title=entry.get("title"),
                origin=here,
            )
        )
