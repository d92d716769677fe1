"""The ACLED taxonomy and coding conventions, read from acled.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

EVENT_TYPES = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)

# ACLED's political-violence family: the types one incident may be coded as by different reports
VIOLENCE = frozenset(EVENT_TYPES[:3])


@dataclass(frozen=True)
class Taxonomy:
    actors: dict[str, str]
    attacker_by_country: dict[str, str]
    opponent: dict[str, str]
    min_aggregate_fatalities: int
    time_precision: dict[str, int]
    sub_event_types: dict[str, tuple[str, ...]]

    def actor_name(self, side: str | None, country_name: str = "") -> str | None:
        if side is None:
            return None
        return self.actors.get(side, side).replace("{country}", country_name)


@cache
def taxonomy() -> Taxonomy:
    with Path(__file__).with_name("acled.toml").open("rb") as f:
        d = tomllib.load(f)
    return Taxonomy(
        actors=dict(d["actors"]),
        attacker_by_country=dict(d["attacker_by_country"]),
        opponent=dict(d["opponent"]),
        min_aggregate_fatalities=int(d["aggregates"]["min_fatalities"]),
        time_precision={k: int(v) for k, v in d["time_precision"].items()},
        sub_event_types={k: tuple(v) for k, v in d["event_types"].items()},
    )
