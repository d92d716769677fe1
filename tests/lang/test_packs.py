"""Smoke checks run over every pack: adding a language is adding a folder of data that passes these."""

from __future__ import annotations

import re
from pathlib import Path

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


def test_a_misspelt_key_names_the_file_and_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from sitreps.lang import registry

    folder = tmp_path / "xx"
    shutil.copytree(registry.PACKS_DIR / "en", folder)
    places = folder / "places.toml"
    # a key written after a table header belongs to that table: the mistake that hides a list silently
    places.write_text(places.read_text(encoding="utf-8") + '\nlocatve = ["in"]\n', encoding="utf-8")
    monkeypatch.setattr(registry, "PACKS_DIR", tmp_path)
    registry.load_pack.cache_clear()
    try:
        with pytest.raises(PackError, match=r"places\.toml: key directions.*locatve"):
            registry.load_pack("xx")
    finally:
        registry.load_pack.cache_clear()
