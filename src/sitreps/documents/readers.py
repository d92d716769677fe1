"""Read documents from .txt, .html, .jsonl files, folders and stdin.

Every reader yields either a Document or an InputError naming the file (and line) and what to do, so
that one bad input never stops a batch.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sitreps.documents.feeds import FEED_SUFFIXES, read_feed
from sitreps.documents.model import Document
from sitreps.errors import InputError

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES
_NAME = re.compile(r"^(?:(?P<lang>[a-z]{2})_)?(?:(?P<date>\d{4}-\d{2}-\d{2})_?)?")
_DATE_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})")

Item = Document | InputError


def parse_published(value: Any, where: str) -> date:
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    if not text:
        raise InputError(f'{where}: no publication date; add "published": "YYYY-MM-DD" or pass --published')
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            raise InputError(f"{where}: publication date {text!r} does not parse; write it as YYYY-MM-DD") from None


def _decode(data: bytes, where: str) -> str:
    if not data.strip():
        raise InputError(f"{where}: the file is empty; nothing to extract")
    if b"\x00" in data[:4096]:
        raise InputError(f"{where}: binary data, not text; give a .txt, .html or .jsonl file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{where}: not UTF-8 text ({e.reason} at byte {e.start}); convert it to UTF-8") from e


def _from_name(path: Path, lang: str | None, published: date | None) -> tuple[str | None, date | None]:
    m = _NAME.match(path.stem)
    name_lang = m.group("lang") if m else None
    name_date = _DATE_IN_NAME.search(path.stem)
    pub = published
    if pub is None and name_date:
        try:
            pub = date.fromisoformat(name_date.group(1))
        except ValueError:
            pub = None
    return lang or name_lang, pub


def html_to_text(html: str, where: str) -> tuple[str, dict[str, str | None]]:
    """Main text and metadata of an HTML page (trafilatura)."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    if not text or not text.strip():
        raise InputError(f"{where}: no article text found in the HTML; check that the page holds the article body")
    meta: dict[str, str | None] = {"title": None, "date": None, "url": None, "outlet": None}
    info = trafilatura.extract_metadata(html)
    if info is not None:
        meta = {"title": info.title, "date": info.date, "url": info.url, "outlet": info.sitename}
    return text, meta


def read_file(path: Path, lang: str | None = None, published: date | None = None) -> Iterator[Item]:
    where = str(path)
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as e:
        yield InputError(f"{where}: cannot read the file ({e.strerror}); check the path and permissions")
        return
    try:
        text = _decode(data, where)
    except InputError as e:
        yield e
        return
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl_text(text, where, lang, published)
        return
    if suffix in FEED_SUFFIXES:
        yield from read_feed(text, where, lang, published)
        return
    doc_lang, pub = _from_name(path, lang, published)
    meta: dict[str, str | None] = {}
    if suffix in HTML_SUFFIXES:
        try:
            text, meta = html_to_text(text, where)
        except InputError as e:
            yield e
            return
        if pub is None and meta.get("date"):
            try:
                pub = parse_published(meta["date"], where)
            except InputError as e:
                yield e
                return
    if pub is None:
        yield InputError(
            f"{where}: no publication date; pass --published YYYY-MM-DD or name the file <lang>_<YYYY-MM-DD>_<name>.txt"
        )
        return
    yield Document(
        id=path.stem,
        text=text,
        published=pub,
        lang=doc_lang,
        url=meta.get("url"),
        outlet=meta.get("outlet"),
        title=meta.get("title"),
        origin=where,
    )


def document_from_record(
    row: Any, where: str, lang: str | None = None, published: date | None = None
) -> Document | InputError:
    """A document from one JSON object / Parquet row: {"id", "text", "published", "lang"?, "url"?, ...}."""
    if not isinstance(row, dict):
        return InputError(f'{where}: a JSON {type(row).__name__}, not an object; write {{"id", "text", ...}}')
    body = row.get("text")
    if not isinstance(body, str) or not body.strip():
        return InputError(f'{where}: no "text" field (or it is empty); every line needs the article text')
    try:
        pub = parse_published(row.get("published") or published, where)
    except InputError as e:
        return e
    return Document(
        id=str(row.get("id") or where),
        text=body,
        published=pub,
        lang=lang or row.get("lang") or row.get("language"),
        url=row.get("url"),
        outlet=row.get("outlet"),
        title=row.get("title"),
        origin=where,
    )


def read_jsonl_text(
    text: str, where: str, lang: str | None, published: date | None, first_line: int = 1
) -> Iterator[Item]:
    for n, line in enumerate(text.splitlines(), first_line):
        if not line.strip():
            continue
        here = f"{where}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputError(f"{here}: not JSON ({e.msg}); each line must be one JSON object")
            continue
        yield document_from_record(row, here, lang, published)


def read_stdin(lang: str | None, published: date | None) -> Iterator[Item]:
    data = sys.stdin.buffer.read()
    try:
        text = _decode(data, "<stdin>")
    except InputError as e:
        yield e
        return
    if text.lstrip().startswith("{"):
        yield from read_jsonl_text(text, "<stdin>", lang, published)
        return
    if published is None:
        yield InputError("<stdin>: no publication date for plain text; pass --published YYYY-MM-DD")
        return
    yield Document(id="stdin", text=text, published=published, lang=lang, origin="<stdin>")


def read_paths(paths: list[str], lang: str | None = None, published: date | None = None) -> Iterator[Item]:
    """Documents from files, folders (recursively, sorted) and '-' for stdin."""
    for raw in paths:
        if raw == "-":
            yield from read_stdin(lang, published)
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not files:
                yield InputError(f"{path}: no .txt, .html or .jsonl files in this folder")
            for f in files:
                yield from read_file(f, lang, published)
        elif path.exists():
            if path.suffix.lower() not in SUFFIXES:
                yield InputError(
                    f"{path}: unsupported file type {path.suffix or '(none)'}; use .txt, .html, .jsonl or .xml/.rss"
                )
                continue
            yield from read_file(path, lang, published)
        else:
            yield InputError(f"{path}: no such file or folder")
