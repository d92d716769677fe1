"""Choose a mention's place: score every candidate (population, name rank, priors, the regions and places the
document names), reject weak readings, and build the document context the scores use."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from sitreps.places.gazetteer import Candidate, Gazetteer
from sitreps.places.geo import distance_km
from sitreps.places.mention import RawMention, within
from sitreps.places.model import Place

SENTENCE_START_MIN_POPULATION = 15_000
BIG_CITY = 20_000  # a town this size in a reported country is not a chance homonym of a common word
SMALL_PLACE = 10_000
VILLAGE = 500  # below this a place must be introduced by its context (a preposition, a region beside it...)
REGION_NAMED = 4.0  # the document names a village's oblast: outweighs a namesake's larger population
SEAT = 4.0  # an oblast seat named alone is that city, even where the document names a namesake village's oblast
CLUSTER_KM = 40  # a place this close to another the document names belongs to its cluster
NAME_RANKS = ("primary name", "reviewed alias or division name", "alternate name")


@dataclass
class DocContext:
    admin1: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    # places the document names: lat, lon, paragraph, sentence, token
    points: list[tuple[float, float, int, int, int]] = field(default_factory=list)
    # regions of the places each sentence names: sentence -> (admin1 code, token of the mention)
    sentence_admin1: dict[int, list[tuple[str, int]]] = field(default_factory=dict)
    _nearest: dict[tuple[int, int, int, bool], float] = field(default_factory=dict, repr=False)

    def nearest_km(self, p: Place, m: RawMention, paragraph: bool = False) -> float:
        """Distance to the nearest place the document names (its first, context-free reading of this mention
        included), or that the mention's paragraph names elsewhere."""
        key = (p.id, m.sentence if paragraph else -1, m.start if paragraph else -1, paragraph)
        if (known := self._nearest.get(key)) is not None:
            return known
        own = (m.sentence, m.start)
        others = (
            distance_km(p.latitude, p.longitude, a, b)
            for a, b, par, s, t in self.points
            if not paragraph or ((s, t) != own and par == m.paragraph)
        )
        self._nearest[key] = km = min(others, default=math.inf)
        return km

    def focus_country(self, prior: dict[str, float]) -> str:
        if self.countries:
            return max(self.countries, key=lambda c: (self.countries[c] + prior.get(c, 0.0), c))
        return max(prior, key=lambda c: prior[c]) if prior else "UA"


def common_word_places(cands: Iterable[Candidate], prior: dict[str, float], native: bool = False) -> list[Candidate]:
    """The readings of a capitalised common word that stand on their own: places in the reported countries known
    by that very name or large; written in Cyrillic, a town's native (alternate) name ('Очакові') counts too."""
    return [
        c
        for c in cands
        if c.place.country in prior
        and (c.rank < 2 or c.exact or c.place.population >= (SMALL_PLACE if native else BIG_CITY))
    ]


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


def score_parts(c: Candidate, m: RawMention, ctx: DocContext, prior: Priors) -> list[tuple[str, float]]:
    """Why a candidate ranks where it does: (reason, points); the score is their sum."""
    p = c.place
    out = [("population", math.log10(p.population + 10))]
    if not c.fuzzy:  # a near spelling is no name of the place, whichever of its names it is near
        out.append((NAME_RANKS[c.rank], (2.0, 3.0, 0.0)[c.rank]))
    if c.exact:
        out.append(("written as its name", 1.0))
    if c.fuzzy:
        out.append(("a near spelling", -1.0))
    if c.inflected:
        out.append(("an inflected form's base", -1.0))
    if prior.country.get(p.country):
        out.append(("country prior", prior.country[p.country]))
    if prior.admin1.get(p.admin1_code or ""):
        out.append(("front-line region prior", prior.admin1[p.admin1_code or ""]))
    if p.id in prior.seats:  # named alone; beside a kind word ("Харківського району") the unit is meant
        out.append(("seat of its region", SEAT if m.relation is None else 1.0))
    if p.kind == "admin1":
        out.append(("a region", 6.0 if m.relation == "region" else -4.0))
        if p.city_like:
            out.append(("a city-region", -2.0))
    elif p.kind == "admin2":
        out.append(("a raion", 6.0 if m.relation == "district" else -4.0))
    elif p.kind == "country" and m.relation == "region":
        out.append(("a country named as a region", -2.0))
    elif p.kind == "city" and m.relation == "region" and p.id in prior.seats:
        out.append(("a region named by its seat ('im Gebiet Saporischschja')", 0.0))
    elif p.kind == "city" and m.relation in {"region", "district"}:
        out.append(("a town where a region or district is named", -3.0))
    if p.kind == "city" and p.admin1_code in ctx.admin1:
        out.append(("its region is named", REGION_NAMED if p.population < SMALL_PLACE else 2.5))
    if p.kind == "city" and _region_in_sentence(p, m, ctx):
        out.append(("its region is named in the sentence", 3.0))
    if ctx.countries.get(p.country):
        out.append(("its country is named", 1.0))
    if p.kind == "city" and ctx.points:
        if ctx.nearest_km(p, m) < 150:
            out.append(("within 150 km of a place named", 1.5))
        if ctx.nearest_km(p, m, paragraph=True) < CLUSTER_KM:
            out.append(("within 40 km of a place its paragraph names", 3.0))
    return out


def _score(c: Candidate, m: RawMention, ctx: DocContext, prior: Priors) -> float:
    return sum(v for _, v in score_parts(c, m, ctx, prior))


def _region_in_sentence(p: Place, m: RawMention, ctx: DocContext) -> bool:
    """Another place of the mention's sentence lies in (or is) the place's first-level division."""
    return any(code == p.admin1_code and start != m.start for code, start in ctx.sentence_admin1.get(m.sentence, ()))


def _introduced(m: RawMention) -> bool:
    """Named where a place is expected: after a locative preposition, with a region beside it, as a district
    or direction, or written in Cyrillic (an inflected or exact form is no chance capitalised word)."""
    return m.role == "locative" or m.relation is not None or bool(m.within) or not m.text.isascii()


def _supported(c: Candidate, m: RawMention, ctx: DocContext) -> bool:
    """Does the document support a reading: its region is named (in the document, or by another place of the
    same sentence), or a place its paragraph names is close by?"""
    p = c.place
    if p.admin1_code in ctx.admin1 or _region_in_sentence(p, m, ctx):
        return True
    if ctx.nearest_km(p, m, paragraph=True) < CLUSTER_KM:
        return True
    return p.population >= BIG_CITY and ctx.countries.get(p.country, 0) > 0


def rejection(c: Candidate, m: RawMention, ctx: DocContext) -> str | None:
    """Why a weak reading is not taken (None: acceptable): a near spelling or a village nothing introduces, a
    small place in a country the document does not otherwise name, a small village known only by a Latin
    alternate spelling."""
    if c.place.kind != "city" or (c.place.user_listed and not c.fuzzy):
        return None
    if c.fuzzy and not (m.within or (_introduced(m) and _supported(c, m, ctx))):
        return "a near spelling the context does not support"
    if ctx.countries and c.place.country not in ctx.countries and c.place.population < SMALL_PLACE and not m.within:
        return "a small place in a country the document does not name"
    if c.place.population < VILLAGE and not _introduced(m) and not _supported(c, m, ctx):
        # 'Shevchenko said', 'Pobeda': a village's name alone is too often something else
        return "a village no preposition, region or nearby place introduces"
    if c.rank == 2 and not c.exact and m.text.isascii():
        # 'Novy' is a village somewhere: a Latin alternate spelling of a small place needs its region named or
        # a place nearby; a Cyrillic alternate name ('Очеретино') is real evidence
        small = c.place.population < (5000 if " " not in m.text else VILLAGE)
        if small and not m.within and not _supported(c, m, ctx):
            return "a small place known by this spelling only as an alternate name"
    return None


def _acceptable(c: Candidate, m: RawMention, ctx: DocContext) -> bool:
    return rejection(c, m, ctx) is None


def pool(m: RawMention, prior: Priors) -> tuple[list[Candidate], dict[int, str]]:
    """The candidates that compete, and why the others (place id -> reason) do not: outside the region named
    beside the name; a sentence's first word or a common word ('Police', 'Леніна') naming a small place."""
    keep = list(m.candidates)
    if m.within:
        keep = [c for c in keep if within(c.place, m.within)]
    else:
        if m.first_word:
            keep = [c for c in keep if c.place.population >= SENTENCE_START_MIN_POPULATION]
        if m.common:
            keep = common_word_places(keep, prior.country, native=not m.text.isascii())
    kept = {c.place.id for c in keep}
    why = (
        f"outside {', '.join(m.within)}, named beside it"
        if m.within
        else "a small place named by a sentence's first word or a common word"
    )
    return keep, {c.place.id: why for c in m.candidates if c.place.id not in kept}


def best_candidate(m: RawMention, ctx: DocContext, prior: Priors) -> Candidate | None:
    cands, _ = pool(m, prior)
    ok = [c for c in cands if _acceptable(c, m, ctx)]
    spelt = [c for c in ok if not c.fuzzy]
    if spelt and (m.within or any(_supported(c, m, ctx) for c in spelt)):
        ok = spelt  # a near spelling only where no place of the name as written fits the context
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
        if c.place.kind in {"admin1", "admin2"} or c.place.population >= SMALL_PLACE:
            ctx.sentence_admin1.setdefault(m.sentence, []).append((c.place.admin1_code or "", m.start))
        if c.place.kind == "city" and m.role in {"locative", "plain"}:
            ctx.points.append((c.place.latitude, c.place.longitude, m.paragraph, m.sentence, m.start))
    return ctx
