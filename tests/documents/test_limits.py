from __future__ import annotations

import tracemalloc
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from sitreps.documents import readers
from sitreps.documents.model import Document, clean_text
from sitreps.documents.readers import read_paths
from sitreps.errors import InputError
from sitreps.limits import limits


def test_a_huge_jsonl_line_is_skipped_in_bounded_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "limits", lambda: replace(limits(), max_line_bytes=1 << 20))
    path = tmp_path / "big.jsonl"
    with path.open("wb") as f:
        f.write(b'{"text": "' + b"x" * (40 << 20) + b'"}\n')
        f.write(b'{"id": "ok", "text": "Un drone ha colpito Sumy.", "published": "2024-05-01"}\n')
    tracemalloc.start()
    items = list(read_paths([str(path)]))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 8 << 20, f"peak {peak / 2**20:.1f} MB reading a 40 MB line"
    assert isinstance(items[0], InputError) and "big.jsonl:1" in str(items[0]) and "max_line_mb" in str(items[0])
    assert isinstance(items[1], Document) and items[1].id == "ok"


def test_invisible_and_control_characters_are_cleaned_and_offsets_are_into_the_clean_text() -> None:
    assert clean_text("Khar\u200bkiv\u00ad \u202eKyiv\u202c\x00\u2028ok") == "Kharkiv Kyiv\nok"
    assert clean_text("perche\u0301") == "perché"
    doc = Document("d", "Khar\u200bkiv", date(2024, 1, 1))
    assert doc.text == "Kharkiv"


def test_legacy_encodings_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "uk_2024-05-01_mixed.txt"
    path.write_bytes("Обстріл Харкова.\n".encode() + "Загинули двоє людей.\n".encode("cp1251"))
    (doc,) = read_paths([str(path)])
    assert isinstance(doc, Document) and doc.text == "Обстріл Харкова.\nЗагинули двоє людей.\n"
