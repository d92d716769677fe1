"""Explain a place lookup: every mention a text holds, its candidates ranked with the reasons for their score,
and why the others were set aside (`sitreps gazetteer --lookup "Kurylivka, Kharkiv"`)."""

from __future__ import annotations

from dataclasses import dataclass

from sitreps.lang.pack import LanguagePack
from sitreps.nlp.sentences import split_sentences
from sitreps.places.gazetteer import Gazetteer
from sitreps.places.mention import PlaceMention, RawMention
from sitreps.places.model import Place
from sitreps.places.rank import DocContext, Priors, build_context, pool, rejection, score_parts
from sitreps.places.resolve import find_mentions, resolve


@dataclass(frozen=True)
class Ranked:
    place: Place
    score: float
    reasons: tuple[tuple[str, float], ...]
    set_aside: str | None  # why it cannot be the referent (None: it competes)


@dataclass(frozen=True)
class Explained:
    mention: RawMention
    chosen: PlaceMention | None
    candidates: tuple[Ranked, ...]  # competing ones best first, then those set aside


def _ranked(m: RawMention, ctx: DocContext, prior: Priors) -> list[Ranked]:
    _, excluded = pool(m, prior)
    out = []
    for c in m.candidates:
        parts = score_parts(c, m, ctx, prior)
        why = excluded.get(c.place.id) or rejection(c, m, ctx)
        out.append(Ranked(c.place, sum(v for _, v in parts), tuple(parts), why))
    return sorted(out, key=lambda r: (r.set_aside is not None, -r.score, r.place.id))


def explain(text: str, pack: LanguagePack, gaz: Gazetteer) -> list[Explained]:
    """The mentions of `text` as extraction sees them, each with its ranked candidates."""
    mentions = [m for s in split_sentences(text, pack) for m in find_mentions(s, pack, gaz)]
    prior = Priors.of(gaz)
    ctx = build_context(mentions, prior)
    return [Explained(m, resolve(m, ctx, gaz, None), tuple(_ranked(m, ctx, prior))) for m in mentions]


def describe(p: Place) -> str:
    parts = (p.admin1 if p.kind != "admin1" else None, p.admin2 if p.kind == "city" else None)
    where = ", ".join(x for x in parts if x)
    return f"{p.name} ({p.kind}, {p.country}{', ' + where if where else ''}; pop {p.population:,}) geonames {p.id}"
