"""Score events against gold events with the rules of shared/eval/score_events.py.

A predicted event matches a gold event of the same document when its type is accepted, its date lies in
the gold window (one day of slack either side), and its location is in the gold country within the gold
tolerance (country-scope gold needs a precision-3 event). Each prediction claims the nearest unclaimed
gold event; gold events of one group count as found when any member is claimed; matching only optional
gold is neutral.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sitreps.events.model import COUNT_KINDS
from sitreps.places.geo import distance_km


@dataclass
class Score:
    documents: int
    required_gold: int
    predicted: int
    true_positives: int
    false_positives: int
    precision: float
    recall: float
    f1: float
    counts_correct: int
    counts_total: int
    missed: list[str] = field(default_factory=list)
    false_positive_events: list[str] = field(default_factory=list)
    count_errors: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return self.__dict__.copy()


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line))
    return rows


def _doc_ids(event: dict[str, Any]) -> set[str]:
    return {str(s.get("doc_id")) for s in event.get("sources") or [] if isinstance(s, dict)}


def _km(event: dict[str, Any], gold: dict[str, Any]) -> float:
    loc = event.get("location") or {}
    return distance_km(float(loc["latitude"]), float(loc["longitude"]), gold["latitude"], gold["longitude"])


def matches(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    if pred.get("event_type") not in gold["event_types"]:
        return False
    try:
        day = date.fromisoformat(str(pred.get("event_date")))
    except ValueError:
        return False
    lo = date.fromisoformat(gold["date_start"]) - timedelta(days=1)
    hi = date.fromisoformat(gold["date_end"]) + timedelta(days=1)
    if not lo <= day <= hi:
        return False
    loc = pred.get("location") or {}
    try:
        d = _km(pred, gold)
    except (KeyError, TypeError, ValueError):
        return False
    if gold.get("country") and loc.get("country") and loc["country"] != gold["country"]:
        return False
    if gold.get("scope") == "country" and loc.get("precision") != 3:
        return False
    return bool(d <= gold.get("tolerance_km", 25))


def _best(count: Any) -> int | None:
    if isinstance(count, dict):
        value = count.get("best")
        return int(value) if value is not None else None
    return count if isinstance(count, int) else None


def score(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> Score:
    docs = {g["doc_id"] for g in gold}
    pred = [p for p in pred if _doc_ids(p) & docs]
    claimed: dict[str, dict[str, Any]] = {}
    tp = fp = 0
    false_pos: list[dict[str, Any]] = []
    for p in pred:
        cands = [g for g in gold if g["doc_id"] in _doc_ids(p) and matches(p, g)]
        fresh = [g for g in cands if g["gold_id"] not in claimed]
        if not fresh:
            if cands and all(not g.get("required", True) for g in cands):
                continue
            fp += 1
            false_pos.append(p)
            continue
        fresh.sort(key=lambda g: (not g.get("required", True), _km(p, g)))
        g = fresh[0]
        claimed[g["gold_id"]] = p
        if g.get("required", True):
            tp += 1
    groups: dict[str, list[dict[str, Any]]] = {}
    for g in gold:
        if g.get("group") and g["gold_id"] in claimed:
            groups.setdefault(g["group"], []).append(claimed[g["gold_id"]])

    def covering(g: dict[str, Any]) -> list[dict[str, Any]]:
        if g["gold_id"] in claimed:
            return [claimed[g["gold_id"]], *groups.get(g.get("group") or "", [])]
        return groups.get(g.get("group") or "", [])

    required = [g for g in gold if g.get("required", True)]
    found = [g for g in required if covering(g)]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = len(found) / len(required) if required else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    hits = total = 0
    errors = []
    for g in gold:
        events = covering(g)
        if not events:
            continue
        for k in COUNT_KINDS:
            if k in g:
                total += 1
                got = [_best(e.get(k)) for e in events]
                if g[k] in got:
                    hits += 1
                else:
                    errors.append(f"{g['gold_id']}: {k} gold {g[k]} got {got[0]}")
    return Score(
        documents=len(docs),
        required_gold=len(required),
        predicted=len(pred),
        true_positives=tp,
        false_positives=fp,
        precision=round(precision, 3),
        recall=round(recall, 3),
        f1=round(f1, 3),
        counts_correct=hits,
        counts_total=total,
        missed=[g["gold_id"] for g in required if not covering(g)],
        false_positive_events=[
            f"{p.get('event_type')} @ {(p.get('location') or {}).get('name')} {p.get('event_date')}"
            f" [{(p.get('sources') or [{}])[0].get('doc_id')}]"
            for p in false_pos
        ],
        count_errors=errors,
    )


@dataclass
class NoteScore:
    """Per-document figures for short reports that each tell one event (ACLED-style notes, headlines)."""

    documents: int
    with_event: int
    type_right: int
    fatalities_total: int
    fatalities_exact: int

    def line(self) -> str:
        def share(a: int, b: int) -> str:
            return f"{a}/{b} = {a / b:.2f}" if b else "0/0"

        return (
            f"notes: an event {share(self.with_event, self.documents)}, type right "
            f"{share(self.type_right, self.documents)}, fatalities exact "
            f"{share(self.fatalities_exact, self.fatalities_total)}"
        )


def note_scores(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> NoteScore:
    """For each document with exactly one required gold event: does it give an event, is a type right, are the
    fatalities of the event of the right type (else the first) the gold figure."""
    required: dict[str, list[dict[str, Any]]] = {}
    for g in gold:
        if g.get("required", True):
            required.setdefault(g["doc_id"], []).append(g)
    single = {d: gs[0] for d, gs in required.items() if len(gs) == 1}
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for p in pred:
        for d in _doc_ids(p) & single.keys():
            by_doc.setdefault(d, []).append(p)
    with_event = type_right = total = exact = 0
    for d, g in single.items():
        events = by_doc.get(d, [])
        typed = [e for e in events if e.get("event_type") in g["event_types"]]
        with_event += bool(events)
        type_right += bool(typed)
        if "fatalities" in g:
            total += 1
            chosen = (typed or events)[:1]
            exact += bool(chosen) and _best(chosen[0].get("fatalities")) == g["fatalities"]
    return NoteScore(len(single), with_event, type_right, total, exact)
