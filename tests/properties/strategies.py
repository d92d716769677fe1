"""Hypothesis strategies: arbitrary Unicode, and texts built from real news words mixed with noise, so that
the properties reach the deep stages (numbers next to casualty words, places, dates), not only the tokenizer."""

from __future__ import annotations

import json
import re
from datetime import date

from hypothesis import strategies as st

from tests.conftest import SEEDS

_EXTRA = [
    "killed",
    "uccisi",
    "feriti",
    "wounded",
    "загинули",
    "погибли",
    "Kharkiv",
    "Харків",
    "Pokrovsk",
    "Sumy",
    "Kherson",
    "Херсон",
    "ieri",
    "yesterday",
    "stamane",
    "overnight",
    "lo scorso 2 gennaio",
    "nelle ultime 24 ore",
    "999999999",
    "1e308",
    "11mila",
    "decine",
    "two",
    "dozens",
    "at least",
    "almeno",
    "according to",
    "secondo",
    "TASS",
    "Reuters",
    "claimed",
    "da verificare",
    "denied",
    "sud-est di",
    "south-east of",
    "la capitale",
    "\u200b",
    "\u202e",
    "\u00ad",
    "\x00",
    "\ufeff",
    "\n",
    "\n\n",
    ".",
    ",",
    ";",
    "(",
    ")",
    '"',
    "«",
    "»",
    "2024",
    "12.000",
    "1,070",
    "0",
    "-5",
    "½",
    "٣",
    "𝟗",
    "ⅷ",
]


def _seed_words() -> list[str]:
    words: set[str] = set()
    path = SEEDS / "documents.jsonl"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            words.update(re.findall(r"\w+|[^\w\s]", json.loads(line)["text"]))
    return sorted(words)


VOCAB = _seed_words() + _EXTRA

news_like = st.lists(st.one_of(st.sampled_from(VOCAB), st.text(max_size=6)), min_size=0, max_size=80).map(
    lambda ws: " ".join(ws)
)
texts = st.one_of(st.text(max_size=400), news_like)
published = st.dates(min_value=date(1990, 1, 1), max_value=date(2026, 1, 1))
languages = st.sampled_from(["it", "en", "uk", "ru", "fr", "de", "es", None])
