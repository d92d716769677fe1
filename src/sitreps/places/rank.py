"""Choose a mention's place: score every candidate (population, name rank, priors, the regions and places the
document names), reject weak readings, and build the document context the scores use."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from sitreps.places.build import distance_km
from sitreps.places.gazetteer import Candidate, Gazetteer
from sitreps.places.mention import RawMention, within
from sitreps.places.model import Place

BIG_CITY = 20_000  # a town this size in a reported country is not a chance homonym of a common word
SMALL_PLACE = 10_000
VILLAGE = 500  # below this a place must be introduced by its context (a preposition, a region beside it...)
REGION_NAMED = 4.0  # the document names a village's oblast: outweighs a namesake's larger population
CLUSTER_KM = 40  # a place this close to another the document names belongs to its cluster


@dataclass
class DocContext:
    admin1: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    # places the document names: lat, lon, paragraph, sentence, token
    points: list[tuple[float, float, int, int, int]] = field(default_factory=list)

    def nearest_km(self, p: Place, m: RawMention, paragraph: bool = False) -> float:
        """Distance to the nearest place the document names (its first, context-free reading of this mention
        included), or that the mention's paragraph names elsewhere."""
        own = (m.sentence, m.start)
        others = (
            distance_km(p.latitude, p.longitude, a, b)
            for a, b, par, s, t in self.points
            if not paragraph or ((s, t) != own and par == m.paragraph)
        )
        return min(others, default=math.inf)

    def focus_country(self, prior: dict[str, float]) -> str:
        if self.countries:
            return max(self.countries, key=lambda c: (self.countries[c] + prior.get(c, 0.0), c))
        return max(prior, key=lambda c: prior[c]) if prior else "UA"


def _common_word_places(cands: Iterable[Candidate], prior: dict[str, float]) -> list[Candidate]:
    return [c for c in cands if c.place.country in prior and (c.rank < 2 or c.exact or c.place.population >= BIG_CITY)]


class Priors(NamedTuple):
    """Bonuses for the countries and first-level divisions the project reports on (aliases.toml)."""

    country: dict[str, float]
    admin1: dict[str, float]
    seats: frozenset[int] = frozenset()  # seats of first-level divisions: the best-known place of their name

    @classmethod
    def of(cls, gaz: Gazetteer) -> Priors:
        return _priors(gaz)


@cache
def _priors(gaz: Gazetteer) -> Priors:
    return Priors(gaz.index.country_prior, gaz.index.admin1_prior, frozenset(gaz.index.admin1_capital.values()))


def _score(c: Candidate, m: RawMention, ctx: DocContext, prior: Priors) -> float:
    p = c.place
    s = math.log10(p.population + 10)
    s += (2.0, 3.0, 0.0)[c.rank] + (1.0 if c.exact else 0.0) - (1.0 if c.fuzzy else 0.0) - (1.0 if c.inflected else 0.0)
    s += prior.country.get(p.country, 0.0) + prior.admin1.get(p.admin1_code or "", 0.0)
    if p.id in prior.seats:
        s += 1.0
    if p.kind == "admin1":
        s += 6.0 if m.relation == "region" else -4.0
        if p.city_like:
            s -= 2.0
    elif p.kind == "admin2":
        s += 6.0 if m.relation == "district" else -4.0
    elif p.kind == "country":
        s += -2.0 if m.relation == "region" else 0.0
    elif m.relation in {"region", "district"}:
        s -= 3.0
    if p.kind == "city" and p.admin1_code in ctx.admin1:
        s += REGION_NAMED if p.population < SMALL_PLACE else 2.5
    if ctx.countries.get(p.country):
        s += 1.0
    if p.kind == "city" and ctx.points:
        s += 1.5 if ctx.nearest_km(p, m) < 150 else 0.0
        if p.population < SMALL_PLACE and ctx.nearest_km(p, m, paragraph=True) < CLUSTER_KM:
            s += 3.0  # a village among the places the document names is the one meant
    return s


def _introduced(m: RawMention) -> bool:
    """Named where a place is expected: after a locative preposition, with a region beside it, as a district
    or direction, or written in Cyrillic (an inflected or exact form is no chance capitalised word)."""
    return m.role == "locative" or m.relation is not None or bool(m.within) or not m.text.isascii()


def _supported(c: Candidate, m: RawMention, ctx: DocContext) -> bool:
    """Does the document support a near spelling: its region is named, or a place it names is close by?"""
    p = c.place
    if p.admin1_code in ctx.admin1:
        return True
    if ctx.nearest_km(p, m, paragraph=True) < CLUSTER_KM:
        return True
    return p.population >= BIG_CITY and ctx.countries.get(p.country, 0) > 0


def _acceptable(c: Candidate, m: RawMention, ctx: DocContext) -> bool:
    """Reject weak matches: a small village known only by an alternate spelling of a single word, or a
    small place in a country the document does not otherwise name."""
    if c.place.kind != "city":
        return True
    if c.fuzzy and not (m.within or (_introduced(m) and _supported(c, m, ctx))):
        return False
    if ctx.countries and c.place.country not in ctx.countries and c.place.population < SMALL_PLACE and not m.within:
        return False
    if c.place.population < VILLAGE and not _introduced(m) and not _supported(c, m, ctx):
        return False  # 'Shevchenko said', 'Pobeda': a village's name alone is too often something else
    if c.rank == 2 and not c.exact and m.text.isascii():
        # 'Novy' is a village somewhere: a Latin alternate spelling of a small place needs its region named or
        # a place nearby; a Cyrillic alternate name ('Очеретино') is real evidence
        small = c.place.population < (5000 if " " not in m.text else VILLAGE)
        return not small or bool(m.within) or _supported(c, m, ctx)
    return True


def best_candidate(m: RawMention, ctx: DocContext, prior: Priors) -> Candidate | None:
    if m.within:
        cands = [c for c in m.candidates if within(c.place, m.within)]
    elif m.common:
        cands = _common_word_places(m.candidates, prior.country)
    else:
        cands = list(m.candidates)
    ok = [c for c in cands if _acceptable(c, m, ctx)]
    if not ok:
        return None
    best = max(ok, key=lambda c: (_score(c, m, ctx, prior), -c.place.id))
    p = best.place
    if p.kind == "city" and p.population < VILLAGE and not m.within and not _supported(best, m, ctx):
        far = [c for c in ok if distance_km(p.latitude, p.longitude, c.place.latitude, c.place.longitude) > CLUSTER_KM]
        if far:
            return None  # one of several villages of that name, and nothing in the text says which
    return best


def build_context(mentions: list[RawMention], prior: Priors) -> DocContext:
    """First pass: regions and countries the document names, from each mention's context-free best reading."""
    ctx = DocContext()
    for m in mentions:
        for code in m.within:
            if code.count(".") == 1:
                ctx.admin1[code] += 1  # 'X, Kharkiv Oblast': the oblast is context for the whole document
        if m.role not in {"locative", "plain", "origin", "region_of"}:
            continue
        c = best_candidate(m, DocContext(), prior)
        unique = len(m.candidates) == 1 or bool(m.within)
        if c is None or (c.place.kind == "city" and c.place.population < SMALL_PLACE and not unique):
            continue  # small places of shared names are what the context has to decide, not evidence for it
        ctx.countries[c.place.country] += 1
        if c.place.kind == "admin1" and c.place.admin1_code:
            ctx.admin1[c.place.admin1_code] += 1
        if c.place.kind == "city" and m.role in {"locative", "plain"}:
            ctx.points.append((c.place.latitude, c.place.longitude, m.paragraph, m.sentence, m.start))
    return ctx
