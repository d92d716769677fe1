"""Smoke checks run over every pack: adding a language is adding a folder of data that passes these."""

from __future__ import annotations

import re

import pytest

from sitreps.errors import PackError
from sitreps.events.taxonomy import taxonomy
from sitreps.lang import available_packs, load_pack
from sitreps.nlp.sentences import split_sentences

PACKS = available_packs()


def test_it_and_en_are_packs() -> None:
    assert {"it", "en"} <= set(PACKS)


@pytest.mark.parametrize("code", PACKS)
def test_pack_is_complete_and_typed(code: str) -> None:
    pack = load_pack(code)
    tax = taxonomy()
    assert pack.triggers and pack.weapons and pack.targets and pack.counted
    for t in pack.triggers:
        assert t.event_type in tax.sub_event_types, t
        assert t.sub_event_type in tax.sub_event_types[t.event_type], t
        assert t.words
    for w in pack.weapons:
        assert w.sub_event_type is None or w.sub_event_type in tax.sub_event_types["Explosions/Remote violence"]
    assert {c.label for c in pack.counted} == {"fatalities", "injured", "missing", "affected"}
    assert set(pack.sides) <= set(tax.actors)
    for r in pack.relative_dates:
        re.compile(r.pattern)
        assert r.precision in {"day", "range", "week", "month"}
        assert r.start <= r.end


@pytest.mark.parametrize("code", PACKS)
def test_pack_tokenises_its_own_trigger_words(code: str) -> None:
    pack = load_pack(code)
    word = next(w for t in pack.triggers for w in t.words if "*" not in w)
    sentences = split_sentences(f"{word}.", pack)
    assert sentences and sentences[0].tokens[0].lower == word.split()[0].lower()


def test_load_pack_is_cached() -> None:
    assert load_pack("it") is load_pack("it")


def test_unknown_pack_names_the_available_ones() -> None:
    with pytest.raises(PackError, match=r"available packs: .*en.*it"):
        load_pack("xx")
