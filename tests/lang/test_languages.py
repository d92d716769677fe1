"""Ukrainian, Russian, French, German and Spanish: quality on the test reports, places in Cyrillic and their
cases, number words, language identification, and one event told in six languages merged into one."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from sitreps.documents.langid import detect_language
from sitreps.documents.model import Document
from sitreps.errors import UnknownLanguage
from sitreps.eval.score import read_jsonl, score
from sitreps.lang import LanguagePack, load_pack
from sitreps.nlp.numbers import find_quantities
from sitreps.nlp.sentences import split_sentences
from sitreps.pipeline import extract_document
from sitreps.places.gazetteer import Gazetteer
from sitreps.store.repo import Store

MATERIAL = Path(__file__).parent / "material"
NEW = ("uk", "ru", "fr", "de", "es")
ALL = ("it", "en", *NEW)


def docs(lang: str) -> list[Document]:
    rows = read_jsonl(MATERIAL / f"{lang}.jsonl")
    return [Document(r["id"], r["text"], date.fromisoformat(r["published"]), r["lang"]) for r in rows]


@pytest.mark.parametrize("lang", ALL)
def test_quality_on_the_test_reports(lang: str, gaz: Gazetteer) -> None:
    events = [e.to_json() for d in docs(lang) for e in extract_document(d, gaz).events]
    result = score(read_jsonl(MATERIAL / f"{lang}_gold.jsonl"), events)
    assert result.f1 >= 0.8, result
    assert result.counts_correct >= 0.8 * result.counts_total, result.count_errors


@pytest.mark.parametrize(
    ("lang", "text", "geonames_id", "precision"),
    [
        ("uk", "У Харкові пролунали вибухи.", 706483, 1),
        ("uk", "Ракета влучила в будинок у Києві.", 703448, 1),
        ("uk", "На Херсонщині обстріляли село.", 706442, 3),  # Kherson Oblast: the -щина form names the region
        ("uk", "Окупанти обстріляли Запоріжжя з артилерії.", 687700, 1),
        ("uk", "У Бєлгородській області внаслідок атаки дрона поранено трьох людей.", 578071, 3),
        ("ru", "В Харькове прогремели взрывы.", 706483, 1),
        ("ru", "Беспилотник атаковал Брянск.", 571476, 1),
        ("ru", "В Курской области обстреляли Глушково.", 560995, 1),
        ("ru", "Бои шли у Волчанска.", 689304, 1),  # Vovchansk (Kharkiv Oblast), not Volchansk in the Urals
    ],
)
def test_cyrillic_places_in_their_cases(lang: str, text: str, geonames_id: int, precision: int, gaz: Gazetteer) -> None:
    events = extract_document(Document("t", text, date(2024, 5, 10), lang), gaz).events
    assert [(e.location.geonames_id, e.location.precision) for e in events] == [(geonames_id, precision)]


@pytest.mark.parametrize(
    ("lang", "text", "value", "counted"),
    [
        ("uk", "загинули двоє людей", 2, "fatalities"),
        ("uk", "ще п’ятеро поранені", 5, "injured"),
        ("uk", "без світла залишилися 11 тис. людей", 11000, "affected"),
        ("ru", "ранены трое мирных жителей", 3, "injured"),
        ("ru", "погибли двое человек", 2, "fatalities"),
        ("fr", "tuant trois personnes et en blessant 12", 3, "fatalities"),
        ("fr", "11 000 personnes privées d'électricité", 11000, "affected"),
        ("de", "zwölf Menschen wurden verletzt", 12, "injured"),
        ("es", "dejando un herido", 1, "injured"),
    ],
)
def test_number_words(lang: str, text: str, value: int, counted: str) -> None:
    pack: LanguagePack = load_pack(lang)
    (sent,) = split_sentences(text, pack)
    q = find_quantities(sent, pack)[0]
    assert (q.best, q.counted) == (value, counted)


def test_language_identification_covers_every_pack() -> None:
    for lang in NEW:
        assert detect_language(docs(lang)[0].text) == lang
    with pytest.raises(UnknownLanguage, match="Polish"):
        detect_language("Rosyjska rakieta trafiła w budynek mieszkalny w Charkowie, zginęły trzy osoby.")


def test_one_strike_told_in_six_languages_is_one_event(tmp_path: Path, gaz: Gazetteer) -> None:
    store = Store(f"sqlite:///{tmp_path / 's.db'}")
    italian = Document(
        "it-00",
        "Nella notte un missile russo ha colpito un condominio a Kharkiv: tre morti e 12 feriti, ha detto il "
        "governatore Oleh Synehubov.",
        date(2024, 5, 10),
        "it",
    )
    for doc in [italian, *(docs(lang)[0] for lang in NEW)]:
        result = extract_document(doc, gaz)
        store.add(doc, result.events, result.lang)
    (event,) = [r.to_json() for r in store.events()]
    assert sorted(s["language"] for s in event["sources"]) == sorted(["it", *NEW])
    assert event["location"]["geonames_id"] == 706483 and event["fatalities"]["best"] == 3


def test_reports_are_the_same_scenarios_in_every_language() -> None:
    ids = {
        lang: [json.loads(x)["id"].split("-")[1] for x in (MATERIAL / f"{lang}.jsonl").read_text().splitlines()]
        for lang in NEW
    }
    assert all(v == ids["uk"] for v in ids.values()) and len(ids["uk"]) >= 15
