from __future__ import annotations

from datetime import date
from pathlib import Path

from sitreps.documents.model import Document
from sitreps.documents.readers import read_paths
from sitreps.errors import InputError
from tests.conftest import FIXTURES


def test_rss_entries_become_documents() -> None:
    docs = list(read_paths([str(FIXTURES / "wire_feed.rss")]))
    assert all(isinstance(d, Document) for d in docs)
    first = docs[0]
    assert isinstance(first, Document)
    assert (first.id, first.lang, first.published) == ("a1", "en", date(2024, 5, 14))
    assert "Russian drone struck a residential building in Sumy" in first.text and "<p>" not in first.text
    assert first.outlet == "Wire" and first.url == "https://example.org/a?utm_source=x"


def test_not_a_feed_and_entity_bombs_are_refused(tmp_path: Path) -> None:
    (tmp_path / "broken.xml").write_text("this is not <xml")
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        "<rss><channel><item><title>&b;</title></item></channel></rss>"
    )
    (tmp_path / "bomb.rss").write_text(bomb)
    errors = [str(e) for e in read_paths([str(tmp_path)]) if isinstance(e, InputError)]
    assert len(errors) == 2 and all("not a well-formed RSS/Atom feed" in e for e in errors)
