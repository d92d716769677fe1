"""What `sitreps watch` polls: URLs from the command line and feeds files (TOML or OPML), each with its own
interval, language and outlet.

A TOML feeds file::

    every = "10m"                 # default interval (else --every)

    [[feed]]
    url = "https://www.ukrinform.ua/rss/block-lastnews"
    every = "5m"
    lang = "uk"
    outlet = "Ukrinform"

An OPML file lists ``<outline xmlUrl="..." text="Outlet" language="uk" every="5m"/>`` (any depth).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from sitreps.documents.fetch import is_url
from sitreps.errors import InputError

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, None: 1.0}


def parse_duration(value: str | float | int, where: str = "duration") -> float:
    """Seconds in '90', '90s', '10m', '1.5h', '1d', '500ms'."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = float(value)
    else:
        m = _DURATION.match(str(value))
        if not m:
            raise InputError(f"{where}: {value!r} is not a duration; write e.g. 30s, 10m, 1h")
        seconds = float(m.group(1)) * _UNITS[m.group(2)]
    if seconds <= 0:
        raise InputError(f"{where}: {value!r}; a duration must be more than zero")
    return seconds


@dataclass(frozen=True)
class Source:
    url: str
    every: float  # seconds between polls
    lang: str | None = None
    outlet: str | None = None


def _check_url(url: Any, where: str) -> str:
    if not isinstance(url, str) or not is_url(url):
        raise InputError(f"{where}: {url!r} is not an http(s) URL")
    return url


def _from_toml(path: Path, every: float) -> list[Source]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise InputError(f"{path}: not a readable TOML feeds file ({e})") from None
    default = parse_duration(data["every"], f"{path}: every") if "every" in data else every
    feeds = data.get("feed", [])
    if not isinstance(feeds, list):
        raise InputError(f"{path}: write each feed as a [[feed]] table with a url")
    out = []
    for n, row in enumerate(feeds, 1):
        where = f"{path}: feed {n}"
        if not isinstance(row, dict):
            raise InputError(f"{where}: write each feed as a [[feed]] table with a url")
        unknown = set(row) - {"url", "every", "lang", "outlet"}
        if unknown:
            raise InputError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}; use url, every, lang, outlet")
        out.append(
            Source(
                _check_url(row.get("url"), where),
                parse_duration(row["every"], f"{where}: every") if "every" in row else default,
                row.get("lang"),
                row.get("outlet"),
            )
        )
    return out


def _from_opml(path: Path, every: float) -> list[Source]:
    try:
        root = ElementTree.fromstring(path.read_bytes())
    except (OSError, ElementTree.ParseError, DefusedXmlException, ValueError) as e:
        raise InputError(f"{path}: not a readable OPML file ({e})") from None
    out = []
    for n, node in enumerate(root.iter("outline"), 1):
        url = node.get("xmlUrl") or node.get("url")
        if not url:
            continue  # a folder
        where = f"{path}: outline {n}"
        interval = node.get("every") or node.get("interval")
        out.append(
            Source(
                _check_url(url, where),
                parse_duration(interval, f"{where}: every") if interval else every,
                (node.get("language") or "").split("-")[0] or None,
                node.get("title") or node.get("text") or None,
            )
        )
    return out


def read_sources(path: Path, every: float) -> list[Source]:
    """The feeds of a TOML or OPML file (by suffix; .opml/.xml is OPML)."""
    opml = path.suffix.lower() in {".opml", ".xml"}
    sources = _from_opml(path, every) if opml else _from_toml(path, every)
    if not sources:
        raise InputError(f"{path}: no feeds in the file; add [[feed]] tables with a url (or outlines with xmlUrl)")
    return sources


def gather(urls: list[str], feeds_files: list[Path], every: float) -> list[Source]:
    """Command-line URLs then each file's feeds; a URL listed twice is polled once (its first listing wins)."""
    found = [Source(_check_url(u, "FEED_OR_PAGE"), every) for u in urls]
    for path in feeds_files:
        found += read_sources(path, every)
    seen: dict[str, Source] = {}
    for s in found:
        seen.setdefault(s.url, s)
    return list(seen.values())
