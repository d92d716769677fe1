"""Extraction on the seed articles and on short reports in the register of wire copy."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import jsonschema
import pytest

from sitreps.documents.model import Document
from sitreps.pipeline import extract_document
from sitreps.places.gazetteer import Gazetteer
from tests.conftest import SCHEMA, need


def one(text: str, lang: str, gaz: Gazetteer, published: date = date(2024, 5, 10)) -> list[dict[str, Any]]:
    return [e.to_json() for e in extract_document(Document("t", text, published, lang), gaz).events]


def test_seed_events_are_schema_valid(seed_events: dict[str, list[dict[str, Any]]]) -> None:
    schema = json.loads(need(SCHEMA).read_text())
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    events = [e for evs in seed_events.values() for e in evs]
    assert len(events) >= 15
    for e in events:
        validator.validate(e)


def test_same_input_same_ids(seed_docs: list[Document], gaz: Gazetteer, seed_events: dict[str, Any]) -> None:
    again = {d.id: [e.to_json() for e in extract_document(d, gaz).events] for d in seed_docs}
    assert again == seed_events


def test_mykolaiv_counts_and_relative_date(seed_events: dict[str, list[dict[str, Any]]]) -> None:
    (e,) = [e for e in seed_events["en_2022-10-13_kherson-evacuation"] if e["location"]["name"] == "Mykolayiv"]
    assert e["fatalities"]["best"] == 2 and e["missing"]["best"] == 7
    assert (e["date_start"], e["date_end"]) == ("2022-10-12", "2022-10-13")
    assert e["actor2"] == "Civilians (Ukraine)"


def test_aggregates_are_not_pinned_to_a_city(seed_events: dict[str, list[dict[str, Any]]], gaz: Gazetteer) -> None:
    events = [e for evs in seed_events.values() for e in evs]
    for e in events:
        if e["aggregate"] or (e.get("fatalities") or {}).get("best", 0) >= 500:
            assert e["location"]["precision"] == 3 and e["aggregate"], e
    # "attacks in 40 cities in just 24 hours": a tally of attacks, neither a strike on a city nor an event
    kherson = seed_events["en_2022-10-13_kherson-evacuation"]
    assert not [e for e in kherson if e["aggregate"]]
    # 1,070 guided bombs this week: a tally of weapons, no count pinned to Kharkiv and no event
    text = (
        "Solo questa settimana la Russia ha lanciato più di 1.070 bombe aeree guidate e sei missili contro l'Ucraina."
    )
    assert one(text, "it", gaz, date(2025, 1, 4)) == []


def test_italian_strike_with_counts_date_and_source(gaz: Gazetteer) -> None:
    text = (
        "Un missile russo ha colpito ieri sera un condominio a Zaporizhzhia: almeno tre persone sono state uccise "
        "e dodici ferite. Lo ha reso noto il governatore Ivan Fedorov su Telegram."
    )
    (e,) = one(text, "it", gaz)
    assert e["event_type"] == "Explosions/Remote violence"
    assert e["sub_event_type"] == "Shelling/artillery/missile attack"
    assert e["location"]["geonames_id"] == 687700 and e["location"]["mention"] == "Zaporizhzhia"
    assert (e["fatalities"]["best"], e["fatalities"]["low"], e["injured"]["best"]) == (3, 3, 12)
    assert (e["date_start"], e["date_end"]) == ("2024-05-09", "2024-05-10")
    assert e["actor1"] == "Military Forces of Russia" and e["actor2"] == "Civilians (Ukraine)"
    assert "residential building" in e["targets"] and "missile" in e["weapons"]
    assert "Fedorov" in (e["sources"][0]["attributed_to"] or "")


def test_english_drone_strike_in_russia(gaz: Gazetteer) -> None:
    text = "A Ukrainian drone struck an oil depot in Bryansk overnight, the regional governor said. No one was hurt."
    (e,) = one(text, "en", gaz)
    assert (e["sub_event_type"], e["location"]["name"], e["location"]["country"]) == (
        "Air/drone strike",
        "Bryansk",
        "RU",
    )
    assert e["actor1"] == "Military Forces of Ukraine"


def test_claim_and_hypothetical(gaz: Gazetteer) -> None:
    claimed = one("According to Moscow, Russian troops have captured Robotyne in Zaporizhzhia region.", "en", gaz)
    assert [e["certainty"] for e in claimed] == ["claimed"]
    assert one("Russia could strike Odesa if the talks fail, officials warned.", "en", gaz) == []


@pytest.mark.parametrize("lang", ["it", "en"])
def test_text_without_events_gives_none(gaz: Gazetteer, lang: str) -> None:
    text = {"it": "Il Consiglio europeo si riunirà a Bruxelles.", "en": "EU leaders will meet in Brussels."}[lang]
    assert one(text, lang, gaz) == []


def wire() -> dict[str, Document]:
    """Short reports written for these tests in the register of wire copy (not the seed articles)."""
    path = __import__("pathlib").Path(__file__).parents[1] / "fixtures" / "wire_paragraphs.jsonl"
    docs = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        docs[row["id"]] = Document(row["id"], row["text"], date.fromisoformat(row["published"]), row["lang"])
    return docs


def summary(doc: Document, gaz: Gazetteer) -> list[tuple[Any, ...]]:
    out = []
    for e in (x.to_json() for x in extract_document(doc, gaz).events):
        killed = (e.get("fatalities") or {}).get("best")
        out.append((e["event_type"], e["location"]["geonames_id"], e["location"]["precision"], e["event_date"], killed))
    return out


def test_capital_as_target_and_national_toll(gaz: Gazetteer) -> None:
    # "struck Kyiv's hospital ... killing at least 33 across the country; in Kyiv alone 22 were killed"
    got = summary(wire()["n1"], gaz)
    assert ("Explosions/Remote violence", 703448, 1, "2024-07-08", 22) in got
    assert ("Explosions/Remote violence", 703845, 1, "2024-07-08", 10) in got  # Kryvyi Rih, "killing 10"
    assert len(got) == 2


def test_withdrawal_from_a_town_and_tally_of_bombs(gaz: Gazetteer) -> None:
    got = summary(wire()["n4"], gaz)
    assert got[0][:3] == ("Battles", 713122, 1)  # Avdiivka, Donetsk Oblast
    # the 60 bombs with no named place: a tally of weapons, with no toll, is no event of its own
    assert all(g[1] != 690791 for g in got)


def test_town_inside_a_named_region(gaz: Gazetteer) -> None:
    (e,) = summary(wire()["n3"], gaz)
    assert e[1:4] == (699839, 1, "2023-06-06")  # Nova Kakhovka, not the Kherson region


def test_weekday_in_a_paper_of_that_weekday(gaz: Gazetteer) -> None:
    (e,) = summary(wire()["n5"], gaz)
    assert e == ("Explosions/Remote violence", 709930, 1, "2023-01-15", 30)


def test_small_place_abroad_is_not_picked_over_the_region(gaz: Gazetteer) -> None:
    events = [x.to_json() for x in extract_document(wire()["n2"], gaz).events]
    assert {e["location"]["country"] for e in events} == {"RU"}


def test_tallies_go_to_the_country_where_things_happen(gaz: Gazetteer) -> None:
    # a year's total with no scope is no event, and never one in Russia
    assert one("72 Ukrainian soldiers were killed in Russia's war this year.", "en", gaz, date(2021, 11, 30)) == []
    (tally,) = one("72 Ukrainian soldiers were killed across the country this year.", "en", gaz, date(2021, 11, 30))
    assert tally["aggregate"] and tally["location"]["country"] == "UA" and tally["location"]["precision"] == 3
    events = one("Russia-led forces shelled Avdiivka overnight, killing two soldiers.", "en", gaz)
    assert [(e["location"]["name"], e["actor1"]) for e in events] == [("Avdiyivka", "Military Forces of Russia")]
