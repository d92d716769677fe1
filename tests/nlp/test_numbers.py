from __future__ import annotations

import pytest

from sitreps.lang import LanguagePack
from sitreps.nlp.numbers import Quantity, find_quantities
from sitreps.nlp.sentences import split_sentences


def quantities(text: str, pack: LanguagePack) -> list[tuple[str, Quantity]]:
    out = []
    for s in split_sentences(text, pack):
        out += [(s.span_text(q.start, q.end), q) for q in find_quantities(s, pack)]
    return out


@pytest.mark.parametrize(
    ("text", "value", "counted", "low", "high"),
    [
        ("sarebbero almeno 21 le persone uccise nei bombardamenti", 21, "fatalities", 21, None),
        ("e 112 ferite nei bombardamenti sulla città", 112, "injured", None, None),
        (
            "Oltre 11mila persone nella regione russa di Kursk sono rimasti senza elettricità",
            11000,
            "affected",
            11000,
            None,
        ),
        ("È intanto salito a quattro il numero delle vittime", 4, "fatalities", None, None),
        ("decine di civili feriti", 20, "injured", 20, None),
        ("quasi 1.000 persone evacuate", 1000, None, None, 1000),
    ],
)
def test_italian_counts(
    it: LanguagePack, text: str, value: int, counted: str | None, low: int | None, high: int | None
) -> None:
    (_, q), *_ = quantities(text, it)
    assert (q.best, q.low, q.high) == (value, low, high)
    if counted:
        assert q.counted == counted


def test_italian_article_one_only_with_a_person(it: LanguagePack) -> None:
    found = quantities("Una persona è stata uccisa e altre due ferite. Un attacco con un drone.", it)
    assert [(t, q.best, q.counted) for t, q in found] == [("Una", 1, "fatalities"), ("due", 2, "injured")]


def test_english_words_and_separators(en: LanguagePack) -> None:
    found = quantities("Two bodies were found, but there are seven missing. Over 1,070 guided bombs.", en)
    assert [(t, q.best, q.counted, q.aggregate) for t, q in found] == [
        ("Two", 2, "fatalities", False),
        ("seven", 7, "missing", False),
        ("1,070", 1070, None, True),
    ]


def test_units_years_and_compounds_are_not_counts(en: LanguagePack, it: LanguagePack) -> None:
    assert quantities("a five-story building 30 km from Kyiv in 2022", en) == []
    # the age is no count (the child named among the injured may count one)
    assert all(q.best != 4 for _, q in quantities("tra i feriti c'è un bambino di 4 anni", it))
