"""Match a pack's word lists against tokens: word forms, lemmas, prefixes ("bombard*") and phrases.

Hand-written because spaCy's Matcher needs a lemmatizer component in the pipeline and pattern dicts per
entry; this keeps the pack format to plain word lists a linguist can edit, and runs in one pass.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sitreps.lang.pack import LanguagePack
from sitreps.nlp.sentences import Token, pipeline


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class _Entry:
    parts: tuple[str, ...]
    label: str


def _part_matches(part: str, tok: Token) -> bool:
    if part.endswith("*"):
        return tok.lower.startswith(part[:-1])
    return tok.lower == part or tok.lemma == part


class Lexicon:
    """Longest-match lookup of labelled word lists in a token sequence."""

    def __init__(self, pack: LanguagePack, entries: Iterable[tuple[str, str]]) -> None:
        tokenizer = pipeline(pack).tokenizer
        self._by_first: dict[str, list[_Entry]] = {}
        self._prefixed: list[_Entry] = []
        for phrase, label in entries:
            parts = tuple(t.lower_ for t in tokenizer(phrase.strip()) if not t.is_space)
            if phrase.strip().endswith("*"):
                parts = (*parts[:-2], parts[-2] + "*") if parts[-1] == "*" else parts
            if not parts:
                continue
            entry = _Entry(parts, label)
            if parts[0].endswith("*"):
                self._prefixed.append(entry)
            else:
                self._by_first.setdefault(parts[0], []).append(entry)
        for entries_ in self._by_first.values():
            entries_.sort(key=lambda e: -len(e.parts))
        self._prefixed.sort(key=lambda e: -len(e.parts))
        self._prefix_tuple = tuple(e.parts[0][:-1] for e in self._prefixed)

    def _candidates(self, tok: Token) -> list[_Entry]:
        found = list(self._by_first.get(tok.lower, ()))
        if tok.lemma != tok.lower:
            found.extend(self._by_first.get(tok.lemma, ()))
        if self._prefix_tuple and tok.lower.startswith(self._prefix_tuple):
            found.extend(e for e in self._prefixed if tok.lower.startswith(e.parts[0][:-1]))
        return found

    def find(self, tokens: Sequence[Token]) -> list[Match]:
        """Non-overlapping matches, longest first, left to right."""
        out: list[Match] = []
        i, n = 0, len(tokens)
        while i < n:
            best: _Entry | None = None
            for e in self._candidates(tokens[i]):
                k = len(e.parts)
                if i + k <= n and all(_part_matches(p, tokens[i + j]) for j, p in enumerate(e.parts)):
                    if best is None or k > len(best.parts):
                        best = e
            if best is None:
                i += 1
                continue
            out.append(Match(i, i + len(best.parts), best.label))
            i += len(best.parts)
        return out

    def contains(self, tokens: Sequence[Token]) -> bool:
        return bool(self.find(tokens))


def words_lexicon(pack: LanguagePack, words: Iterable[str], label: str = "x") -> Lexicon:
    return Lexicon(pack, ((w, label) for w in words))
