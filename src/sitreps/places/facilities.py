"""Named works that stand away from their namesake town (facilities.toml): the names reporters give them, by the
GeoNames id of the town they stand in."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from sitreps.errors import GazetteerError
from sitreps.lang.pack import LanguagePack
from sitreps.nlp.sentences import Sentence
from sitreps.nlp.wordmatch import LexiconSet, Match

FILE = Path(__file__).with_name("facilities.toml")


@cache
def facility_names() -> tuple[tuple[str, int], ...]:
    """(name, GeoNames id) for every name of every facility."""
    with FILE.open("rb") as f:
        data = tomllib.load(f)
    out: list[tuple[str, int]] = []
    for key, names in data.items():
        if not key.isdigit() or not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise GazetteerError(f"{FILE.name}: [{key}] must be a GeoNames id with a list of names")
        out += [(n, int(key)) for n in names]
    return tuple(out)


@cache
def _lexicon(pack: LanguagePack) -> LexiconSet:
    return LexiconSet(pack, {"facilities": [(name, str(pid)) for name, pid in facility_names()]})


def find_facilities(sent: Sentence, pack: LanguagePack) -> list[Match]:
    """The facilities the sentence names; each match's label is the GeoNames id of its town."""
    return _lexicon(pack).find_all(sent.tokens)["facilities"]
