from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from sitreps.documents.model import Document
from sitreps.lang import LanguagePack, load_pack
from sitreps.places.gazetteer import Gazetteer, default_gazetteer

ROOT = Path(__file__).resolve().parents[1]
# The tests keep their cache (place index, jobs) in the checkout's data/cache/, as before, not in the user's cache
# directory that installed copies share; the subprocesses they start inherit this. SITREPS_CACHE_DIR wins.
if "SITREPS_CACHE_DIR" not in os.environ:
    os.environ.setdefault("SITREPS_DATA_DIR", str(ROOT / "data"))

SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "dev" / "seeds_dev.jsonl"
SCHEMA = SHARED / "schema" / "event.schema.json"
GED = SHARED / "data" / "ucdp_ged_ukraine" / "ged_ukraine_dev.jsonl"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not here; clone the project next to its shared/ folder")
    return path


@pytest.fixture(scope="session")
def it() -> LanguagePack:
    return load_pack("it")


@pytest.fixture(scope="session")
def en() -> LanguagePack:
    return load_pack("en")


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return default_gazetteer()


@pytest.fixture(scope="session")
def seed_docs() -> list[Document]:
    docs = []
    for line in need(SEEDS / "documents.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        docs.append(Document(row["id"], row["text"], date.fromisoformat(row["published"]), row.get("lang")))
    return docs


@pytest.fixture(scope="session")
def seed_events(seed_docs: list[Document], gaz: Gazetteer) -> dict[str, list[dict[str, object]]]:
    from sitreps.pipeline import extract_document

    return {d.id: [e.to_json() for e in extract_document(d, gaz).events] for d in seed_docs}
