"""Deduplication against UCDP GED's grouping of news reports.

Each GED news report (MemoryBook entries are not news and are skipped) becomes a short document: its
headline, outlet and date. All are ingested into a fresh store; two reports are predicted to be one event
when their documents share a stored event, and gold says so when GED attached them to a common event.
Scores: pairwise precision/recall/F1 and B-cubed precision/recall/F1 over reports, with "every report its
own event" as the baseline.
"""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sitreps.documents.model import Document
from sitreps.eval.ged import NOT_NEWS
from sitreps.pipeline import extract_document
from sitreps.places.gazetteer import default_gazetteer
from sitreps.store.repo import Store
from sitreps.store.tables import DocumentRow, SourceRow


@dataclass
class DedupScore:
    reports: int
    gold_events: int
    stored_events: int
    pair_precision: float
    pair_recall: float
    pair_f1: float
    bcubed_precision: float
    bcubed_recall: float
    bcubed_f1: float
    baseline_bcubed_f1: float

    def to_json(self) -> dict[str, float | int]:
        return {k: round(v, 3) if isinstance(v, float) else v for k, v in self.__dict__.items()}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def reports(ged: Path) -> tuple[list[Document], dict[str, set[int]]]:
    """One document per distinct news report, and the GED events each report backs."""
    docs: dict[str, Document] = {}
    events: dict[str, set[int]] = defaultdict(set)
    with ged.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            for r in row.get("reports") or []:
                if r["office"].lower() in NOT_NEWS or not r["headline"].strip():
                    continue
                key = f"{r['office']}|{r['date']}|{r['headline']}"
                if key not in docs:
                    docs[key] = Document(
                        id=f"r{len(docs)}",
                        text=r["headline"],
                        published=date.fromisoformat(r["date"]),
                        lang="en",
                        outlet=r["office"],
                        origin=key,
                    )
                events[key].add(int(row["id"]))
    return list(docs.values()), {docs[k].id: v for k, v in events.items()}


def _linked(labels: dict[str, set[int]]) -> dict[str, set[str]]:
    """For each report, the reports it shares a label with (itself included)."""
    by_label: dict[int, set[str]] = defaultdict(set)
    for item, ls in labels.items():
        for label in ls:
            by_label[label].add(item)
    return {item: set().union(*(by_label[x] for x in ls)) | {item} for item, ls in labels.items()}


def score(gold: dict[str, set[int]], predicted: dict[str, set[int]]) -> tuple[float, ...]:
    items = sorted(gold)
    g, p = _linked(gold), _linked({i: predicted.get(i, set()) for i in items})
    bp = sum(len(p[i] & g[i]) / len(p[i]) for i in items) / len(items)
    br = sum(len(p[i] & g[i]) / len(g[i]) for i in items) / len(items)
    pred_pairs = sum(len(p[i]) - 1 for i in items) / 2
    gold_pairs = sum(len(g[i]) - 1 for i in items) / 2
    both = sum(len(p[i] & g[i]) - 1 for i in items) / 2
    pp = both / pred_pairs if pred_pairs else 1.0
    pr = both / gold_pairs if gold_pairs else 1.0
    return pp, pr, bp, br


def evaluate(ged: Path, db_url: str | None = None) -> DedupScore:
    docs, gold = reports(ged)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(db_url or f"sqlite:///{Path(tmp) / 'dedup.db'}")
        gaz = default_gazetteer()
        for doc in docs:
            with store.session() as s:
                if store.known(s, doc):
                    continue
            result = extract_document(doc, gaz)
            if result.error is None:
                store.add(doc, result.events, result.lang)
        with store.session() as s:
            by_hash = {
                h: set(ids)
                for h, ids in _events_by_hash(
                    s.execute(
                        SourceRow.__table__.join(DocumentRow.__table__)  # type: ignore[arg-type]
                        .select()
                        .with_only_columns(DocumentRow.text_hash, SourceRow.event_id)
                    ).all()
                ).items()
            }
        stored = len({e for ids in by_hash.values() for e in ids})
        store.engine.dispose()
    predicted = {d.id: by_hash.get(d.text_hash, set()) for d in docs}
    pp, pr, bp, br = score(gold, predicted)
    _, _, sbp, sbr = score(gold, {})
    return DedupScore(
        reports=len(docs),
        gold_events=len({e for v in gold.values() for e in v}),
        stored_events=stored,
        pair_precision=pp,
        pair_recall=pr,
        pair_f1=_f1(pp, pr),
        bcubed_precision=bp,
        bcubed_recall=br,
        bcubed_f1=_f1(bp, br),
        baseline_bcubed_f1=_f1(sbp, sbr),
    )


def _events_by_hash(rows: list[tuple[str, int]]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = defaultdict(list)
    for text_hash, event_id in rows:
        out[text_hash].append(event_id)
    return out
