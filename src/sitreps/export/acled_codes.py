"""ACLED's coding of actors and sources, from reviewed data files: actor names and types (acled_actors.toml),
Inter and Interaction codes as text labels or ACLED's old integers, outlets and their scale (outlets.toml)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
STATE = "State forces"
EXTERNAL = "External/Other forces"
SCALES = ("Local", "Subnational", "National", "Regional", "International", "New media", "Other")
Codes = Literal["text", "numeric"]


def _toml(name: str) -> dict[str, Any]:
    with (HERE / name).open("rb") as f:
        return tomllib.load(f)


@dataclass(frozen=True)
class Actor:
    name: str  # ACLED's form, "Military Forces of Russia (2000-)"
    inter: str  # ACLED's actor type, "State forces"


@cache
def _actors() -> dict[str, Any]:
    return _toml("acled_actors.toml")


def acled_actor(name: str | None, country: str) -> Actor | None:
    """ACLED's name and type of a sitreps actor in an event in `country` (ISO alpha-2): a state's forces
    outside their state are External/Other forces."""
    if not name:
        return None
    data = _actors()
    known = data["actors"].get(name)
    if known:
        inter = known["inter"]
        if inter == STATE and known.get("state") and known["state"] != country.upper():
            inter = EXTERNAL
        return Actor(known["acled"], inter)
    prefixes = sorted(data["prefixes"].items(), key=lambda kv: -len(kv[0]))
    inter = next((t for p, t in prefixes if name.startswith(p)), EXTERNAL)
    return Actor(name, inter)


def inter_number(inter: str | None) -> int:
    """ACLED's old integer for an actor type; 0 for no actor."""
    return int(_actors()["inter_codes"].get(inter, 8)) if inter else 0


def interaction(inter1: str | None, inter2: str | None, codes: Codes) -> str | int:
    """ACLED's Interaction: both types, the lower code first ("State forces-Civilians", 17); a sole actor
    "State forces only", 10."""
    if not inter1 and not inter2:
        return "" if codes == "text" else 0
    pair = sorted((t for t in (inter1, inter2) if t), key=inter_number)
    if codes == "numeric":
        a = inter_number(pair[0])
        return a * 10 + (inter_number(pair[1]) if len(pair) > 1 else 0)
    if len(pair) == 1:
        return f"{pair[0]} only"
    if pair[0] == "Civilians":  # the codebook names civilians last: 78 is "External/Other forces-Civilians"
        pair.reverse()
    return f"{pair[0]}-{pair[1]}"


@dataclass(frozen=True)
class Outlet:
    name: str
    scale: str
    home: str | None = None


@cache
def _outlets() -> tuple[dict[str, Outlet], dict[str, Outlet]]:
    by_name: dict[str, Outlet] = {}
    by_domain: dict[str, Outlet] = {}
    for name, d in _toml("outlets.toml")["outlets"].items():
        if d["scale"] not in SCALES:
            raise ValueError(f"outlets.toml: {name}: scale {d['scale']!r}; choose {', '.join(SCALES)}")
        outlet = Outlet(name, d["scale"], d.get("home"))
        for key in (name, *d.get("aliases", [])):
            by_name[key.casefold()] = outlet
        for domain in d.get("domains", []):
            by_domain[domain.casefold()] = outlet
    return by_name, by_domain


def outlet_of(outlet: str | None, url: str | None) -> Outlet | None:
    """The outlet a document names, else the one its URL's host belongs to, else None."""
    by_name, by_domain = _outlets()
    if outlet and outlet.strip():
        return by_name.get(outlet.strip().casefold(), Outlet(outlet.strip(), "Other"))
    if url:
        try:
            host = (urlsplit(url).hostname or "").casefold().removeprefix("www.")
        except ValueError:
            return None
        while host:
            if host in by_domain:
                return by_domain[host]
            host = host.partition(".")[2]
    return None


def source_scale(outlets: list[Outlet], country: str) -> str:
    """ACLED's source_scale: the scales of the outlets, joined ("National-International"); a home outlet
    reporting another country counts as International; "Other" when no outlet is known."""
    scales = set()
    for o in outlets:
        scale = o.scale
        if o.home and o.home != country.upper() and scale in {"Local", "Subnational", "National"}:
            scale = "International"
        scales.add(scale)
    return "-".join(s for s in SCALES if s in scales) or "Other"
