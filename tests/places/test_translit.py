from __future__ import annotations

import pytest

from sitreps.places.translit import fold, skeleton


@pytest.mark.parametrize(
    ("a", "b"),
    [("Kharkiv", "Khar'kiv"), ("Kupiansk", "Kupyansk"), ("Nykolaiev", "Nikolaev"), ("Kup”yans’k", "Kupyansk")],
)
def test_spellings_share_a_key(a: str, b: str) -> None:
    assert skeleton(a) == skeleton(b)


def test_cyrillic_folds_to_latin() -> None:
    assert fold("Харків") == "kharkiv"
