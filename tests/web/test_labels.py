"""The committed label layer is the one the place index gives (regenerate with scripts/build_labels.py)."""

from __future__ import annotations

import json

from sitreps.places.gazetteer import Gazetteer
from sitreps.web.labels import LABELS, build_labels


def test_labels_file_matches_the_place_index(gaz: Gazetteer) -> None:
    built = json.loads(json.dumps(build_labels(gaz.index)))
    assert json.loads(LABELS.read_text("utf-8")) == built, "run scripts/build_labels.py"
    names = {d[0] for d in built["divisions"]}
    assert {"Kharkiv Oblast", "Donetsk Oblast", "Kursk Oblast"} <= names
    towns = {t[0]: t[3] for t in built["towns"]}
    assert towns["Kharkiv"] == 5 and towns["Pokrovsk"] >= 6 and "Vovchansk" in towns
