from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitreps.documents.langid import detect_language
from sitreps.documents.model import Document
from sitreps.documents.readers import read_paths
from sitreps.errors import InputError, UnknownLanguage
from tests.conftest import SEEDS, need


def test_txt_takes_language_and_date_from_the_file_name() -> None:
    (doc,) = read_paths([str(need(SEEDS / "it_2025-01-04_weekly-raids.txt"))])
    assert isinstance(doc, Document)
    assert (doc.id, doc.lang, doc.published) == ("it_2025-01-04_weekly-raids", "it", date(2025, 1, 4))


def test_jsonl_seeds() -> None:
    docs = list(read_paths([str(need(SEEDS / "documents.jsonl"))]))
    assert len(docs) == 5 and all(isinstance(d, Document) for d in docs)


def test_bad_inputs_are_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "bad.jsonl").write_text('{"id": "a"}\nnot json\n{"id": "b", "text": "x", "published": "yesterday"}\n')
    (tmp_path / "2024-05-01_ok.txt").write_text("Un drone ha colpito Kharkiv.")
    items = list(read_paths([str(tmp_path)]))
    errors = sorted(str(i) for i in items if isinstance(i, InputError))
    docs = [i for i in items if isinstance(i, Document)]
    assert len(docs) == 1 and docs[0].published == date(2024, 5, 1)
    assert any("bad.jsonl:1" in e and '"text"' in e for e in errors)
    assert any("bad.jsonl:2" in e and "not JSON" in e for e in errors)
    assert any("bad.jsonl:3" in e and "YYYY-MM-DD" in e for e in errors)
    assert any("empty.txt" in e and "empty" in e for e in errors)
    assert any("bin.txt" in e and "not text" in e for e in errors)


def test_txt_without_date_asks_for_one(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text("testo")
    (item,) = read_paths([str(tmp_path / "note.txt")])
    assert isinstance(item, InputError) and "--published" in str(item)
    (doc,) = read_paths([str(tmp_path / "note.txt")], "it", date(2024, 1, 2))
    assert isinstance(doc, Document) and doc.published == date(2024, 1, 2)


def test_html_main_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Raid</title><meta property='article:published_time' content='2024-03-05'></head><body>"
        "<nav>Home | World</nav><article><h1>Raid su Odessa</h1><p>Un drone russo ha colpito un palazzo a Odessa "
        "nella notte, uccidendo due persone. Lo ha reso noto il governatore Oleh Kiper.</p></article>"
        "<footer>Cookie policy</footer></body></html>"
    )
    (doc,) = read_paths([str(page)], "it")
    assert isinstance(doc, Document)
    assert "drone russo" in doc.text and "Cookie" not in doc.text
    assert doc.published == date(2024, 3, 5)


def test_same_text_same_hash() -> None:
    a = Document("a", "Un  drone\nha colpito", date(2024, 1, 1))
    b = Document("b", "un drone ha colpito ", date(2024, 1, 2))
    assert a.text_hash == b.text_hash


def test_language_identification() -> None:
    assert detect_language("Le truppe russe sono entrate a Kharkiv, la seconda città dell'Ucraina.") == "it"
    assert detect_language("Russian troops entered Kharkiv, the second largest city of Ukraine.") == "en"
    with pytest.raises(UnknownLanguage, match="no language pack"):
        detect_language("Wojska rosyjskie wkroczyły do Charkowa, drugiego co do wielkości miasta Ukrainy.")
