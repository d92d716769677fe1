"""The Python API: the README's examples run, the public names are the documented ones, the package is typed."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

import sitreps
from tests.conftest import ROOT

README = ROOT / "README.md"


def _python_blocks() -> list[str]:
    section = README.read_text(encoding="utf-8").split("## Python API", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


def test_readme_examples_run(capsys: pytest.CaptureFixture[str]) -> None:
    blocks = _python_blocks()
    assert len(blocks) == 3
    namespace: dict[str, object] = {}
    for block in blocks:
        exec(compile(block, str(README), "exec"), namespace)  # our own README
    out = capsys.readouterr().out
    assert "Air/drone strike 2024-06-01" in out and 'empty: no "text"' in out


def test_public_names() -> None:
    assert set(sitreps.__all__) == {
        "Count", "Document", "DocumentEvents", "Event", "Evidence", "InputError", "Location", "SitrepsError",
        "Source", "UnknownLanguage", "__version__", "extract", "extract_documents", "to_dataframe",
    }  # fmt: skip
    assert all(hasattr(sitreps, name) for name in sitreps.__all__)
    assert (Path(sitreps.__file__).parent / "py.typed").exists()


def test_extract_raises_what_it_cannot_read() -> None:
    with pytest.raises(sitreps.InputError):
        sitreps.extract("   ", published="2024-06-01", lang="it")
    with pytest.raises(sitreps.InputError):
        sitreps.extract("Kharkiv", published="13/2024")
    events = sitreps.extract(
        "Un drone russo ha colpito stamattina un palazzo a Kharkiv.", published=date(2024, 6, 1), lang="it"
    )
    assert events and events[0].event_date == "2024-06-01"


def test_to_dataframe_takes_records_too() -> None:
    events = sitreps.extract("Un drone russo ha colpito stamattina Kharkiv.", published="2024-06-01", lang="it")
    frame = sitreps.to_dataframe([e.to_json() for e in events])
    assert list(frame["event_id"]) == [e.event_id for e in events]
    assert frame["event_date"][0] == date(2024, 6, 1)


def test_to_dataframe_takes_stored_records_and_their_json(tmp_path: Path) -> None:
    from sitreps.documents.model import Document
    from sitreps.pipeline import extract_document
    from sitreps.store.repo import Store

    doc = Document("d", "Un drone russo ha colpito stamattina Kharkiv.", date(2024, 6, 1), "it")
    store = Store(f"sqlite:///{tmp_path / 's.db'}")
    store.add(doc, extract_document(doc).events, "it")
    records = list(store.events())
    assert records
    typed, read = sitreps.to_dataframe(records), sitreps.to_dataframe([r.to_json() for r in records])
    assert typed.equals(read)
    assert list(typed["event_id_cnty"]) == [r.event_id_cnty for r in records]
    assert list(typed["report_ids"].map(list)) == [[s.report_id for s in r.sources] for r in records]
