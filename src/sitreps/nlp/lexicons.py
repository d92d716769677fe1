"""All word lists of a pack compiled once into lexicons."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sitreps.lang.pack import LanguagePack
from sitreps.nlp.lexicon import Lexicon, words_lexicon


@dataclass(frozen=True)
class PackLexicons:
    triggers: Lexicon
    weapons: Lexicon
    targets: Lexicon
    counted: Lexicon
    person_nouns: Lexicon
    non_count_units: Lexicon
    count_before: Lexicon
    at_least: Lexicon
    at_most: Lexicon
    aggregate_nouns: Lexicon
    habitual: Lexicon
    speech_verbs: Lexicon
    according_to: Lexicon
    titles: Lexicon
    claimed: Lexicon
    unverified: Lexicon
    denied: Lexicon
    reported: Lexicon
    confirmed: Lexicon
    hypothetical: Lexicon
    locative: Lexicon
    origin: Lexicon
    region_words: Lexicon
    district_words: Lexicon
    near_words: Lexicon
    directions: Lexicon
    capital: Lexicon
    regional_capital: Lexicon
    distance_units: Lexicon
    connectors: Lexicon
    sides: Lexicon
    military: Lexicon
    civilian: Lexicon


@cache
def lexicons(pack: LanguagePack) -> PackLexicons:
    def lx(words: tuple[str, ...]) -> Lexicon:
        return words_lexicon(pack, words)

    return PackLexicons(
        triggers=Lexicon(pack, ((w, t.key) for t in pack.triggers for w in t.words)),
        weapons=Lexicon(pack, ((w, c.key) for c in pack.weapons for w in c.words)),
        targets=Lexicon(pack, ((w, c.key) for c in pack.targets for w in c.words)),
        counted=Lexicon(pack, ((w, c.label) for c in pack.counted for w in c.words)),
        person_nouns=lx(pack.person_nouns),
        non_count_units=lx(pack.non_count_units),
        count_before=lx(pack.count_before),
        at_least=lx(pack.at_least),
        at_most=lx(pack.at_most),
        aggregate_nouns=lx(pack.aggregate_nouns),
        habitual=lx(pack.habitual),
        speech_verbs=lx(pack.speech_verbs),
        according_to=lx(pack.according_to),
        titles=lx(pack.titles),
        claimed=lx(pack.claimed),
        unverified=lx(pack.unverified),
        denied=lx(pack.denied),
        reported=lx(pack.reported),
        confirmed=lx(pack.confirmed),
        hypothetical=lx(pack.hypothetical),
        locative=lx(pack.locative),
        origin=lx(pack.origin),
        region_words=lx(pack.region_words),
        district_words=lx(pack.district_words),
        near_words=lx(pack.near_words),
        directions=Lexicon(pack, pack.directions.items()),
        capital=lx(pack.capital_phrases),
        regional_capital=lx(pack.regional_capital_phrases),
        distance_units=lx(pack.distance_units),
        connectors=lx(pack.connectors),
        sides=Lexicon(pack, ((w, side) for side, words in pack.sides.items() for w in words)),
        military=lx(pack.military_words),
        civilian=lx(pack.civilian_words),
    )
