"""CSV, Parquet and .jsonl.gz inputs: one document a row, on both engines."""

from __future__ import annotations

import csv
import gzip
import json
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from sitreps.cli import app
from sitreps.documents.model import Document
from sitreps.documents.readers import read_paths
from sitreps.errors import InputError

ROWS = [
    {
        "id": "kh-1", "published": "2024-06-01", "lang": "it", "url": "https://example.org/a", "outlet": "ANSA",
        "title": "Kharkiv", "text": "Un drone russo ha colpito stamattina un palazzo a Kharkiv, ferendo tre persone.",
    },
    {
        "id": "su-2", "published": "2024-06-02", "lang": "en", "url": "", "outlet": "", "title": "",
        "text": "A Russian missile struck Sumy this morning, killing two civilians.",
    },
]  # fmt: skip


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("tables")
    with (d / "a.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(ROWS[0]))
        w.writeheader()
        w.writerows(ROWS)
    rows = [{**r, "published": date.fromisoformat(r["published"])} for r in ROWS]
    pq.write_table(pa.Table.from_pylist(rows), d / "b.parquet")
    with gzip.open(d / "c.jsonl.gz", "wt", encoding="utf-8") as g:
        g.write("".join(json.dumps(r) + "\n" for r in ROWS))
    return d


@pytest.mark.parametrize("name", ["a.csv", "b.parquet", "c.jsonl.gz"])
def test_each_table_gives_the_same_documents(folder: Path, name: str) -> None:
    docs = list(read_paths([str(folder / name)]))
    assert all(isinstance(d, Document) for d in docs)
    got = [(d.id, d.published, d.lang, d.url, d.outlet, d.text) for d in docs if isinstance(d, Document)]
    assert got == [
        ("kh-1", date(2024, 6, 1), "it", "https://example.org/a", "ANSA", ROWS[0]["text"]),
        ("su-2", date(2024, 6, 2), "en", None, None, ROWS[1]["text"]),
    ]


def test_a_csv_without_text_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("id,body\n1,hello\n")
    (error,) = read_paths([str(tmp_path / "x.csv")])
    assert isinstance(error, InputError) and "`text` column" in str(error)


def test_both_engines_read_tables(folder: Path) -> None:
    runner = CliRunner()
    local = runner.invoke(app, ["extract", str(folder)])
    assert local.exit_code == 0, local.output
    events = [json.loads(line) for line in local.stdout.splitlines()]
    assert [e["sources"][0]["doc_id"] for e in events] == ["kh-1", "su-2"] * 3
    dask = runner.invoke(app, ["extract", str(folder), "--engine", "dask", "--workers", "1"])
    assert dask.exit_code == 0, dask.output
    assert [json.loads(line) for line in dask.stdout.splitlines()] == events
