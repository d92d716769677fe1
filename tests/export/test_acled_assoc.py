"""ACLED's assoc_actor_1/2: a group the evidence names beside a main actor (export/acled_assoc.toml), never the
report's source, never the actor itself, police only at home."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pandas as pd

from sitreps.export import acled_csv
from sitreps.export.assoc import assoc_actors, associates
from sitreps.ingest import ingest
from sitreps.store.records import StoredEvent, StoredEvidence, StoredLocation, StoredSource
from sitreps.store.repo import Store

RU, UA = "Military Forces of Russia", "Military Forces of Ukraine"


def record(
    text: str, actor1: str | None, actor2: str | None, country: str = "UA", said: str | None = None
) -> StoredEvent:
    """A stored event with one report: the evidence sentence, the actors and the country are what counts."""
    day = date(2023, 5, 10)
    source = StoredSource(
        report_id="sr-1",
        doc_id="d",
        document_id=1,
        published=day,
        attributed_to=said,
        certainty="reported",
        evidence=StoredEvidence(text=text, start=0, end=len(text)),
    )
    place = StoredLocation(name="Bakhmut", country=country, latitude=48.6, longitude=38.0, precision=1)
    return StoredEvent(
        event_id="ev-1",
        event_id_cnty="UKR1",
        store_id=1,
        event_type="Battles",
        sub_event_type="Armed clash",
        event_date=day,
        date_start=day,
        date_end=day,
        date_precision="day",
        location=place,
        actor1=actor1,
        actor2=actor2,
        certainty="reported",
        updated_at="2023-05-10T00:00:00+00:00",
        sources=[source],
    )


def test_the_data_file_is_well_formed() -> None:
    found = associates()
    assert found and all(a.acled and a.with_actor and a.patterns for a in found)
    assert {a.with_actor for a in found} <= {RU, UA}


def test_wagner_beside_the_russian_forces_whichever_column_they_are_in() -> None:
    text = "Wagner Group fighters with Russian forces attacked Ukrainian positions near Bakhmut."
    assert assoc_actors(record(text, UA, RU), ("", "")) == ("", "Wagner Group")
    assert assoc_actors(record(text, RU, UA), ("", "")) == ("Wagner Group", "")
    inflected = "Бійці ПВК «Вагнер» разом з російськими військами атакували позиції ЗСУ біля Бахмута."
    assert assoc_actors(record(inflected, UA, RU), ("", "")) == ("", "Wagner Group")


def test_ukrainian_police_and_the_sbu_beside_the_ukrainian_forces() -> None:
    text = "Ukrainian police and the SBU detained a Russian agent in Kharkiv."
    one, two = assoc_actors(record(text, UA, None), ("", ""))
    assert one == "Police Forces of Ukraine (2019-) Security Service of Ukraine; Police Forces of Ukraine (2019-)"
    assert two == ""


def test_the_source_of_a_report_is_no_actor() -> None:
    text = "A Russian missile struck Kharkiv this morning, killing two civilians and a soldier, police said."
    assert assoc_actors(record(text, RU, UA, said="police"), ("", "")) == ("", "")


def test_no_associate_without_its_main_actor_nor_abroad_nor_itself() -> None:
    police = "Police officers were wounded when a Russian drone hit Kherson."
    assert assoc_actors(record(police, RU, "Civilians (Ukraine)"), ("", "")) == ("", "")  # no Ukrainian forces
    belgorod = "Two Russian police officers were wounded by a Ukrainian drone in Belgorod."
    assert assoc_actors(record(belgorod, UA, None, country="RU"), ("", "")) == ("", "")  # Ukraine's police at home only
    itself = "Police Forces of Ukraine (2019-)"
    assert assoc_actors(record("Ukrainian police shot down a drone.", UA, None), (itself, "")) == ("", "")
    assert assoc_actors(record("Russian forces shelled Wagnersdorf.", RU, None), ("", "")) == ("", "")  # whole words


def test_the_csv_carries_them(tmp_path: Path) -> None:
    reports = tmp_path / "reports.jsonl"
    text = (
        "Wagner Group fighters with Russian forces attacked Ukrainian positions near Bakhmut on Tuesday, "
        "killing two soldiers."
    )
    reports.write_text(json.dumps({"id": "w", "published": "2023-05-10", "lang": "en", "text": text}) + "\n")
    store = Store(f"sqlite:///{tmp_path / 's.db'}")
    ingest(store, [str(reports)])
    out = tmp_path / "events.csv"
    acled_csv.write(store.events(), out)
    store.engine.dispose()
    frame = pd.read_csv(out, keep_default_na=False)
    wagner = frame[frame["location"] == "Bakhmut"]
    assert len(wagner) == 1
    row = wagner.iloc[0]
    beside_russia = "assoc_actor_1" if row["actor1"].startswith("Military Forces of Russia") else "assoc_actor_2"
    assert row[beside_russia] == "Wagner Group"
    assert row["assoc_actor_1" if beside_russia == "assoc_actor_2" else "assoc_actor_2"] == ""
