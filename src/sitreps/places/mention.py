"""Place mentions: a name found in a sentence with its candidates and the words around it (RawMention), and
the place chosen for it (PlaceMention)."""

from __future__ import annotations

from dataclasses import dataclass

from sitreps.places.gazetteer import Candidate
from sitreps.places.model import Place


@dataclass(frozen=True, slots=True)
class RawMention:
    sentence: int
    start: int
    end: int
    text: str
    candidates: tuple[Candidate, ...]
    role: str  # locative, plain, origin, reference, actor, source, region_of
    relation: str | None  # region, district, near, or a compass direction (N, SE, ...)
    capital: str | None = None  # "country" or "region" for "la capitale" / "the regional capital"
    chain: int = -1  # places listed together ("a sud-est di Kupyansk, vicino a Toretsk e ...") share a chain
    within: tuple[str, ...] = ()  # division or country codes named beside it ("X, Kharkiv Oblast"): UA.07, UA.07.6308
    paragraph: int = 0
    common: bool = False  # a common word of the language: its villages need a region beside it
    first_word: bool = False  # a sentence's first word: only a sizeable place, unless a region stands beside it


@dataclass(frozen=True, slots=True)
class PlaceMention:
    sentence: int
    start: int
    end: int
    text: str
    place: Place
    precision: int
    role: str
    relation: str | None
    chain: int = -1

    @property
    def usable(self) -> bool:
        """Can an event be located here? Origins, distance anchors, actors and sources cannot."""
        return self.role in {"locative", "plain"}


def within(p: Place, codes: set[str] | tuple[str, ...]) -> bool:
    return p.country in codes or (p.admin1_code or "") in codes or (p.admin2_code or "") in codes
