"""Dates relative to the publication date: pack phrases ("stamane", "overnight yesterday") and absolute
dates read by dateparser ("lo scorso 2 gennaio" -> the last 2 January before publication)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

from sitreps.lang.pack import LanguagePack, RelativeDate
from sitreps.nlp.sentences import Sentence

WEEK = 7
SATURDAY = 5
YEAR = re.compile(r"(?<![\d.,])(?:19[89]\d|20\d\d)(?![\d.,]\d)")
# a year that ended this long before publication sets the sentence in the past: it tells background, no event
BACKGROUND_DAYS = 60
PAST_MONTHS = 2  # "in October" told in December or later: background


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date phrase in a sentence: token span [start, end) and the window of days it denotes."""

    start: int
    end: int
    text: str
    first: date
    last: date
    precision: str  # day, range, week, future; past: a year long before publication (background)

    @property
    def future(self) -> bool:
        return self.precision == "future"


@dataclass(frozen=True)
class _Compiled:
    relative: tuple[tuple[re.Pattern[str], RelativeDate], ...]
    absolute: tuple[re.Pattern[str], ...]
    in_month: re.Pattern[str] | None  # "in October", "у жовтні": group 1 is the month
    prefixes: re.Pattern[str] | None
    suffixes: re.Pattern[str] | None  # the same words after the date: "sabato scorso"


@cache
def _compiled(pack: LanguagePack) -> _Compiled:
    months = "|".join(sorted((re.escape(m) for m in pack.month_names), key=len, reverse=True))
    absolute = tuple(re.compile(p.replace("{month}", f"(?:{months})"), re.I) for p in pack.absolute_date_patterns)
    prefixes = suffixes = None
    if pack.date_prefixes:
        alts = "|".join(sorted((re.escape(p) for p in pack.date_prefixes), key=len, reverse=True))
        prefixes = re.compile(rf"^(?:{alts})\s+", re.I)
        suffixes = re.compile(rf"\s+(?:{alts})$", re.I)
    relative = tuple((re.compile(r.pattern, re.I), r) for r in pack.relative_dates)
    in_month = None
    if pack.in_months and pack.in_month_words:
        words = "|".join(sorted((re.escape(w) for w in pack.in_month_words), key=len, reverse=True))
        names = "|".join(re.escape(m) for m in pack.in_months)
        # a month alone: not a day before it nor a day or a year after it ("in October 2022" is the year's)
        in_month = re.compile(rf"\b(?:{words})\s+({names})\b(?!\s+\d)", re.I)
    return _Compiled(relative, absolute, in_month, prefixes, suffixes)


def _tokens_for(sent: Sentence, a: int, b: int) -> tuple[int, int]:
    idx = [t.i for t in sent.tokens if a <= t.start - sent.start < b]
    return (idx[0], idx[-1] + 1) if idx else (0, 0)


def parse_absolute(text: str, pack: LanguagePack, published: date) -> date | None:
    """An absolute date as written ("2 gennaio", "October 12, 2022"), never after `published`."""
    import dateparser  # imported on first use: it costs 0.2 s at start-up and most sentences need none

    settings = {
        "RELATIVE_BASE": datetime(published.year, published.month, published.day),
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
    }
    parsed = dateparser.parse(text, languages=[pack.dateparser_lang], settings=settings)
    return parsed.date() if parsed else None


@cache
def _same_day(pack: LanguagePack) -> re.Pattern[str] | None:
    if not pack.same_day:
        return None
    alts = "|".join(sorted((re.escape(p) for p in pack.same_day), key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\b", re.I)


def same_day_mentions(sent: Sentence, pack: LanguagePack, before: DateMention) -> list[DateMention]:
    """'On the same day', 'lo stesso giorno': the date `before` (the sentence before's), where the phrase is."""
    rx = _same_day(pack)
    out = []
    for m in rx.finditer(sent.text) if rx else ():
        s, e = _tokens_for(sent, m.start(), m.end())
        out.append(DateMention(s, e, m.group(0), before.first, before.last, before.precision))
    return out


def find_dates(sent: Sentence, pack: LanguagePack, published: date) -> list[DateMention]:
    """Date phrases in the sentence. Phrases pointing after publication get precision 'future'."""
    comp = _compiled(pack)
    text = sent.text
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for pattern, r in comp.relative:
        first, last, prec = published + timedelta(days=r.start), published + timedelta(days=r.end), r.precision
        if r.origin == "saturday":  # "am Wochenende": the last weekend, up to the publication day
            saturday = published - timedelta(days=(published.weekday() - SATURDAY) % WEEK)
            first, last = saturday + timedelta(days=r.start), min(saturday + timedelta(days=r.end), published)
        elif r.start > 0:
            prec = "future"
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            taken.append((m.start(), m.end()))
            s, e = _tokens_for(sent, m.start(), m.end())
            out.append(DateMention(s, e, m.group(0), first, last, prec))
    for pattern in comp.absolute:
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            raw = m.group(0)
            if comp.prefixes and comp.suffixes:
                raw = comp.suffixes.sub("", comp.prefixes.sub("", raw))
            day = parse_absolute(raw, pack, published)
            if day is None:
                continue
            if (
                (published - day).days == WEEK
                and day.weekday() == published.weekday()
                and not any(c.isdigit() for c in raw)
            ):
                day = published  # "on Sunday" in a Sunday paper is that day, not a week before
            taken.append((m.start(), m.end()))
            s, e = _tokens_for(sent, m.start(), m.end())
            prec = "future" if day > published else "day"
            out.append(DateMention(s, e, m.group(0), day, day, prec))
    if comp.in_month is not None:
        months = [m.lower() for m in pack.in_months]
        for m in comp.in_month.finditer(text):
            month = months.index(m.group(1).lower()) + 1
            year = published.year if month <= published.month else published.year - 1
            if not free(m.start(), m.end()) or (published.year - year) * 12 + published.month - month < PAST_MONTHS:
                continue
            taken.append((m.start(), m.end()))
            s, e = _tokens_for(sent, m.start(), m.end())
            last = date(year, month, calendar.monthrange(year, month)[1])
            out.append(DateMention(s, e, m.group(0), date(year, month, 1), last, "past"))
    for m in YEAR.finditer(text):
        year = int(m.group(0))
        if not free(m.start(), m.end()) or year > published.year:
            continue
        last = date(year, 12, 31)
        if (published - last).days >= BACKGROUND_DAYS:  # "im Herbst 2022", "entre abril y septiembre de 2022"
            s, e = _tokens_for(sent, m.start(), m.end())
            out.append(DateMention(s, e, m.group(0), date(year, 1, 1), last, "past"))
    out.sort(key=lambda d: d.start)
    return out
