"""Who holds a village: a capture and a recapture of one village, claims apart from confirmed changes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sitreps.control.derive import control_at, words
from sitreps.documents.model import Document
from sitreps.lang.registry import available_packs
from sitreps.pipeline import extract_document
from sitreps.store.repo import Store
from sitreps.web.app import create_app
from sitreps.web.settings import Settings

CAPTURE = ("capture", "Russian forces captured the village of Krasnohorivka, the Russian defence ministry claimed.")
RECAPTURE = ("recapture", "Ukrainian forces liberated the village of Krasnohorivka, the General Staff said on Friday.")
FIGHTING = ("fighting", "Fierce fighting continued near Toretsk on Wednesday, the General Staff said.")
ITALIAN = ("it", "Le truppe russe hanno conquistato il villaggio di Krasnohorivka, ha detto il ministero russo.")


def _store(tmp_path: Path, docs: list[tuple[str, str, date, str]]) -> Store:
    store = Store(f"sqlite:///{tmp_path / 'c.db'}")
    for name, text, day, lang in docs:
        doc = Document(name, text, day, lang, outlet=f"{name} wire", url=f"https://example.org/{name}")
        store.add(doc, extract_document(doc).events, lang)
    return store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return _store(
        tmp_path,
        [
            (*CAPTURE, date(2024, 5, 14), "en"),
            (*FIGHTING, date(2024, 5, 15), "en"),
            (*RECAPTURE, date(2024, 5, 17), "en"),
        ],
    )


def test_capture_then_recapture(store: Store) -> None:
    (before,) = control_at(store, date(2024, 5, 15))
    assert (before.place, before.controller, before.certainty, before.since) == (
        "Krasnohorivka",
        "RU",
        "claimed",
        "2024-05-14",
    )
    assert before.reports[0].word == "captured" and before.reports[0].outlet == "capture wire"
    (after,) = control_at(store, date(2024, 5, 18))
    assert (after.controller, after.since, after.contested) == ("UA", "2024-05-17", False)
    assert [(c.date, c.controller) for c in after.history] == [("2024-05-14", "RU"), ("2024-05-17", "UA")]
    assert control_at(store, date(2024, 5, 13)) == []  # before any report, nobody is said to hold it
    # fighting near a town is no change of hands
    assert all(p.place != "Toretsk" for p in control_at(store))


def test_two_sides_within_a_day_are_contested(tmp_path: Path) -> None:
    denial = ("denial", "Ukrainian forces retook Krasnohorivka on Tuesday, the General Staff said.")
    store = _store(tmp_path, [(*CAPTURE, date(2024, 5, 14), "en"), (*denial, date(2024, 5, 14), "en")])
    (place,) = control_at(store)
    assert place.contested and {c.controller for c in place.history} == {"RU", "UA"}


def test_other_languages_and_the_api(tmp_path: Path) -> None:
    assert set(words()) == set(available_packs())
    store = _store(tmp_path, [(*ITALIAN, date(2024, 5, 14), "it"), (*RECAPTURE, date(2024, 5, 17), "en")])
    with TestClient(create_app(Settings(db_url=str(store.engine.url)), store)) as client:
        early = client.get("/api/control", params={"at": "2024-05-15"}).json()
        assert [(p["place"], p["controller"]) for p in early["places"]] == [("Krasnohorivka", "RU")]
        late = client.get("/api/control", params={"at": "2024-05-20", "format": "geojson"}).json()
        (feature,) = late["features"]
        assert feature["properties"]["controller"] == "UA" and len(feature["properties"]["history"]) == 2
        assert client.get("/api/control", params={"at": "nope"}).status_code == 422


def test_entering_a_town_is_no_change_of_hands(tmp_path: Path) -> None:
    text = "Russian troops entered Kharkiv on Sunday, the regional governor said."
    store = _store(tmp_path, [("entered", text, date(2022, 2, 27), "en")])
    assert control_at(store) == []


def test_cli_lists_the_holders(store: Store) -> None:
    from typer.testing import CliRunner

    from sitreps.cli import app

    url = str(store.engine.url)
    out = CliRunner().invoke(app, ["control", "--db", url, "--at", "2024-05-15"])
    assert out.exit_code == 0 and "Krasnohorivka" in out.stdout and "RU\tsince 2024-05-14\tclaimed" in out.stdout
    out = CliRunner().invoke(app, ["control", "--db", url, "--format", "geojson"])
    assert out.exit_code == 0 and '"controller": "UA"' in out.stdout
