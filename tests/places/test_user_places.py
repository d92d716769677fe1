"""A user's own places (--gazetteer FILE), the GeoNames readers, and the explained lookup."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitreps.cli import app
from sitreps.documents.model import Document
from sitreps.errors import GazetteerError
from sitreps.lang import LanguagePack
from sitreps.pipeline import extract_document
from sitreps.places.explain import explain
from sitreps.places.gazetteer import Gazetteer
from sitreps.places.geonames import UA_ZIP, read_geonames, read_user_places
from sitreps.places.user import with_user_places

CSV = (
    "name,latitude,longitude,country,admin1,admin2,alternate_names\n"
    "Zzyzxivka,49.70,37.60,UA,Kharkiv Oblast,Kupiansk raion,Зизихівка;Zizikhovka\n"
)


@pytest.fixture
def user_csv(tmp_path: Path) -> Path:
    path = tmp_path / "places.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def test_a_users_csv_places_are_found_with_their_divisions(user_csv: Path, gaz: Gazetteer) -> None:
    mine = Gazetteer(with_user_places(gaz.index, user_csv))
    (c,) = mine.lookup("Зизихівка")
    assert (c.place.name, c.place.admin1, c.place.admin2, c.place.id < 0) == (
        "Zzyzxivka",
        "Kharkiv Oblast",
        "Kupyansk Raion",
        True,
    )
    text = "Russian artillery shelled Zzyzxivka on Monday, killing a man."
    (event,) = extract_document(Document("t", text, date(2024, 5, 1), "en"), mine).events
    assert (event.location.name, event.location.admin2) == ("Zzyzxivka", "Kupyansk Raion")
    assert gaz.lookup("Zzyzxivka") == []  # the shared index is untouched


def test_a_bad_user_file_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,latitude,longitude,country\nX,north,37.6,UA\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"bad\.csv:2"):
        list(read_user_places(bad))
    result = CliRunner().invoke(app, ["extract", "-", "--gazetteer", str(bad)], input="")
    assert result.exit_code == 2 and "bad.csv:2" in result.output


def test_the_shipped_extract_is_read_in_full() -> None:
    rows = list(read_geonames(UA_ZIP))
    assert len(rows) == 45_086
    assert sum(r.feature_class == "P" for r in rows) == 33_681
    assert sum(r.feature_code == "ADM2" for r in rows) == 146


def test_lookup_explains_the_ranking(en: LanguagePack, gaz: Gazetteer) -> None:
    first, region = explain("Kurylivka, Kharkiv", en, gaz)
    assert region.mention.role == "region_of"
    assert first.chosen is not None and first.chosen.place.admin2 == "Kupyansk Raion"
    best, *rest = first.candidates
    assert best.set_aside is None and ("its region is named", 4.0) in best.reasons
    assert rest and all(r.set_aside and "named beside it" in r.set_aside for r in rest)
    result = CliRunner().invoke(app, ["gazetteer", "--lookup", "Kurylivka, Kharkiv"])
    assert result.exit_code == 0 and "region_of" in result.output and "Kupyansk Raion" in result.output
