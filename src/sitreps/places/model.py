"""Place records and the in-memory index."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NamedTuple

PlaceKind = Literal["city", "admin1", "admin2", "country"]


class Place(NamedTuple):
    """A GeoNames place, division or country (a NamedTuple: the cached index loads several times faster)."""

    id: int
    name: str
    kind: PlaceKind
    country: str
    admin1_code: str | None
    admin1: str | None
    latitude: float
    longitude: float
    population: int
    city_like: bool = False
    admin2_code: str | None = None  # "UA.07.6308": the raion (second-level division), where GeoNames gives it
    admin2: str | None = None

    def with_admin1(self, admin1: str) -> Place:
        return self._replace(admin1=admin1)

    @property
    def user_listed(self) -> bool:
        """A place from the user's own CSV (negative ids): the user vouches that its name means it."""
        return self.id < 0


@dataclass(frozen=True)
class PlaceIndex:
    """Every indexed place, and name keys (transliteration skeletons) -> (place id, name rank)."""

    places: dict[int, Place]
    names: dict[str, tuple[tuple[int, int], ...]]
    admin1_place: dict[str, int]
    admin1_capital: dict[str, int]
    country_place: dict[str, int]
    country_capital: dict[str, int]
    metonyms: frozenset[str]
    country_prior: dict[str, float]
    country_names: frozenset[str]
    admin1_prior: dict[str, float]
    admin2_place: dict[str, int] = field(default_factory=dict)
