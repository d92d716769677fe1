from __future__ import annotations

import pytest

from sitreps.lang import LanguagePack
from sitreps.nlp.attribution import attribute
from sitreps.nlp.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("Secondo Mosca, le forze russe hanno completamente assediato Kherson.", "claimed"),
        ("Il bilancio delle perdite russe – da verificare – è di 3000 soldati.", "unverified"),
        ("Sarebbero almeno 21 le persone uccise.", "reported"),
        ("Il ministero ha smentito l'attacco.", "denied"),
        ("Il sindaco ha confermato la notizia.", "confirmed"),
    ],
)
def test_italian_certainty(it: LanguagePack, text: str, certainty: str) -> None:
    (s,) = split_sentences(text, it)
    assert attribute(s, it).certainty == certainty


def test_italian_source_with_title_and_outlet(it: LanguagePack) -> None:
    (s,) = split_sentences(
        "Il governatore locale Vyacheslav Gladkov ha dichiarato che tra i feriti c'è un bambino.", it
    )
    assert attribute(s, it).source == "governatore locale Vyacheslav Gladkov"
    (s,) = split_sentences("Lo riporta la Tass.", it)
    assert attribute(s, it).source == "TASS"


def test_english_according_to(en: LanguagePack) -> None:
    (s,) = split_sentences("According to the Ukrainian General Staff, Russian forces were ordered to halt.", en)
    att = attribute(s, en)
    assert att.certainty == "claimed"
    assert att.source is not None and "General Staff" in att.source
