"""Match a pack's word lists against tokens: word forms, lemmas, prefixes ("bombard*") and phrases.

Hand-written because spaCy's Matcher needs a lemmatizer component in the pipeline and pattern dicts per
entry; this keeps the pack format to plain word lists a linguist can edit. All lists of a pack are
compiled into one `LexiconSet`, matched in a single pass per sentence.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import simplemma

from sitreps.lang.pack import LanguagePack
from sitreps.nlp.sentences import Sentence, Token, pipeline

MIN_MODIFIER = 3  # letters before a compound's head noun


@lru_cache(maxsize=4096)
def _lemma(word: str, lang: str | None) -> str:
    return simplemma.lemmatize(word.capitalize(), lang=lang).lower() if lang else word


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class _Entry:
    parts: tuple[str, ...]
    label: str
    namespace: str


def _part_matches(part: str, tok: Token) -> bool:
    if part.endswith("*"):
        return tok.lower.startswith(part[:-1])
    return tok.lower == part or tok.lemma == part


def _join_stars(parts: tuple[str, ...]) -> tuple[str, ...]:
    """The tokenizer splits "завда* удар*" into завда, *, удар, *: each star goes back onto its word."""
    out: list[str] = []
    for p in parts:
        if p == "*" and out and not out[-1].endswith("*"):
            out[-1] += "*"
        else:
            out.append(p)
    return tuple(out)


class LexiconSet:
    """Several named word lists, matched together: `find_all(tokens)[name]` are the longest
    non-overlapping matches of list `name`, left to right."""

    def __init__(self, pack: LanguagePack, lists: Mapping[str, Iterable[tuple[str, str]]]) -> None:
        tokenizer = pipeline(pack).tokenizer
        self.names = tuple(lists)
        self._by_first: dict[str, list[_Entry]] = {}
        self._prefixed: list[_Entry] = []
        for namespace, entries in lists.items():
            for phrase, label in entries:
                parts = _join_stars(tuple(t.lower_ for t in tokenizer(phrase.strip()) if not t.is_space))
                if not parts:
                    continue
                entry = _Entry(parts, label, namespace)
                if parts[0].endswith("*"):
                    self._prefixed.append(entry)
                else:
                    self._by_first.setdefault(parts[0], []).append(entry)
        self._prefix_tuple = tuple(e.parts[0][:-1] for e in self._prefixed)
        self._heads = pack.compound_heads
        self._lemma_lang = pack.simplemma_lang

    def _candidates(self, tok: Token) -> list[_Entry]:
        found = self._by_first.get(tok.lower, [])
        if tok.lemma != tok.lower and tok.lemma in self._by_first:
            found = found + self._by_first[tok.lemma]
        if self._prefix_tuple and tok.lower.startswith(self._prefix_tuple):
            found = found + [e for e in self._prefixed if tok.lower.startswith(e.parts[0][:-1])]
        return found

    def _compound_head(self, tok: Token) -> list[_Entry]:
        """The entries a compound's head noun starts: 'Gleitbombenangriffen' -> those of 'Angriff'."""
        low = tok.lower
        if not self._heads or not low.endswith(self._heads):
            return []
        heads = (h for h in self._heads if low.endswith(h) and len(low) - len(h) >= MIN_MODIFIER)
        head = max(heads, key=len, default="")
        if not head:
            return []
        return self._by_first.get(head) or self._by_first.get(_lemma(head, self._lemma_lang), [])

    def find_all(self, tokens: Sequence[Token]) -> dict[str, list[Match]]:
        raw: dict[str, list[tuple[int, int, str]]] = {}
        n = len(tokens)
        for i, tok in enumerate(tokens):
            direct: set[str] = set()
            for e in self._candidates(tok):
                k = len(e.parts)
                if i + k <= n and all(_part_matches(p, tokens[i + j]) for j, p in enumerate(e.parts)):
                    raw.setdefault(e.namespace, []).append((i, i + k, e.label))
                    direct.add(e.namespace)
            for e in self._compound_head(tok):  # a list that knows the whole word has the say
                k = len(e.parts)
                if e.namespace in direct or i + k > n:
                    continue
                if all(_part_matches(p, tokens[i + j]) for j, p in enumerate(e.parts[1:], 1)):
                    raw.setdefault(e.namespace, []).append((i, i + k, e.label))
        out: dict[str, list[Match]] = {name: [] for name in self.names}
        for namespace, found in raw.items():
            found.sort(key=lambda m: (m[0], m[0] - m[1]))
            last_end = 0
            for start, end, label in found:
                if start >= last_end:
                    out[namespace].append(Match(start, end, label))
                    last_end = end
        return out


class SentenceWords:
    """The matches of every list of a pack in one sentence, by list name."""

    __slots__ = ("_m",)

    def __init__(self, matches: dict[str, list[Match]]) -> None:
        self._m = matches

    def __getitem__(self, name: str) -> list[Match]:
        return self._m[name]

    def has(self, name: str) -> bool:
        return bool(self._m[name])


_CACHE: OrderedDict[tuple[int, int, str], SentenceWords] = OrderedDict()
_CACHE_SIZE = 512


def sentence_words(sent: Sentence, pack: LanguagePack, lexset: LexiconSet) -> SentenceWords:
    """Match once per sentence; later stages reading the same sentence reuse the result."""
    key = (id(lexset), sent.start, sent.text)
    hit = _CACHE.get(key)
    if hit is not None:
        _CACHE.move_to_end(key)
        return hit
    words = SentenceWords(lexset.find_all(sent.tokens))
    _CACHE[key] = words
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return words
