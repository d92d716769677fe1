"""Who said it (officials, outlets) and how sure the report is (confirmed ... denied)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from sitreps.lang.pack import LanguagePack
from sitreps.nlp.packwords import words
from sitreps.nlp.sentences import Sentence, pipeline

MAX_NAME_TOKENS = 8
SPEAKER_GAP = 4  # "said the regional governor", "confirmó este sábado el presidente"
_CLAUSE = {",", ";", ":", "«", "“", '"'}
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
    spans: tuple[tuple[int, int], ...] = ()


@cache
def _outlets() -> dict[str, list[tuple[tuple[str, ...], str, str | None]]]:
    """Outlet names by their first word (case-sensitive: 'AP' is an agency, 'ap' is not)."""
    with Path(__file__).with_name("outlets.toml").open("rb") as f:
        data = tomllib.load(f)
    by_first: dict[str, list[tuple[tuple[str, ...], str, str | None]]] = {}
    for key, v in data["outlets"].items():
        parts = tuple(key.split())
        by_first.setdefault(parts[0], []).append((parts, v["name"], v.get("side")))
    for entries in by_first.values():
        entries.sort(key=lambda e: -len(e[0]))
    return by_first


@lru_cache(maxsize=512)
def find_outlets(sent: Sentence) -> tuple[Outlet, ...]:
    table = _outlets()
    out: list[Outlet] = []
    toks = sent.tokens
    i = 0
    while i < len(toks):
        step = 1
        for parts, name, side in table.get(toks[i].text, ()):
            k = len(parts)
            if tuple(t.text for t in toks[i : i + k]) == parts:
                out.append(Outlet(i, i + k, name, side))
                step = k
                break
        i += step
    return tuple(out)


def _name_after(sent: Sentence, start: int, stops: set[int]) -> tuple[int, int] | None:
    """A title or name phrase from `start`: 'governatore regionale, Oleg Synegubov', 'Fonti russe'."""
    toks = sent.tokens
    end = start
    saw_name = False
    while end < len(toks) and end - start < MAX_NAME_TOKENS and toks[end].text not in _STOP and end not in stops:
        tok = toks[end]
        if tok.text == ",":
            if saw_name or end + 1 >= len(toks) or not toks[end + 1].is_capitalised:
                break
        elif tok.is_capitalised and end > start:
            saw_name = True
        elif saw_name and tok.text != "-":
            break
        end += 1
    return (start, end) if end > start else None


def _capitalised_run_before(sent: Sentence, end: int, stop_words: frozenset[str]) -> tuple[int, int] | None:
    toks = sent.tokens
    start = end
    while start > 0 and toks[start - 1].is_capitalised and end - start < 4:
        start -= 1
    while start < end and toks[start].lower in stop_words:
        start += 1
    return (start, end) if start < end else None


@dataclass(frozen=True, slots=True)
class SourceSpan:
    text: str
    spans: tuple[tuple[int, int], ...]


def find_source(sent: Sentence, pack: LanguagePack) -> SourceSpan | None:
    """Who the sentence says the information comes from, as written, with the token spans naming it."""
    lx = words(sent, pack)
    toks = sent.tokens
    stop_words = frozenset(pipeline(pack).Defaults.stop_words)
    spans: list[tuple[int, int]] = []
    titles = lx["titles"]
    speech = lx["speech_verbs"]
    according = lx["according_to"]
    stops = {m.start for m in speech} | {m.start for m in according}
    for m in according:
        span = _name_after(sent, m.end, stops)
        if span is None:
            continue
        inner = [t.start for t in titles if span[0] <= t.start < span[1]]
        if inner:
            span = (inner[0], span[1])
        if toks[span[0]].is_capitalised or inner:
            spans.append(span)
            break
    if not spans and titles and (speech or according):
        # "..., повідомив командувач Сухопутних військ": the title after the speech verb speaks; a title
        # before it may be the subject of the event ("Сили оборони звільнили село ...")
        after_verb = [
            t
            for t in titles
            if any(
                0 <= t.start - m.end <= SPEAKER_GAP and not any(x.text in _CLAUSE for x in toks[m.end : t.start])
                for m in speech
            )
        ]  # "повідомив, що вчора Сили оборони уразили ...": a title inside the reported clause is no speaker
        span = _name_after(sent, (after_verb or titles)[0].start, stops)
        if span:
            spans.append(span)
    if not spans:
        for m in speech:
            span = _capitalised_run_before(sent, m.start, stop_words)
            if span and not sent.span_text(*span).isupper():
                spans.append(span)
                break
    parts = [sent.span_text(a, b) for a, b in spans]
    for o in find_outlets(sent):
        if all(o.name not in p for p in parts):
            parts.append(o.name if not parts else f"via {o.name}")
            spans.append((o.start, o.end))
    return SourceSpan(", ".join(parts), tuple(spans)) if parts else None


def find_certainty(sent: Sentence, pack: LanguagePack) -> str:
    """denied > unverified > claimed > reported > confirmed; plain statements in a report are 'reported'."""
    lx = words(sent, pack)
    toks = sent.tokens
    if lx.has("denied"):
        return "denied"
    if lx.has("unverified"):
        return "unverified"
    if lx.has("claimed"):
        return "claimed"
    suffixes = tuple(pack.conditional_suffixes)
    if suffixes and any(len(t.lower) > 6 and t.lower.endswith(suffixes) for t in toks):
        return "reported"
    if lx.has("confirmed") and not lx.has("reported"):
        return "confirmed"
    return "reported"


def attribute(sent: Sentence, pack: LanguagePack) -> Attribution:
    source = find_source(sent, pack)
    certainty = find_certainty(sent, pack)
    if source is None:
        return Attribution(None, certainty, False)
    return Attribution(source.text, certainty, True, source.spans)
