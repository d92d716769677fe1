"""ACLED's associated actors (assoc_actor_1/2) from the evidence of an event's reports, by the reviewed list in
acled_assoc.toml: a group named in the supporting sentence beside one of the event's two main actors."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sitreps.store.records import StoredEvent

HERE = Path(__file__).resolve().parent
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


@dataclass(frozen=True)
class Associate:
    acled: str  # ACLED's name, written in the assoc column
    with_actor: str  # the sitreps main actor it acts beside
    patterns: tuple[tuple[str, ...], ...]  # each a phrase of folded words; a word ending in '*' is a prefix
    countries: frozenset[str]  # empty: anywhere


def _fold(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


@cache
def associates() -> tuple[Associate, ...]:
    with (HERE / "acled_assoc.toml").open("rb") as f:
        data: dict[str, Any] = tomllib.load(f)
    return tuple(
        Associate(
            a["acled"],
            a["with"],
            tuple(tuple(_fold(w.rstrip("*")) + (["*"] if w.endswith("*") else [])) for w in a["words"]),
            frozenset(c.upper() for c in a.get("countries", ())),
        )
        for a in data["assoc"]
    )


def _matches(words: list[str], pattern: tuple[str, ...]) -> bool:
    prefix = pattern[-1] == "*"
    phrase = pattern[:-1] if prefix else pattern
    n = len(phrase)
    for i in range(len(words) - n + 1):
        head, last = words[i : i + n - 1], words[i + n - 1]
        if list(phrase[:-1]) == head and (last.startswith(phrase[-1]) if prefix else last == phrase[-1]):
            return True
    return False


def _named(text: str, attributed_to: str | None) -> list[str]:
    """The words of an evidence sentence, less the words its report is attributed to."""
    if attributed_to:
        text = re.sub(re.escape(attributed_to), " ", text, flags=re.IGNORECASE)
    return _fold(text)


def assoc_actors(record: StoredEvent, acled_names: tuple[str, str]) -> tuple[str, str]:
    """ACLED's assoc_actor_1 and assoc_actor_2 of a stored event: the associates whose words its evidence names,
    beside the main actor they act with. `acled_names` are actor1/actor2 in ACLED's form, so an actor is never
    its own associate."""
    country = record.location.country
    texts = [_named(s.evidence.text, s.attributed_to) for s in record.sources]
    out: tuple[list[str], list[str]] = ([], [])
    for side, actor in enumerate((record.actor1, record.actor2)):
        if not actor:
            continue
        for a in associates():
            if a.with_actor != actor or a.acled == acled_names[side] or a.acled in out[side]:
                continue
            if a.countries and country.upper() not in a.countries:
                continue
            if any(_matches(words, p) for words in texts for p in a.patterns):
                out[side].append(a.acled)
    return "; ".join(out[0]), "; ".join(out[1])
