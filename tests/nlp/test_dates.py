from __future__ import annotations

from datetime import date

import pytest

from sitreps.lang import LanguagePack
from sitreps.nlp.dates import DateMention, find_dates
from sitreps.nlp.sentences import split_sentences


def dates(text: str, pack: LanguagePack, published: date) -> list[DateMention]:
    return [d for s in split_sentences(text, pack) for d in find_dates(s, pack, published)]


@pytest.mark.parametrize(
    ("text", "first", "last", "precision"),
    [
        ("Zelensky ha detto stamane", "2022-02-27", "2022-02-27", "day"),
        ("lanciato anche stamattina", "2022-02-27", "2022-02-27", "day"),
        ("colpita ieri", "2022-02-26", "2022-02-26", "day"),
        ("Cresce il bilancio nelle ultime 24 ore", "2022-02-26", "2022-02-27", "range"),
        ("il raid su Kharkiv lo scorso 2 gennaio", "2022-01-02", "2022-01-02", "day"),
        ("solo questa settimana la Russia ha lanciato", "2022-02-21", "2022-02-27", "week"),
    ],
)
def test_italian_relative_dates(it: LanguagePack, text: str, first: str, last: str, precision: str) -> None:
    (d,) = dates(text, it, date(2022, 2, 27))
    assert (d.first.isoformat(), d.last.isoformat(), d.precision) == (first, last, precision)


def test_month_day_never_after_publication(it: LanguagePack) -> None:
    (d,) = dates("il 30 dicembre", it, date(2025, 1, 4))
    assert d.first == date(2024, 12, 30)


def test_english_overnight_yesterday_and_future(en: LanguagePack) -> None:
    got = dates(
        "Nykolaiev was heavily bombed overnight yesterday. A summit is planned for tomorrow.", en, date(2022, 10, 13)
    )
    assert [(d.text, d.first.isoformat(), d.precision) for d in got] == [
        ("overnight yesterday", "2022-10-12", "range"),
        ("tomorrow", "2022-10-14", "future"),
    ]
