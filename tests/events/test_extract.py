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
    # "attacks in 40 cities in just 24 hours": one country-level tally, not a strike on a city
    (tally,) = [e for e in seed_events["en_2022-10-13_kherson-evacuation"] if e["aggregate"]]
    assert tally["location"]["name"] == "Ukraine"
    # 1,070 guided bombs this week: tally at the country, no count pinned to Kharkiv
    text = (
        "Solo questa settimana la Russia ha lanciato più di 1.070 bombe aeree guidate e sei missili contro l'Ucraina."
    )
    (weekly,) = one(text, "it", gaz, date(2025, 1, 4))
    assert weekly["aggregate"] and weekly["location"]["precision"] == 3 and weekly["date_precision"] == "week"


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
