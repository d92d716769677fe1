"""All word lists of a pack compiled once into one LexiconSet, matched once per sentence."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from sitreps.lang.pack import LanguagePack
from sitreps.nlp.sentences import Sentence
from sitreps.nlp.wordmatch import LexiconSet, SentenceWords, sentence_words


def _plain(words: Iterable[str]) -> list[tuple[str, str]]:
    return [(w, w) for w in words]


@cache
def lexicon_set(pack: LanguagePack) -> LexiconSet:
    return LexiconSet(
        pack,
        {
            "triggers": [(w, t.key) for t in pack.triggers for w in t.words],
            "weapons": [(w, c.key) for c in pack.weapons for w in c.words],
            "targets": [(w, c.key) for c in pack.targets for w in c.words],
            "counted": [(w, c.label) for c in pack.counted for w in c.words],
            "person_nouns": _plain(pack.person_nouns),
            "no_casualties": [
                *((w, "fatalities") for w in pack.no_fatalities),
                *((w, "injured") for w in pack.no_injured),
            ],
            "singular_person_nouns": _plain(pack.singular_person_nouns),
            "non_count_units": _plain(pack.non_count_units),
            "count_before": _plain(pack.count_before),
            "at_least": _plain(pack.at_least),
            "subset": _plain(pack.subset),
            "at_most": _plain(pack.at_most),
            "aggregate_nouns": _plain(pack.aggregate_nouns),
            "scope_phrases": _plain(pack.scope_phrases),
            "habitual": _plain(pack.habitual),
            "report_date_after": _plain(pack.report_date_after),
            "speech_verbs": _plain(pack.speech_verbs),
            "according_to": _plain(pack.according_to),
            "titles": _plain(pack.titles),
            "claimed": _plain(pack.claimed),
            "unverified": _plain(pack.unverified),
            "denied": _plain(pack.denied),
            "reported": _plain(pack.reported),
            "confirmed": _plain(pack.confirmed),
            "hypothetical": _plain(pack.hypothetical),
            "attempt": _plain(pack.attempt_words),
            "negation": _plain(pack.negation),
            "locative": _plain(pack.locative),
            "origin": _plain(pack.origin),
            "region_words": _plain(pack.region_words),
            "district_words": _plain(pack.district_words),
            "near_words": _plain(pack.near_words),
            "directions": list(pack.directions.items()),
            "capital": _plain(pack.capital_phrases),
            "regional_capital": _plain(pack.regional_capital_phrases),
            "distance_units": _plain(pack.distance_units),
            "sides": [(w, side) for side, words in pack.sides.items() for w in words],
            "military": _plain(pack.military_words),
            "civilian": _plain(pack.civilian_words),
            "negation_before": _plain(pack.negation_before),
            "axis_words": _plain(pack.axis_words),
            "impact_prepositions": _plain(pack.impact_prepositions),
            "axis_before": _plain(pack.axis_before),
            "toward": _plain(pack.toward_words),
            "facilities": [(name, str(pid)) for name, pid in pack.facilities],
            "non_event_nouns": _plain(pack.non_event_nouns),
            "city_anaphora": _plain(pack.city_anaphora),
            "attributive": _plain(pack.attributive_participles),
        },
    )


def words(sent: Sentence, pack: LanguagePack) -> SentenceWords:
    """Every pack list's matches in the sentence (computed once, then cached)."""
    return sentence_words(sent, pack, lexicon_set(pack))
