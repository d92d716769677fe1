"""Fold names to a script- and spelling-independent key (rules in translit.toml)."""

from __future__ import annotations

import re
import tomllib
from functools import cache, lru_cache
from pathlib import Path

from anyascii import anyascii

_RULES_FILE = Path(__file__).with_name("translit.toml")
_NON_LETTER = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")
_DOUBLE = re.compile(r"([a-z])\1+")


@cache
def _rules() -> tuple[tuple[str, str], ...]:
    with _RULES_FILE.open("rb") as f:
        data = tomllib.load(f)
    return tuple((a, b) for a, b in data["rules"])


@lru_cache(maxsize=100_000)
def fold(name: str) -> str:
    """Lower-case ASCII with apostrophes dropped and hyphens as spaces: 'Kup”yans’k' -> 'kupyansk'."""
    text = anyascii(name).lower().replace("-", " ")
    text = text.replace("'", "").replace("`", "").replace('"', "")
    return _SPACES.sub(" ", _NON_LETTER.sub("", text)).strip()


@lru_cache(maxsize=100_000)
def skeleton(name: str) -> str:
    """The transliteration key: 'Kharkiv', 'Charkiv' -> 'harkiv'; 'Nykolaiev', 'Nikolaev' -> 'nikolaev'."""
    text = fold(name)
    for a, b in _rules():
        text = text.replace(a, b)
    return _DOUBLE.sub(r"\1", text)
