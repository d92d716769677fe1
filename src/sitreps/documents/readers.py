"""Read documents from .txt, .html, .jsonl(.gz), .csv and .parquet files, feeds, folders and stdin.

Every reader yields either a Document or an InputError naming the file (and line) and what to do, so
that one bad input never stops a batch.
"""

from __future__ import annotations

import codecs
import gzip
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

from sitreps.documents.feeds import FEED_SUFFIXES, read_feed
from sitreps.documents.fetch import is_url
from sitreps.documents.html import html_to_text
from sitreps.documents.model import Document, with_text
from sitreps.errors import InputError
from sitreps.limits import limits

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
TABLE_SUFFIXES = {".csv", ".parquet"}  # one document a row: a `text` column and the JSONL fields as columns
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES | TABLE_SUFFIXES
GZIP_JSONL = (".jsonl.gz", ".ndjson.gz")
KINDS = ".txt, .html, .jsonl(.gz), .csv, .parquet or .xml/.rss"


def readable(path: Path) -> bool:
    """Is this a file type sitreps reads (by its name)?"""
    return path.suffix.lower() in SUFFIXES or path.name.lower().endswith(GZIP_JSONL)


_NAME = re.compile(r"^(?:(?P<lang>[a-z]{2})_)?(?:(?P<date>\d{4}-\d{2}-\d{2})_?)?")
_DATE_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})")

Item = Document | InputError
_ODD = {"Cc", "Cn", "Co", "Cs"}  # controls, unassigned, private use, surrogates


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


_BINARY_MAGIC = {
    b"%PDF": "a PDF",
    b"PK\x03\x04": "a zip archive (or .docx/.xlsx)",
    b"\x1f\x8b": "gzip-compressed data",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "a program",
}


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _BINARY_MAGIC.items():
        if data.startswith(magic):
            return kind
    head = data[:8192]
    if head.count(b"\x00") > 1 + len(head) // 1000 and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "binary data"  # a stray NUL in a text is cleaned away; many are a binary file
    return None


def _mostly_printable(text: str) -> bool:
    sample = text[:20_000]
    odd = sum(1 for ch in sample if ch == "\ufffd" or (unicodedata.category(ch) in _ODD and ch not in "\t\n\r\f\v"))
    return odd <= len(sample) * 0.1


def decode_bytes(data: bytes, where: str) -> str:
    """Text of a file: UTF-8 (with or without BOM), UTF-16 with a BOM, else each line that is not UTF-8 in the
    encoding charset-normalizer finds for those lines (files pasted together from several sources)."""
    if not data.strip():
        raise InputError(f"{where}: the file is empty; nothing to extract")
    kind = _binary_kind(data)
    if kind:
        raise InputError(f"{where}: {kind}, not text; give a .txt, .html or .jsonl file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = _decode_mixed(data, where)
    if not _mostly_printable(text):
        raise InputError(f"{where}: mostly unprintable characters, not text; give a .txt, .html or .jsonl file")
    return text


def _decode_mixed(data: bytes, where: str) -> str:
    import charset_normalizer

    lines = data.splitlines(keepends=True)
    decoded: list[str | None] = []
    foreign: list[bytes] = []
    for line in lines:
        try:
            decoded.append(line.decode("utf-8-sig"))
        except UnicodeDecodeError:
            decoded.append(None)
            foreign.append(line)
    order = [codecs.lookup(name).name for name in limits().legacy_encodings]
    matches = charset_normalizer.from_bytes(b"".join(foreign), cp_isolation=order)
    if not matches:
        raise InputError(f"{where}: not UTF-8 text, and no other encoding fits; convert it to UTF-8")
    # ties (cp1250 and cp1252 read "città" equally well) go to the encoding listed first in limits.toml
    best = min(matches, key=lambda m: (m.chaos, -m.coherence, _rank(order, m.encoding)))
    return "".join(
        d if d is not None else line.decode(best.encoding, errors="replace")
        for d, line in zip(decoded, lines, strict=True)
    )


def _rank(order: list[str], encoding: str) -> int:
    name = codecs.lookup(encoding).name
    return order.index(name) if name in order else len(order)


def _from_name(stem: str, lang: str | None, published: date | None) -> tuple[str | None, date | None]:
    m = _NAME.match(stem)
    name_lang = m.group("lang") if m else None
    name_date = _DATE_IN_NAME.search(stem)
    pub = published
    if pub is None and name_date:
        try:
            pub = date.fromisoformat(name_date.group(1))
        except ValueError:
            pub = None
    return lang or name_lang, pub


def _too_big(where: str, size: int) -> InputError:
    mb = limits().max_file_bytes // (1024 * 1024)
    return InputError(
        f"{where}: {size / 1024 / 1024:,.0f} MB, larger than the {mb} MB a file may have (max_file_mb in limits.toml);"
        " split it, or write it as JSONL, one article a line"
    )


def read_file(path: Path, lang: str | None = None, published: date | None = None) -> Iterator[Item]:
    where = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES or path.name.lower().endswith(GZIP_JSONL):
            with gzip.open(path, "rb") if suffix == ".gz" else path.open("rb") as stream:
                yield from read_jsonl_lines(bounded_lines(stream), where, lang, published)
            return
        if suffix == ".csv":
            yield from read_csv(path, lang, published)
            return
        if suffix == ".parquet":
            yield from read_parquet(path, lang, published)
            return
        size = path.stat().st_size
        if size > limits().max_file_bytes:
            yield _too_big(where, size)
            return
        data = path.read_bytes()
    except (OSError, EOFError) as e:
        reason = getattr(e, "strerror", None) or str(e) or type(e).__name__
        yield InputError(f"{where}: cannot read the file ({reason}); check the path and permissions")
        return
    yield from read_bytes(data, where, suffix, path.stem, lang, published)


def read_csv(path: Path, lang: str | None = None, published: date | None = None) -> Iterator[Item]:
    """One document a row: a `text` column, and optional `id`, `published`, `lang`, `url`, `outlet`, `title`
    (UTF-8, a header line; empty cells are missing values)."""
    import csv

    where = str(path)
    csv.field_size_limit(limits().max_line_bytes)
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames is None or "text" not in reader.fieldnames:
            yield InputError(f"{where}: no `text` column in the header; name the article column `text`")
            return
        try:
            for row in reader:
                here = f"{where}:{reader.line_num}"
                yield document_from_record({k: v for k, v in row.items() if k and v}, here, lang, published)
        except (csv.Error, UnicodeDecodeError) as e:
            yield InputError(f"{where}:{reader.line_num}: not readable as CSV ({e}); the rest of the file is skipped")


def read_parquet(path: Path, lang: str | None = None, published: date | None = None) -> Iterator[Item]:
    """One document a row, the columns as in read_csv (a `published` column may be a date)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    where = str(path)
    try:
        parquet = pq.ParquetFile(path)
        if "text" not in parquet.schema_arrow.names:
            yield InputError(f"{where}: no `text` column; name the article column `text`")
            return
        n = 0
        for batch in parquet.iter_batches(batch_size=500):
            for row in batch.to_pylist():
                n += 1
                yield document_from_record(row, f"{where}#{n}", lang, published)
    except (pa.ArrowException, OSError) as e:
        yield InputError(f"{where}: not readable as Parquet ({e})")


def read_bytes(
    data: bytes, where: str, suffix: str, stem: str, lang: str | None = None, published: date | None = None
) -> Iterator[Item]:
    """Documents of one file's content; `suffix` (".txt", ".html", ".xml" ...) says how to read it."""
    try:
        text = decode_bytes(data, where)
    except InputError as e:
        yield e
        return
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl_text(text, where, lang, published)
        return
    if suffix in FEED_SUFFIXES:
        yield from read_feed(text, where, lang, published)
        return
    doc_lang, pub = _from_name(stem, lang, published)
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
    yield with_text(
        Document(
            id=stem,
            text=text,
            published=pub,
            lang=doc_lang,
            url=meta.get("url"),
            outlet=meta.get("outlet"),
            title=meta.get("title"),
            origin=where,
        )
    )


def _string(row: dict[str, Any], key: str, where: str) -> str | None:
    value = row.get(key)
    if value is None or isinstance(value, str):
        return value or None
    if key == "id" and isinstance(value, int | float):
        return str(value)
    raise InputError(f'{where}: "{key}" is a JSON {type(value).__name__}; write it as a string')


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
        fields = {k: _string(row, k, where) for k in ("id", "lang", "language", "url", "outlet", "title")}
    except InputError as e:
        return e
    return with_text(
        Document(
            id=fields["id"] or where,
            text=body,
            published=pub,
            lang=lang or fields["lang"] or fields["language"],
            url=fields["url"],
            outlet=fields["outlet"],
            title=fields["title"],
            origin=where,
        )
    )


class LineStream(Protocol):
    def readline(self, size: int = -1, /) -> bytes: ...


def bounded_lines(stream: LineStream) -> Iterator[bytes | None]:
    """The lines of a binary stream, None for a line longer than max_line_mb (skipped in chunks, never held
    whole), so that memory stays bounded whatever the file holds."""
    cap = limits().max_line_bytes
    while True:
        line = stream.readline(cap + 1)
        if not line:
            return
        if len(line) > cap:
            while not line.endswith(b"\n"):
                line = stream.readline(1 << 20)
                if not line:
                    break
            yield None
            continue
        yield line


def read_jsonl_lines(
    lines: Iterable[bytes | None], where: str, lang: str | None, published: date | None, first_line: int = 1
) -> Iterator[Item]:
    """Documents of JSONL given as lines of bytes (None: a line past the size limit)."""
    for n, line in enumerate(lines, first_line):
        here = f"{where}:{n}"
        if line is None:
            mb = limits().max_line_bytes // (1024 * 1024)
            yield InputError(f"{here}: line longer than {mb} MB (max_line_mb in limits.toml); skipped")
            continue
        if not line.strip():
            continue
        try:
            text = line.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            yield InputError(f"{here}: not UTF-8 ({e.reason} at byte {e.start}); JSON lines must be UTF-8")
            continue
        yield from _jsonl_line(text, here, lang, published)


def _jsonl_line(line: str, here: str, lang: str | None, published: date | None) -> Iterator[Item]:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as e:
        yield InputError(f"{here}: not JSON ({e.msg}); each line must be one JSON object")
        return
    except RecursionError:
        yield InputError(f"{here}: JSON nested too deeply; each line must be one flat JSON object")
        return
    yield document_from_record(row, here, lang, published)


def read_jsonl_text(
    text: str, where: str, lang: str | None, published: date | None, first_line: int = 1
) -> Iterator[Item]:
    for n, line in enumerate(text.splitlines(), first_line):
        if line.strip():
            yield from _jsonl_line(line, f"{where}:{n}", lang, published)


def read_stdin(lang: str | None, published: date | None) -> Iterator[Item]:
    stream = sys.stdin.buffer
    head = stream.peek(64) if hasattr(stream, "peek") else b""
    if head.lstrip()[:1] == b"{":
        yield from read_jsonl_lines(bounded_lines(stream), "<stdin>", lang, published)
        return
    cap = limits().max_file_bytes
    data = stream.read(cap + 1)
    if len(data) > cap:
        yield _too_big("<stdin>", len(data))
        return
    try:
        text = decode_bytes(data, "<stdin>")
    except InputError as e:
        yield e
        return
    if text.lstrip().startswith("{"):  # JSONL after more leading whitespace than the peek saw
        yield from read_jsonl_text(text, "<stdin>", lang, published)
        return
    if published is None:
        yield InputError("<stdin>: no publication date for plain text; pass --published YYYY-MM-DD")
        return
    yield with_text(Document(id="stdin", text=text, published=published, lang=lang, origin="<stdin>"))


def read_url(url: str, lang: str | None, published: date | None, allow_private: bool = False) -> Iterator[Item]:
    """Documents of a page or feed fetched by URL (see fetch.py for the guards)."""
    from sitreps.documents.fetch import any_address, fetch, public_only, suffix_of

    try:
        fetched = fetch(url, any_address if allow_private else public_only)
    except InputError as e:
        yield e
        return
    stem = Path(urlsplit(fetched.url).path).stem or "page"
    for item in read_bytes(fetched.content, url, suffix_of(fetched), stem, lang, published):
        yield replace(item, url=fetched.url) if isinstance(item, Document) and not item.url else item


@dataclass(frozen=True)
class Input:
    """One input: a file named or found in a folder (`path`, which ingest fingerprints), stdin or a URL; its
    documents are read when `items()` is called."""

    name: str
    path: Path | None
    items: Callable[[], Iterator[Item]]


def _failed(error: InputError) -> Callable[[], Iterator[Item]]:
    return lambda: iter([error])


def inputs(
    paths: list[str], lang: str | None = None, published: date | None = None, allow_private_urls: bool = False
) -> Iterator[Input]:
    """The inputs behind files, folders (recursively, sorted), http(s) URLs and '-' for stdin, in order."""
    for raw in paths:
        if raw == "-":
            yield Input(raw, None, partial(read_stdin, lang, published))
            continue
        if is_url(raw):
            yield Input(raw, None, partial(read_url, raw, lang, published, allow_private_urls))
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and readable(p))
            if not files:
                yield Input(raw, None, _failed(InputError(f"{path}: no {KINDS} files in this folder")))
            for f in files:
                yield Input(str(f), f, partial(read_file, f, lang, published))
        elif path.exists():
            if not readable(path):
                error = InputError(f"{path}: unsupported file type {path.suffix or '(none)'}; use {KINDS}")
                yield Input(raw, None, _failed(error))
                continue
            yield Input(raw, path, partial(read_file, path, lang, published))
        else:
            yield Input(raw, None, _failed(InputError(f"{path}: no such file or folder")))


def read_paths(
    paths: list[str], lang: str | None = None, published: date | None = None, allow_private_urls: bool = False
) -> Iterator[Item]:
    """Documents from files, folders (recursively, sorted), http(s) URLs and '-' for stdin."""
    for source in inputs(paths, lang, published, allow_private_urls):
        yield from source.items()
