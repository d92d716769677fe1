"""Extraction speed on one set of documents, with spaCy's blank tokenizer timed in the same process as the floor.
Run it on two checkouts to compare releases on the same input (PYTHONPATH picks the code):

    python scripts/speed.py docs.jsonl [more.jsonl ...] [--repeat-last N]
    PYTHONPATH=/path/to/old/src python scripts/speed.py docs.jsonl
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import date
from pathlib import Path

import spacy

from sitreps.documents.model import Document
from sitreps.pipeline import extract_document
from sitreps.places.gazetteer import default_gazetteer


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--limit", type=int, default=500, help="documents taken from each file but the last")
    ap.add_argument("--repeat-last", type=int, default=20, help="times the last file is repeated")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    rows: list[dict[str, str]] = []
    for i, path in enumerate(args.files):
        found = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        rows += found * args.repeat_last if i == len(args.files) - 1 else found[: args.limit]
    docs = [Document(r["id"], r["text"], date.fromisoformat(r["published"][:10]), r.get("lang")) for r in rows]
    gaz = default_gazetteer()
    for d in docs:  # every pack and cache loaded before timing
        extract_document(d, gaz)
    nlp = spacy.blank("en")
    best_extract = best_tokenize = float("inf")
    for _ in range(args.runs):
        t = time.perf_counter()
        for d in docs:
            extract_document(d, gaz)
        best_extract = min(best_extract, time.perf_counter() - t)
        t = time.perf_counter()
        for d in docs:
            nlp.make_doc(d.text)
        best_tokenize = min(best_tokenize, time.perf_counter() - t)
    print(
        f"{len(docs)} documents: extract {best_extract:.2f} s = {len(docs) / best_extract:.0f} articles/s; "
        f"tokenizer {best_tokenize:.3f} s; ratio {best_extract / best_tokenize:.0f}x"
    )


if __name__ == "__main__":
    main()
