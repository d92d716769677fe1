"""Fetch a page or a feed by URL, for `extract` and `ingest`, with the guards a server reading addresses it
was handed needs: http(s) only, a timeout, a size cap, a bounded number of redirects (each one checked
again), and no loopback, private, link-local or otherwise special address unless explicitly allowed (so a
URL cannot be used to reach the machine's own services or a cloud metadata endpoint).

The address check resolves the host before connecting; a name that resolves differently a moment later
(DNS rebinding) is not covered: run sitreps where the addresses it may reach are limited by the network too.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from sitreps.errors import InputError, Unavailable
from sitreps.limits import limits

MAX_REDIRECTS = 5
TIMEOUT_S = 20.0
USER_AGENT = "sitreps (conflict event extraction; +https://pypi.org/project/sitreps)"

Allowed = Callable[[ipaddress.IPv4Address | ipaddress.IPv6Address], bool]


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content: bytes
    content_type: str
    status: int = 200  # 304: not modified since the validators sent (content is empty)
    etag: str | None = None
    last_modified: str | None = None


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds from now: a number of seconds or an HTTP date (None when absent or unreadable)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    from datetime import UTC, datetime
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def public_only(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True for an address on the public internet."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified)


def any_address(_: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return True


def check_address(url: str, allowed: Allowed) -> None:
    """InputError unless `url` is http(s) and its host resolves only to addresses `allowed` accepts."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        raise InputError(f"{url}: only http and https URLs are fetched")
    host = parts.hostname
    if not host:
        raise InputError(f"{url}: no host in the URL")
    try:
        infos = socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80), proto=6)
    except (socket.gaierror, UnicodeError) as e:
        raise InputError(f"{url}: cannot resolve {host} ({e}); check the address") from None
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        if not allowed(ip):
            raise InputError(
                f"{url}: refused, {host} is {ip}, a loopback, private or link-local address;"
                " pass --allow-private-urls to fetch from your own network"
            )


def fetch(
    url: str,
    allowed: Allowed = public_only,
    timeout: float = TIMEOUT_S,
    etag: str | None = None,
    last_modified: str | None = None,
) -> Fetched:
    """The body of `url` (InputError, naming the URL, for anything refused or failed; Unavailable for a
    timeout, a 5xx or a 429). With `etag` / `last_modified` the request is conditional (If-None-Match /
    If-Modified-Since) and a 304 comes back as a Fetched with status 304 and no content."""
    import httpx

    cap = limits().max_file_bytes
    current = url
    headers = {"User-Agent": USER_AGENT}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    with httpx.Client(timeout=timeout, follow_redirects=False, headers=headers) as client:
        for _ in range(MAX_REDIRECTS + 1):
            check_address(current, allowed)
            try:
                with client.stream("GET", current) as r:
                    if r.status_code == 304:
                        return Fetched(
                            str(r.url),
                            b"",
                            "",
                            304,
                            r.headers.get("etag") or etag,
                            r.headers.get("last-modified") or last_modified,
                        )
                    if r.is_redirect:
                        location = r.headers.get("location")
                        if not location:
                            raise InputError(f"{current}: a redirect without a Location")
                        current = urljoin(current, location)
                        continue
                    if r.status_code >= 500 or r.status_code == 429:
                        raise Unavailable(
                            f"{current}: the server answered {r.status_code} {r.reason_phrase}",
                            r.status_code,
                            retry_after_seconds(r.headers.get("retry-after")),
                        )
                    if r.status_code >= 400:
                        raise InputError(f"{current}: the server answered {r.status_code} {r.reason_phrase}")
                    declared = r.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > cap:
                        raise InputError(f"{current}: {int(declared) >> 20} MB, past max_file_mb in limits.toml")
                    body = bytearray()
                    for chunk in r.iter_bytes():
                        body += chunk
                        if len(body) > cap:
                            raise InputError(f"{current}: more than {cap >> 20} MB (max_file_mb in limits.toml)")
                    return Fetched(
                        str(r.url),
                        bytes(body),
                        r.headers.get("content-type", "").lower(),
                        r.status_code,
                        r.headers.get("etag"),
                        r.headers.get("last-modified"),
                    )
            except httpx.TimeoutException:
                raise Unavailable(f"{current}: no answer within {timeout:.0f} s; try again later") from None
            except httpx.NetworkError as e:  # refused, reset: worth another try later
                raise Unavailable(f"{current}: cannot fetch ({type(e).__name__}: {e})") from None
            except httpx.HTTPError as e:
                raise InputError(f"{current}: cannot fetch ({type(e).__name__}: {e})") from None
    raise InputError(f"{url}: more than {MAX_REDIRECTS} redirects; give the final address")


def suffix_of(fetched: Fetched) -> str:
    """How to read what was fetched: by its content type, else by the URL's ending, else as HTML."""
    ctype = fetched.content_type.split(";")[0].strip()
    if ctype in {"application/rss+xml", "application/atom+xml", "application/xml", "text/xml"}:
        return ".xml"
    if ctype in {"application/jsonl", "application/x-ndjson", "application/jsonlines"}:
        return ".jsonl"
    if ctype == "text/plain":
        return ".txt"
    if ctype in {"text/html", "application/xhtml+xml"}:
        return ".html"
    path = urlsplit(fetched.url).path.lower()
    for ending, suffix in ((".rss", ".xml"), (".xml", ".xml"), (".atom", ".xml"), (".txt", ".txt")):
        if path.endswith(ending):
            return suffix
    return ".html"


def is_url(raw: str) -> bool:
    return raw.startswith(("http://", "https://"))
