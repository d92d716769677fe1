"""Benchmark: extraction throughput on one core against spaCy's blank tokenizer as the floor, peak memory,
and cold start to the first event (gazetteer index already built)."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sitreps.documents.model import Document
from sitreps.documents.readers import read_jsonl_text
from sitreps.lang.registry import load_pack
from sitreps.nlp.sentences import pipeline
from sitreps.pipeline import extract_document
from sitreps.places.gazetteer import default_gazetteer


@dataclass
class BenchResult:
    articles: int
    characters: int
    extract_seconds: float
    tokenizer_seconds: float
    events: int
    peak_rss_mb: float
    cold_start_seconds: float

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.extract_seconds

    @property
    def ratio(self) -> float:
        return self.extract_seconds / self.tokenizer_seconds

    def to_json(self) -> dict[str, float | int]:
        return {
            **self.__dict__,
            "articles_per_second": round(self.articles_per_second, 1),
            "ratio_to_tokenizer": round(self.ratio, 2),
        }


def seed_documents(seeds: Path) -> list[Document]:
    """The documents of a JSONL file, read as `sitreps extract` reads them."""
    items = read_jsonl_text(seeds.read_text(encoding="utf-8"), str(seeds), None, None)
    return [d for d in items if isinstance(d, Document)]


def ged_documents(ged: Path, limit: int) -> list[Document]:
    """Real English text: each UCDP GED event's news headlines as one short article (MemoryBook skipped)."""
    docs = []
    with ged.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            reports = [r for r in row.get("reports") or [] if r["office"].lower() not in {"memorybook", "memorbook"}]
            if not reports:
                continue
            text = "\n".join(f"{r['headline']}." for r in reports)
            docs.append(Document(f"ged-{row['id']}", text, date.fromisoformat(reports[0]["date"]), "en"))
            if len(docs) >= limit:
                break
    return docs


def corpus(seeds: Path, ged: Path | None, size: int) -> list[Document]:
    """At least `size` articles: the seed articles repeated to half the corpus, GED headline bundles for the rest."""
    base = seed_documents(seeds)
    extra = ged_documents(ged, size // 2) if ged and ged.exists() else []
    out = list(extra)
    i = 0
    while len(out) < size:
        d = base[i % len(base)]
        out.append(Document(f"{d.id}#{i}", d.text, d.published, d.lang))
        i += 1
    return out


def cold_start(sample: Path) -> float:
    """Seconds from starting a new interpreter to the first event printed."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "sitreps", "extract", str(sample), "--format", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    proc.kill()
    proc.wait()
    return elapsed


def run(seeds: Path, ged: Path | None, size: int, sample: Path) -> BenchResult:
    gaz = default_gazetteer()
    docs = corpus(seeds, ged, size)
    for d in docs[:10]:  # load packs, lexicons and caches outside the timed loop, as a running service would
        extract_document(d, gaz)
    t0 = time.perf_counter()
    events = sum(len(extract_document(d, gaz).events) for d in docs)
    extract_s = time.perf_counter() - t0
    tokenizers = {d.lang: pipeline(load_pack(d.lang or "en")).tokenizer for d in docs}
    t0 = time.perf_counter()
    for d in docs:
        tokenizers[d.lang](d.text)
    tok_s = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return BenchResult(len(docs), sum(len(d.text) for d in docs), extract_s, tok_s, events, peak, cold_start(sample))


MATERIAL = Path(__file__).resolve().parents[3] / "tests" / "lang" / "material"


def per_language(repeat: int = 25) -> dict[str, float]:
    """Articles/s per language over the same sixteen reports told in each (tests/lang/material), one core."""
    gaz = default_gazetteer()
    out: dict[str, float] = {}
    for path in sorted(MATERIAL.glob("*.jsonl")):
        if path.stem.endswith("_gold"):
            continue
        docs = seed_documents(path)
        for d in docs:
            extract_document(d, gaz)  # warm the pack and its caches
        t0 = time.perf_counter()
        for _ in range(repeat):
            for d in docs:
                extract_document(d, gaz)
        out[path.stem] = repeat * len(docs) / (time.perf_counter() - t0)
    return out
