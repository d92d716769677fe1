"""Sentences and tokens from a spaCy blank pipeline with its rule-based sentencizer.

Lines are split first (headlines and captions have no final full stop), then each line runs through
spaCy; every token keeps its character offsets in the document and its lemma from simplemma.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import simplemma
import spacy
from spacy.language import Language

from sitreps.lang.pack import LanguagePack
from sitreps.limits import limits


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    lower: str
    lemma: str
    start: int
    end: int
    i: int

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int
    tokens: tuple[Token, ...]
    paragraph: int
    index: int

    def span_text(self, start_tok: int, end_tok: int) -> str:
        """Text of tokens [start_tok, end_tok) as written."""
        a = self.tokens[start_tok].start - self.start
        b = self.tokens[end_tok - 1].end - self.start
        return self.text[a:b]

    @property
    def lower(self) -> str:
        return self.text.lower()


@cache
def pipeline(pack: LanguagePack) -> Language:
    """A blank spaCy pipeline for the pack's language, with the sentencizer and the pack's abbreviations."""
    nlp = spacy.blank(pack.spacy_lang)
    nlp.add_pipe("sentencizer")
    tokenizer: Any = nlp.tokenizer
    for abbr in pack.abbreviations:
        for form in {abbr, abbr.lower(), abbr.capitalize()}:
            tokenizer.add_special_case(form, [{"ORTH": form}])
    return nlp


@cache
def lemmatizer(pack: LanguagePack) -> Callable[[str], str]:
    """A cached lemma function for the pack's language (identity when simplemma has no data for it)."""
    lang = pack.simplemma_lang

    @lru_cache(maxsize=200_000)
    def lemma(word: str) -> str:
        if lang is None or not word.isalpha():
            return word
        return str(simplemma.lemmatize(word, lang=lang)).lower()

    return lemma


def split_sentences(text: str, pack: LanguagePack) -> list[Sentence]:
    """Split `text` into sentences of tokens; offsets index into `text`."""
    nlp = pipeline(pack)
    lemma = lemmatizer(pack)
    cap = limits().max_sentence_tokens
    lines: list[tuple[int, str]] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            lines.append((pos + raw.index(stripped[0]), stripped))
        pos += len(raw)
    out: list[Sentence] = []
    for paragraph, (doc, (offset, _)) in enumerate(zip(nlp.pipe(line for _, line in lines), lines, strict=True)):
        for sent in doc.sents:
            toks = []
            for i, t in enumerate(tok for tok in sent if not tok.is_space):
                low = t.lower_
                toks.append(Token(t.text, low, lemma(low), offset + t.idx, offset + t.idx + len(t.text), i))
            # A run of text with no sentence punctuation (a table, a list, noise) is cut into pieces, so that
            # the per-sentence stages never see more than max_sentence_tokens at once.
            for k in range(0, len(toks), cap):
                piece = [
                    t if k == 0 else Token(t.text, t.lower, t.lemma, t.start, t.end, t.i - k) for t in toks[k : k + cap]
                ]
                start, end = piece[0].start, piece[-1].end
                out.append(Sentence(text[start:end], start, end, tuple(piece), paragraph, len(out)))
    return out
