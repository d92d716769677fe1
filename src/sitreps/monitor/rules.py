"""Alert rules, read from TOML: what events matter, and where to send them.

::

    api_url = "https://sitreps.example.org"   # payloads link to {api_url}/api/events/{id}
    secret_env = "SITREPS_ALERT_SECRET"        # signs webhook bodies (HMAC-SHA256); or secret = "..."

    [smtp]                                    # for mailto: destinations
    host = "smtp.example.org"
    port = 587
    sender = "sitreps@example.org"
    username = "sitreps"                      # optional, with password_env
    password_env = "SITREPS_SMTP_PASSWORD"
    starttls = true

    [[rule]]
    name = "kharkiv-casualties"
    admin1 = ["Kharkiv Oblast"]               # and/or country, bbox = [min_lon, min_lat, max_lon, max_lat]
    event_types = ["Explosions/Remote violence", "Battles"]
    min_fatalities = 1                        # with min_injured too, either is enough
    min_injured = 3
    certainty = ["confirmed", "reported"]
    language = ["uk", "en"]                   # of any source
    query = "drone"                           # every word in the evidence
    to = ["https://hooks.example.org/desk", "alerts.jsonl", "stdout", "mailto:desk@example.org"]

Every condition given must hold; a rule with none matches every event.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitreps.errors import InputError
from sitreps.events.taxonomy import EVENT_TYPES
from sitreps.store.records import StoredEvent

CERTAINTIES = ("confirmed", "reported", "claimed", "unverified", "denied")
RULE_KEYS = {
    "name",
    "country",
    "admin1",
    "bbox",
    "event_types",
    "min_fatalities",
    "min_injured",
    "certainty",
    "language",
    "query",
    "to",
}


@dataclass(frozen=True)
class Rule:
    name: str
    to: tuple[str, ...]
    country: frozenset[str] = frozenset()
    admin1: frozenset[str] = frozenset()  # lower case
    bbox: tuple[float, float, float, float] | None = None
    event_types: frozenset[str] = frozenset()
    min_fatalities: int | None = None
    min_injured: int | None = None
    certainty: frozenset[str] = frozenset()
    language: frozenset[str] = frozenset()
    query: tuple[str, ...] = ()  # lower-case words

    def matches(self, event: StoredEvent) -> bool:
        """Does this stored event meet every condition of the rule?"""
        loc = event.location
        if self.country and loc.country not in self.country:
            return False
        if self.admin1 and (loc.admin1 or "").lower() not in self.admin1:
            return False
        if self.bbox:
            x0, y0, x1, y1 = self.bbox
            if not (x0 <= loc.longitude <= x1 and y0 <= loc.latitude <= y1):
                return False
        if self.event_types and event.event_type not in self.event_types:
            return False
        if self.certainty and event.certainty not in self.certainty:
            return False
        if self.min_fatalities is not None or self.min_injured is not None:
            killed, injured = best(event, "fatalities"), best(event, "injured")
            enough = (self.min_fatalities is not None and killed >= self.min_fatalities) or (
                self.min_injured is not None and injured >= self.min_injured
            )
            if not enough:
                return False
        sources = event.sources
        if self.language and not any(s.language in self.language for s in sources):
            return False
        if self.query:
            evidence = " ".join(s.evidence.text for s in sources).lower()
            if not all(word in evidence for word in self.query):
                return False
        return True


def best(event: StoredEvent, kind: str) -> int:
    """An event's best figure of a count kind, 0 when no report gave it."""
    figure = event.figure(kind)
    return int(figure.best or 0) if figure else 0


@dataclass(frozen=True)
class Smtp:
    host: str
    port: int = 25
    sender: str = "sitreps@localhost"
    username: str | None = None
    password: str | None = None
    starttls: bool = False
    timeout: float = 20.0


@dataclass(frozen=True)
class Rules:
    rules: tuple[Rule, ...]
    api_url: str | None = None
    secret: str | None = None
    smtp: Smtp | None = None
    path: Path = field(default=Path("alerts.toml"))


def _strings(value: Any, where: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise InputError(f"{where}: give a string or a list of strings")


def _number(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InputError(f"{where}: {value!r}; give a whole number, 0 or more")
    return value


def _rule(row: Any, n: int, path: Path) -> Rule:
    where = f"{path}: rule {n}"
    if not isinstance(row, dict):
        raise InputError(f"{where}: write each rule as a [[rule]] table")
    unknown = set(row) - RULE_KEYS
    if unknown:
        raise InputError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}; use {', '.join(sorted(RULE_KEYS))}")
    name = row.get("name") or f"rule-{n}"
    where = f"{path}: rule {name!r}"
    to = _strings(row.get("to", []), f"{where}: to")
    if not to:
        raise InputError(f'{where}: no destination; add to = ["https://...", "alerts.jsonl", "stdout", "mailto:..."]')
    types = _strings(row.get("event_types", []), f"{where}: event_types")
    for t in types:
        if t not in EVENT_TYPES:
            raise InputError(f"{where}: event type {t!r}; ACLED types: {', '.join(EVENT_TYPES)}")
    certainty = _strings(row.get("certainty", []), f"{where}: certainty")
    for c in certainty:
        if c not in CERTAINTIES:
            raise InputError(f"{where}: certainty {c!r}; choose among {', '.join(CERTAINTIES)}")
    bbox = None
    if "bbox" in row:
        raw = row["bbox"]
        if not (isinstance(raw, list) and len(raw) == 4 and all(isinstance(v, int | float) for v in raw)):
            raise InputError(f"{where}: bbox = [min_lon, min_lat, max_lon, max_lat], four numbers")
        bbox = (float(raw[0]), float(raw[1]), float(raw[2]), float(raw[3]))
    return Rule(
        name=str(name),
        to=tuple(to),
        country=frozenset(c.upper() for c in _strings(row.get("country", []), f"{where}: country")),
        admin1=frozenset(a.lower() for a in _strings(row.get("admin1", []), f"{where}: admin1")),
        bbox=bbox,
        event_types=frozenset(types),
        min_fatalities=_number(row["min_fatalities"], f"{where}: min_fatalities") if "min_fatalities" in row else None,
        min_injured=_number(row["min_injured"], f"{where}: min_injured") if "min_injured" in row else None,
        certainty=frozenset(certainty),
        language=frozenset(_strings(row.get("language", []), f"{where}: language")),
        query=tuple(str(row.get("query", "")).lower().split()),
    )


def _secret(data: dict[str, Any], path: Path) -> str | None:
    if "secret_env" in data:
        value = os.environ.get(str(data["secret_env"]))
        if not value:
            raise InputError(f"{path}: secret_env names {data['secret_env']}, which is not set in the environment")
        return value
    secret = data.get("secret")
    return str(secret) if secret else None


def _smtp(data: Any, path: Path) -> Smtp | None:
    if data is None:
        return None
    if not isinstance(data, dict) or "host" not in data:
        raise InputError(f"{path}: [smtp] needs at least host (and port, sender)")
    password = os.environ.get(str(data["password_env"])) if "password_env" in data else data.get("password")
    return Smtp(
        host=str(data["host"]),
        port=int(data.get("port", 25)),
        sender=str(data.get("sender", "sitreps@localhost")),
        username=data.get("username"),
        password=password,
        starttls=bool(data.get("starttls", False)),
    )


def load_rules(path: Path) -> Rules:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise InputError(f"{path}: not a readable TOML alerts file ({e})") from None
    rows = data.get("rule", [])
    if not isinstance(rows, list) or not rows:
        raise InputError(f"{path}: no rules; add [[rule]] tables (see the README, 'Alerts')")
    rules = tuple(_rule(row, n, path) for n, row in enumerate(rows, 1))
    names = [r.name for r in rules]
    if len(set(names)) != len(names):
        raise InputError(f"{path}: two rules share a name; each rule needs its own")
    smtp = _smtp(data.get("smtp"), path)
    if smtp is None and any(d.startswith("mailto:") for r in rules for d in r.to):
        raise InputError(f"{path}: a rule sends mail but there is no [smtp] table")
    api_url = data.get("api_url")
    return Rules(rules, str(api_url).rstrip("/") if api_url else None, _secret(data, path), smtp, path)
