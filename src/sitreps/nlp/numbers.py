"""Numbers in digits or words, their bounds, and what they count (killed, injured, missing, affected)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from sitreps.lang.pack import LanguagePack
from sitreps.limits import limits
from sitreps.nlp.packwords import words
from sitreps.nlp.sentences import Sentence, Token
from sitreps.nlp.wordmatch import Match, SentenceWords

_THOUSANDS = re.compile(r"^\d{1,3}(?:[.,\u00a0 ]\d{3})+$")
_DECIMAL = re.compile(r"^\d+[.,]\d{1,2}$")
_INT = re.compile(r"^\d+$")
_GROUP = re.compile(r"^\d{3}$")
_WITH_SUFFIX = re.compile(r"^(\d+(?:[.,]\d+)?)([^\W\d]+)$")
FORWARD_WINDOW = 6
FORWARD_WINDOW_PEOPLE = 12
BACKWARD_WINDOW = 4
TOLL_WINDOW = 8  # a phrase naming a toll ("the number of injured") and its figure in the same clause
BACKWARD_PEOPLE_WINDOW = 6
CLAUSE_PUNCT = {",", ";", ":", ".", "(", ")"}
ADJACENT = 2
AGGREGATE_WINDOW = 3
SCOPE_WINDOW = 5  # "across the country that killed at least 31"
SINGLE_WINDOW = 4
BACKWARD_NAMED_WINDOW = 12
SINGLE_NUMBER_GAP = 2


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number in a sentence (token span [start, end)), with bounds and what it counts."""

    start: int
    end: int
    best: int
    low: int | None = None
    high: int | None = None
    counted: str | None = None
    aggregate: bool = False
    vague: bool = False


def _digits(text: str) -> float | None:
    if len(text) > limits().max_number_digits + 4:  # a code, a phone number or noise, not a count
        return None
    if _INT.match(text):
        return float(text)
    if _THOUSANDS.match(text):
        return float(re.sub(r"\D", "", text))
    if _DECIMAL.match(text):
        return float(text.replace(",", "."))
    return None


@lru_cache(maxsize=50_000)
def _word_number(word: str, lang: str | None) -> int | None:
    if lang is None or not word.isalpha() or len(word) < 3:
        return None
    from text_to_num import text2num  # imported on first use, not at start-up

    try:
        return int(text2num(word, lang))
    except (ValueError, IndexError, KeyError):
        return None


def parse_number(tokens: Sequence[Token], i: int, pack: LanguagePack) -> tuple[int, int, bool, int | None] | None:
    """Read a number starting at token i: (value, end token, vague, low bound of a vague word) or None."""
    tok = tokens[i]
    low_only: int | None = None
    vague = False
    value = _digits(tok.text)
    if value is None and (m := _WITH_SUFFIX.match(tok.lower)) and m.group(2) in pack.multipliers:
        value = (_digits(m.group(1)) or 0) * pack.multipliers[m.group(2)]
        if value:
            return int(value), i + 1, False, None
    if value is None:
        if tok.lower in pack.vague_numbers:
            bound = pack.vague_numbers[tok.lower]
            low_only = bound.get("low")
            value = float(low_only or bound.get("high", 0))
            vague = True
        elif tok.lower in pack.number_words:
            value = float(pack.number_words[tok.lower])
        else:
            n = _word_number(tok.lower, pack.text2num_lang)
            if n is None:
                return None
            value = float(n)
    end = i + 1
    while (
        _INT.match(tok.text)
        and len(tok.text) <= 3
        and end < len(tokens)
        and _GROUP.match(tokens[end].text)
        and tokens[end].start - tokens[end - 1].end == 1
    ):
        value = value * 1000 + int(tokens[end].text)  # "11 000": thousands separated by a space
        end += 1
    if end < len(tokens) and tokens[end].lower in pack.multipliers:
        value *= pack.multipliers[tokens[end].lower]
        end += 1
    return int(value), end, vague, low_only


@lru_cache(maxsize=64)
def _age_regex(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I) if patterns else None


def age_tokens(sent: Sentence, pack: LanguagePack) -> set[int]:
    """Tokens of age phrases ('43-year-old', 'di 45 anni', '72-річний'): not counts of anything."""
    rx = _age_regex(pack.age_patterns)
    if rx is None:
        return set()
    spans = [(m.start(), m.end()) for m in rx.finditer(sent.text)]
    if not spans:
        return set()
    return {t.i for t in sent.tokens if any(a <= t.start - sent.start < b for a, b in spans)}


SUBSET_GAP = 2  # words between "including" and the figure it singles out


def _in_subset(subsets: list[Match], i: int) -> bool:
    """'Three people, including a child, were injured', 'п'ятеро поранених, серед них двоє дітей': a figure of a
    part of the victims (pack `subset`) is no count of its own."""
    return any(0 <= i - m.end <= SUBSET_GAP for m in subsets)


def _ends_before(lex_find: list[tuple[int, int]], i: int, window: int) -> bool:
    return any(end == i and i - start <= window for start, end in lex_find)


def find_quantities(
    sent: Sentence, pack: LanguagePack, skip: set[int] | frozenset[int] = frozenset()
) -> list[Quantity]:
    """Numbers in the sentence (tokens in `skip`, e.g. dates, are ignored), each with what it counts."""
    lx = words(sent, pack)
    toks = sent.tokens
    ages = age_tokens(sent, pack)
    raw: list[tuple[int, int, int, bool, int | None]] = []
    i = 0
    while i < len(toks):
        if i in skip or i in ages:
            i += 1
            continue
        parsed = parse_number(toks, i, pack)
        if parsed is None:
            i += 1
            continue
        value, end, vague, low_only = parsed
        if not _in_subset(lx["subset"], i):
            raw.append((i, end, value, vague, low_only))
        i = end
    counted = [(m.start, m.end, m.label) for m in lx["counted"]]
    singles = [q for q in _one_person(toks, lx, raw, counted) if not _in_subset(lx["subset"], q.start)]
    for m in lx["no_casualties"]:  # "nobody was hurt": none injured and none killed
        singles.append(Quantity(m.start, m.end, 0, counted=m.label))
        if m.label == "injured":
            singles.append(Quantity(m.start, m.end, 0, counted="fatalities"))
    if not raw:
        return sorted(singles, key=lambda q: q.start)
    persons = {m.start for m in lx["person_nouns"]}
    units = {m.start for m in lx["non_count_units"]}
    aggregates = {m.start for m in lx["aggregate_nouns"]}
    at_least = [(m.start, m.end) for m in lx["at_least"]]
    at_most = [(m.start, m.end) for m in lx["at_most"]]
    before = [(m.start, m.end) for m in lx["count_before"]]
    # "Un homme de 64 ans a été tué": an age or a distance does not stand between a number and its casualty word
    starts = {r[0] for r in raw if not (r[1] < len(toks) and r[1] in units)}
    lim = limits()
    joins = set(pack.connectors)  # "è morto e una decina di persone ferite": the verb is not the number's
    conjunctions = {w for w in joins if w.isalpha() and len(w) <= 3}  # "and", "e", "та": not "including"
    out: list[Quantity] = []
    for start, end, value, vague, low_only in raw:
        word = toks[start].lower
        nxt = end if end < len(toks) else None
        while nxt is not None and nxt in ages:  # "a 43-year-old man": the age stands between word and noun
            nxt = nxt + 1 if nxt + 1 < len(toks) else None
        counted_starts = {s for s, _, _ in counted}
        # "two were killed in Toretsk and one in Niu-York": a number before a place takes the casualty word before
        elliptic = nxt is not None and toks[nxt].lower in pack.locative and toks[nxt - 1].text != ","
        before_labels = [lab for s, e, lab in counted if e <= start]
        if word in pack.weak_number_words and (
            nxt is None
            or not (persons & {nxt, nxt + 1, nxt + 2} or nxt in counted_starts or (elliptic and before_labels))
        ):
            continue
        if nxt is not None and (nxt in units or toks[nxt].text in {"-", "%", "°"}):
            continue
        if not vague and 1900 <= value <= 2100 and _INT.match(toks[start].text) and len(toks[start].text) == 4:
            continue
        low = high = None
        if _ends_before(at_least, start, 3):
            low = value
        if _ends_before(at_most, start, 3):
            high = value
        if vague:
            low = low_only
        window = FORWARD_WINDOW_PEOPLE if nxt is not None and persons & {nxt, nxt + 1} else FORWARD_WINDOW
        what = next((lab for s, _, lab in counted if s in {end, end + 1}), None)  # "un herido", "two bodies"
        # a casualty verb right before the number claims it first: "tuant trois personnes et en blessant 12"
        for b_start, b_end in before:
            between = toks[b_end:start]
            if (
                what is None
                and b_end <= start
                and len(between) <= ADJACENT
                and not any(t.text in CLAUSE_PUNCT or t.lower in joins for t in between)
            ):
                what = next((lab for s, _, lab in counted if b_start <= s < b_end), None)
                # "elevó a 108 el número de heridos", "Die Zahl der Verletzten ... ist auf 40 gestiegen": a phrase
                # that names no casualty leaves it to the casualty word after, else to the one before
                what = what or _named_after(toks, counted, end) or _named_before(toks, counted, b_start) or "fatalities"
        for c_start, _c_end, label in counted if what is None else ():
            if start < c_start and c_start - end < window and not any(end <= s < c_start for s in starts):
                if any(t.lower in conjunctions for t in toks[end:c_start]):
                    break  # "mató a dos mujeres e hirió a otras tres": the next clause's verb is not this number's
                what = label
                break
        if what is None and word not in pack.weak_number_words and nxt is not None and persons & {nxt, nxt + 1}:
            earlier = [(s, e, lab) for s, e, lab in counted if e <= start and start - e <= BACKWARD_PEOPLE_WINDOW]
            if earlier:
                what = earlier[-1][2]
        if what is None and word not in pack.weak_number_words:
            for b_start, b_end in before:
                named = next((lab for s, _, lab in counted if b_start <= s < b_end), None)
                if b_end <= start and start - b_end <= BACKWARD_WINDOW:
                    what = named or "fatalities"
                elif (  # "Die Zahl der Verletzten stieg im Laufe des Vormittags auf 28": the toll named, then its rise
                    named
                    and b_end <= start
                    and start - b_end <= TOLL_WINDOW
                    and not any(t.text in CLAUSE_PUNCT for t in toks[b_end:start])
                ):
                    what = named
        if what is None and elliptic and before_labels:
            what = before_labels[-1]
        aggregate = nxt is not None and any(nxt <= a <= nxt + AGGREGATE_WINDOW for a in aggregates)
        # "in tutto il Paese 11 morti", "across the country, 11 people": the phrase before the number
        aggregate = aggregate or any(
            0 <= start - m.end <= SCOPE_WINDOW
            and m.end - m.start > 1  # a phrase of scope, not a noun: "missiles kill 23" is no tally
            and not any(t.text in CLAUSE_PUNCT for t in toks[m.end : start])
            for m in lx["aggregate_nouns"]
        )
        if value > (lim.max_aggregate_count if aggregate else lim.max_event_count):
            what = None  # "999999999 killed" is no count of anything that happened
        out.append(Quantity(start, end, value, low, high, what, aggregate, vague))
    return sorted(out + singles, key=lambda q: q.start)


def _named_after(toks: Sequence[Token], counted: list[tuple[int, int, str]], end: int) -> str | None:
    """The casualty word a few words after a number in the same clause ("108 el número de heridos")."""
    for c_start, _c_end, label in counted:
        if end <= c_start < end + FORWARD_WINDOW and not any(t.text in CLAUSE_PUNCT for t in toks[end:c_start]):
            return label
    return None


def _named_before(toks: Sequence[Token], counted: list[tuple[int, int, str]], start: int) -> str | None:
    """The casualty word a few words before a phrase in the same clause ("число постраждалих у Харкові зросло до")."""
    for _c_start, c_end, label in sorted(counted, reverse=True):
        if c_end <= start and start - c_end <= BACKWARD_NAMED_WINDOW:
            if not any(t.text in CLAUSE_PUNCT for t in toks[c_end:start]):
                return label
            break
    return None


def _one_person(
    toks: Sequence[Token],
    lx: SentenceWords,
    raw: list[tuple[int, int, int, bool, int | None]],
    counted: list[tuple[int, int, str]],
) -> list[Quantity]:
    """A noun naming one person beside a casualty word, with no number before it, counts one: "загинув
    72-річний чоловік", "ранена женщина", "son fils blessé", "su esposa resultó herida". Such nouns joined in
    one clause count together: "поранено 70-річного чоловіка та його дружину" is two."""

    def clause(a: int, b: int) -> bool:
        return not any(t.text in CLAUSE_PUNCT for t in toks[a:b])

    out: list[Quantity] = []
    ends = {end for _, end, *_ in raw}
    for m in lx["singular_person_nouns"]:
        if any(m.start - e <= SINGLE_NUMBER_GAP for e in ends if e <= m.start):
            continue
        near = [
            (min(abs(m.start - c_end), abs(c_start - m.end)), label)
            for c_start, c_end, label in counted
            if (c_end <= m.start and m.start - c_end <= SINGLE_WINDOW and clause(c_end, m.start))
            or (c_start >= m.end and c_start - m.end <= SINGLE_WINDOW and clause(m.end, c_start))
        ]
        last = out[-1] if out else None
        joined = last is not None and m.start - last.end <= SINGLE_WINDOW and clause(last.end, m.start)
        if last is not None and joined and (not near or min(near)[1] == last.counted):
            out[-1] = Quantity(last.start, m.end, last.best + 1, None, None, last.counted)
        elif near:
            out.append(Quantity(m.start, m.end, 1, None, None, min(near)[1]))
    return out
