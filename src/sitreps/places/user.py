"""A user's own places (`--gazetteer FILE`, env SITREPS_GAZETTEER) added to the index: a GeoNames-format TSV or
a CSV `name,latitude,longitude,country[,admin1,admin2,alternate_names]`; admin1 and admin2 may be GeoNames
codes ("07", "6308") or names the index knows ("Kharkiv Oblast", "Kupiansk raion")."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sitreps.places.build import ALIAS, PRIMARY
from sitreps.places.geonames import GeoRow, read_user_places
from sitreps.places.model import Place, PlaceIndex
from sitreps.places.translit import skeleton

GAZETTEER_ENV = "SITREPS_GAZETTEER"


def _division(index: PlaceIndex, text: str, country: str, kind: str, parent: str | None) -> Place | None:
    """The admin1 or admin2 a user names, by code or by name, in the user's country."""
    if not text:
        return None
    codes = index.admin1_place if kind == "admin1" else index.admin2_place
    code = f"{country}.{text}" if kind == "admin1" else f"{parent}.{text}"
    if code in codes:
        return index.places[codes[code]]
    for pid, _ in index.names.get(skeleton(text.removesuffix(" Oblast").removesuffix(" raion")), ()):
        p = index.places[pid]
        if p.kind == kind and p.country == country and (parent is None or p.admin1_code == parent):
            return p
    return None


def _place(index: PlaceIndex, r: GeoRow) -> Place:
    a1 = _division(index, r.admin1, r.country, "admin1", None)
    a1_code = a1.admin1_code if a1 else (f"{r.country}.{r.admin1}" if r.admin1 else None)
    a2 = _division(index, r.admin2, r.country, "admin2", a1_code)
    return Place(
        id=r.id,
        name=r.name,
        kind="city",
        country=r.country,
        admin1_code=a1_code,
        admin1=a1.name if a1 else None,
        latitude=r.latitude,
        longitude=r.longitude,
        population=r.population,
        admin2_code=a2.admin2_code if a2 else None,
        admin2=a2.name if a2 else None,
    )


def with_user_places(index: PlaceIndex, path: Path) -> PlaceIndex:
    """The index plus the populated places of `path` (their names primary, their alternate names reviewed
    aliases); GazetteerError names the file and line of a bad row."""
    places = dict(index.places)
    names = dict(index.names)
    for r in read_user_places(path):
        if r.feature_class != "P":
            continue
        place = _place(index, r)
        places[place.id] = place
        for n, rank in ((r.name, PRIMARY), *((a, ALIAS) for a in r.alternates)):
            key = skeleton(n)
            if key and all(pid != place.id for pid, _ in names.get(key, ())):
                names[key] = (*names.get(key, ()), (place.id, rank))
    return replace(index, places=places, names=names)
