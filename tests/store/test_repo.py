from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sitreps.documents.model import Document
from sitreps.ingest import ingest
from sitreps.store.repo import Filters, Store, canonical_url
from sitreps.store.tables import CountReportRow, DocumentRow, EventRow, SourceRow
from tests.conftest import SEEDS, need


def rows(store: Store) -> tuple[int, int, int, int]:
    return tuple(store.count(t) for t in (DocumentRow, EventRow, SourceRow, CountReportRow))  # type: ignore[return-value]


def records(store: Store, **filters: Any) -> list[dict[str, Any]]:
    return [r.to_json() for r in store.events(Filters(**filters))]


def add(store: Store, doc_id: str, text: str, published: date, lang: str, url: str | None = None) -> None:
    from sitreps.pipeline import extract_document

    doc = Document(doc_id, text, published, lang, url=url)
    result = extract_document(doc)
    store.add(doc, result.events, result.lang)


def test_ingesting_the_seeds_twice_leaves_the_same_rows(store: Store) -> None:
    first = ingest(store, [str(need(SEEDS))])
    before = rows(store)
    again = ingest(store, [str(SEEDS)])
    assert first.documents_new == 5 and first.documents_skipped == 5  # the .txt files repeat documents.jsonl
    assert again.documents_new == 0 and again.files_skipped == 6
    assert rows(store) == before and before[1] > 15


def test_same_url_is_the_same_article(store: Store) -> None:
    text = "Un drone russo ha colpito un palazzo a Sumy stamattina."
    add(store, "a", text, date(2024, 5, 14), "it", "https://www.example.org/news/1?utm_source=x#top")
    add(store, "b", text + " Aggiornamento.", date(2024, 5, 14), "it", "https://example.org/news/1/")
    assert store.count(DocumentRow) == 1
    assert canonical_url("HTTPS://WWW.Example.org/a/?b=1&utm_medium=y") == "https://example.org/a?b=1"


def test_italian_and_english_reports_of_one_strike_merge(store: Store) -> None:
    add(
        store,
        "it1",
        "Un missile russo ha colpito stamattina un condominio a Kharkiv: due persone sono state uccise.",
        date(2024, 5, 10),
        "it",
    )
    add(
        store,
        "en1",
        "A Russian missile hit an apartment block in Kharkiv on Friday morning, killing two people.",
        date(2024, 5, 10),
        "en",
    )
    (event,) = records(store)
    assert sorted(s["language"] for s in event["sources"]) == ["en", "it"]
    assert event["fatalities"]["best"] == 2 and event["location"]["name"] == "Kharkiv"


def test_different_places_or_days_stay_apart(store: Store) -> None:
    add(store, "a", "Un drone ha colpito Sumy ieri, uccidendo una persona.", date(2024, 5, 10), "it")
    add(store, "b", "A drone hit Odesa yesterday, killing one person.", date(2024, 5, 10), "en")
    add(store, "c", "A drone hit Sumy yesterday, killing one person.", date(2024, 6, 20), "en")
    assert store.count(EventRow) == 3


def test_revised_toll_follows_the_latest_report(store: Store) -> None:
    add(
        store,
        "d1",
        "A Russian missile struck a school in Kramatorsk, killing three people, the governor said.",
        date(2024, 3, 1),
        "en",
    )
    add(
        store,
        "d2",
        "The toll from the missile strike on a school in Kramatorsk rose to four on Saturday.",
        date(2024, 3, 2),
        "en",
    )
    add(
        store,
        "d0",
        "A missile hit a school in Kramatorsk, killing two people, early reports said.",
        date(2024, 3, 1),
        "en",
    )
    (event,) = records(store)
    assert event["fatalities"] == {"low": 2, "best": 4, "high": 4}
    history = [(h["best"], h["reported_on"]) for h in event["count_history"] if h["kind"] == "fatalities"]
    assert sorted(history) == [(2, "2024-03-01"), (3, "2024-03-01"), (4, "2024-03-02")]


def test_filters_bbox_text_and_type(store: Store) -> None:
    ingest(store, [str(need(SEEDS / "documents.jsonl"))])
    kharkiv_box = (35.5, 49.5, 37.0, 50.5)
    in_box = records(store, bbox=kharkiv_box)
    assert in_box and all(35.5 <= e["location"]["longitude"] <= 37.0 for e in in_box)
    found = records(store, text="Khomutovka")
    assert [e["location"]["name"] for e in found] == ["Khomutovka"]
    battles = records(store, event_type="Battles", country="RU")
    assert battles and all(e["event_type"] == "Battles" and e["location"]["country"] == "RU" for e in battles)
    assert records(store, since=date(2025, 1, 1), until=date(2025, 1, 31), admin1="kursk oblast")


def test_a_bare_casualty_report_merges_with_the_strike_it_reports(store: Store) -> None:
    add(store, "c1", "Five civilians killed in Donetsk, city officials said.", date(2015, 1, 22), "en")
    add(store, "c2", "Shelling kills five civilians in Donetsk.", date(2015, 1, 22), "en")
    (event,) = records(store)
    assert (event["event_type"], event["type_assumed"], len(event["sources"])) == (
        "Explosions/Remote violence",
        False,
        2,
    )


def test_a_language_without_pack_is_kept_as_metadata_only(store: Store, tmp_path: Path) -> None:
    docs = tmp_path / "pl.jsonl"
    docs.write_text(
        '{"id": "pl1", "published": "2024-05-10", "text": "Rosyjska rakieta trafiła w budynek mieszkalny w Charkowie, '
        'zginęły trzy osoby, poinformował gubernator obwodu charkowskiego."}\n'
    )
    summary = ingest(store, [str(docs)])
    assert summary.documents_without_pack == 1 and "Polish" in summary.errors[0]
    assert store.count(DocumentRow) == 1 and store.count(EventRow) == 0


def test_datasette_finds_the_full_text_index(tmp_path: Path) -> None:
    """datasette's detect_fts query (datasette/utils) must name sources_fts as the index of `sources`."""
    import sqlite3

    Store(f"sqlite:///{tmp_path / 'fts.db'}").engine.dispose()
    with sqlite3.connect(tmp_path / "fts.db") as c:
        found = c.execute(
            """select name from sqlite_master where rootpage = 0 and (
                 sql like '%VIRTUAL TABLE%USING FTS%content="sources"%'
                 or sql like '%VIRTUAL TABLE%USING FTS%content=[sources]%'
                 or (tbl_name = 'sources' and sql like '%VIRTUAL TABLE%USING FTS%'))"""
        ).fetchall()
    assert found == [("sources_fts",)]
