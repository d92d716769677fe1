"""Who said it (officials, outlets) and how sure the report is (confirmed ... denied)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sitreps.lang.pack import LanguagePack
from sitreps.nlp.lexicons import lexicons
from sitreps.nlp.sentences import Sentence

MAX_NAME_TOKENS = 8
_STOP = {".", ";", ":", "«", "»", "“", "”", '"', "(", ")", "!", "?"}


@dataclass(frozen=True, slots=True)
class Outlet:
    start: int
    end: int
    name: str
    side: str | None


@dataclass(frozen=True, slots=True)
class Attribution:
    source: str | None
    certainty: str
    explicit: bool  # the sentence itself names who said it


@cache
def _outlets() -> dict[tuple[str, ...], tuple[str, str | None]]:
    with Path(__file__).with_name("outlets.toml").open("rb") as f:
        data = tomllib.load(f)
    return {tuple(k.split()): (v["name"], v.get("side")) for k, v in data["outlets"].items()}


def find_outlets(sent: Sentence) -> list[Outlet]:
    table = _outlets()
    longest = max(len(k) for k in table)
    out: list[Outlet] = []
    toks = sent.tokens
    i = 0
    while i < len(toks):
        for k in range(min(longest, len(toks) - i), 0, -1):
            key = tuple(t.text for t in toks[i : i + k])
            if key in table:
                name, side = table[key]
                out.append(Outlet(i, i + k, name, side))
                i += k - 1
                break
        i += 1
    return out


def _name_after(sent: Sentence, start: int) -> str | None:
    """A title or name phrase starting at `start`: 'governatore regionale, Oleg Synegubov'."""
    toks = sent.tokens
    end = start
    saw_name = False
    while end < len(toks) and end - start < MAX_NAME_TOKENS and toks[end].text not in _STOP:
        if toks[end].is_capitalised:
            saw_name = True
        elif saw_name and toks[end].text != "-":
            break
        end += 1
    while end > start and toks[end - 1].text in {",", "-", "–"}:
        end -= 1
    return sent.span_text(start, end) if end > start else None


def _capitalised_run_before(sent: Sentence, end: int) -> str | None:
    toks = sent.tokens
    start = end
    while start > 0 and toks[start - 1].is_capitalised and end - start < 4:
        start -= 1
    return sent.span_text(start, end) if start < end else None


def find_source(sent: Sentence, pack: LanguagePack) -> str | None:
    """Who the sentence says the information comes from, as written."""
    lx = lexicons(pack)
    toks = sent.tokens
    parts: list[str] = []
    titles = lx.titles.find(toks)
    speech = lx.speech_verbs.find(toks)
    according = lx.according_to.find(toks)
    if titles and (speech or according):
        name = _name_after(sent, titles[0].start)
        if name:
            parts.append(name)
    if not parts:
        for m in according:
            name = _name_after(sent, m.end)
            if name and name[:1].isupper():
                parts.append(name)
                break
    if not parts:
        for m in speech:
            name = _capitalised_run_before(sent, m.start)
            if name and not name.isupper():
                parts.append(name)
                break
    for o in find_outlets(sent):
        if o.name not in parts and all(o.name not in p for p in parts):
            parts.append(o.name if not parts else f"via {o.name}")
    return ", ".join(parts) if parts else None


def find_certainty(sent: Sentence, pack: LanguagePack) -> str:
    """denied > unverified > claimed > reported > confirmed; plain statements in a report are 'reported'."""
    lx = lexicons(pack)
    toks = sent.tokens
    if lx.denied.contains(toks):
        return "denied"
    if lx.unverified.contains(toks):
        return "unverified"
    if lx.claimed.contains(toks):
        return "claimed"
    suffixes = tuple(pack.conditional_suffixes)
    if suffixes and any(len(t.lower) > 6 and t.lower.endswith(suffixes) for t in toks):
        return "reported"
    if lx.confirmed.contains(toks) and not lx.reported.contains(toks):
        return "confirmed"
    return "reported"


def attribute(sent: Sentence, pack: LanguagePack) -> Attribution:
    source = find_source(sent, pack)
    return Attribution(source, find_certainty(sent, pack), source is not None)
