"""ACLED-style notes in English, written from an event's fields with the sentences of acled_notes.toml."""

from __future__ import annotations

import tomllib
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from sitreps.store.records import StoredEvent, StoredLocation

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@cache
def _data() -> dict[str, Any]:
    with (Path(__file__).resolve().parent / "acled_notes.toml").open("rb") as f:
        return tomllib.load(f)


def _day(d: date, year: bool = True) -> str:
    return f"{d.day} {MONTHS[d.month - 1]}" + (f" {d.year}" if year else "")


def when(r: StoredEvent) -> str:
    start, end = r.date_start, r.date_end
    if r.date_precision == "month":
        return f"In {MONTHS[start.month - 1]} {start.year}"
    if r.date_precision == "day" or start == end:
        return f"On {_day(r.event_date)}"
    if (start.year, start.month) == (end.year, end.month):
        return f"Between {start.day} and {_day(end)}"
    return f"Between {_day(start, start.year != end.year)} and {_day(end)}"


def _actor(name: str | None, key: str) -> str:
    d = _data()
    if not name:
        return str(d["defaults"][key])
    if name.startswith("Civilians"):
        return str(d["defaults"]["civilians"])
    return str(d["short_names"].get(name, name))


def _places(loc: StoredLocation) -> tuple[str, str]:
    parts = [p for p in (loc.admin2, loc.admin1) if p and p != loc.name]
    named = loc.name + (f" ({', '.join(parts)})" if parts else "")
    if loc.precision == 2:
        return f"near {named}", f"the area near {named}"
    return f"in {named}", named


def _casualties(r: StoredEvent) -> str:
    who = "civilian" if (r.actor2 or "").startswith("Civilians") else "person"
    plural = {"civilian": "civilians", "person": "people"}[who]
    parts = []
    for kind, verb in (("fatalities", "killed"), ("injured", "injured"), ("missing", "missing")):
        figure = r.figure(kind)
        n = figure.best if figure else None
        if n:
            parts.append((int(n), verb))
    if not parts:
        return str(_data()["sentences"]["no_casualties"])
    (n, verb), rest = parts[0], parts[1:]
    head = f"{n} {who if n == 1 else plural} {'was' if n == 1 else 'were'} {verb}"
    tail = [f"{m} {v}" for m, v in rest]
    return head + (" and " + " and ".join(tail) if tail else "") + "."


def note(r: StoredEvent) -> str:
    """The notes of one event record, e.g. 'On 2 March 2022, Russian forces launched a missile attack on
    Kharkiv (Kharkiv Raion, Kharkiv Oblast). Targets hit: hospital, school. 21 civilians were killed.'"""
    d = _data()
    sub = r.sub_event_type
    key = next((f"{sub}|{w}" for w in r.weapons if f"{sub}|{w}" in d["notes"]), sub)
    if not r.actor2 and f"{sub}|sole" in d["notes"]:
        key = f"{sub}|sole"
    at, target = _places(r.location)
    template = d["notes"].get(key) or d["notes"]["Other"]
    text = template.format(
        when=when(r),
        actor1=_actor(r.actor1, "actor1"),
        actor2=_actor(r.actor2, "actor2"),
        at=at,
        target=target,
    )
    sentences = [text[0].upper() + text[1:]]
    s = d["sentences"]
    if r.targets and r.event_type in {"Explosions/Remote violence", "Violence against civilians"}:
        sentences.append(s["targets"].format(targets=", ".join(r.targets)))
    sentences.append(_casualties(r))
    if r.certainty in {"claimed", "denied"}:
        sentences.append(s[r.certainty])
    if r.aggregate:
        sentences.append(s["aggregate"])
    if r.event_type in {"Protests", "Riots"}:
        sentences.append(s["protest_size"])
    return " ".join(sentences)
