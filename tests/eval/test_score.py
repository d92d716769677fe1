from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

from sitreps.eval.score import note_scores, read_jsonl, score
from tests.conftest import GOLD, SHARED, need


def test_dev_gold_quality(seed_events: dict[str, list[dict[str, Any]]]) -> None:
    gold = read_jsonl(need(GOLD))
    result = score(gold, [e for evs in seed_events.values() for e in evs])
    assert result.f1 >= 0.8, result
    assert result.counts_correct == result.counts_total


def test_scorer_agrees_with_the_shared_script(seed_events: dict[str, list[dict[str, Any]]], tmp_path: Path) -> None:
    path = need(SHARED / "eval" / "score_events.py")
    spec = importlib.util.spec_from_file_location("score_events", path)
    assert spec and spec.loader
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    gold = read_jsonl(need(GOLD))
    events = [e for evs in seed_events.values() for e in evs]
    # drop one event so the comparison also covers misses
    events = events[1:]
    theirs = shared.score(gold, json.loads(json.dumps(events)))
    ours = score(gold, events)
    assert (ours.precision, ours.recall, ours.f1) == (theirs["precision"], theirs["recall"], theirs["f1"])
    assert ours.missed == theirs["missed"]


def _note_gold(doc: str, types: list[str], **counts: int) -> dict[str, Any]:
    return {"doc_id": doc, "gold_id": doc, "required": True, "event_types": types, "latitude": 50.0,
            "longitude": 36.2, "country": "UA", "tolerance_km": 10, "date_start": "2024-05-01",
            "date_end": "2024-05-01", **counts}


def _note_event(doc: str, event_type: str, fatalities: int | None) -> dict[str, Any]:
    return {"event_type": event_type, "event_date": "2024-05-01",
            "location": {"latitude": 50.0, "longitude": 36.2, "country": "UA", "precision": 1},
            "fatalities": None if fatalities is None else {"best": fatalities},
            "sources": [{"doc_id": doc}]}


def test_note_scores_count_documents_with_an_event_the_type_and_exact_fatalities() -> None:
    gold = [
        _note_gold("n1", ["Battles"], fatalities=2),
        _note_gold("n2", ["Explosions/Remote violence"], fatalities=0),
        _note_gold("n3", ["Violence against civilians"]),
        {**_note_gold("n4", []), "required": False},  # a no-event document is not a note
    ]
    pred = [
        _note_event("n1", "Explosions/Remote violence", 5),  # wrong type: its fatalities are still read
        _note_event("n1", "Battles", 2),
        _note_event("n2", "Explosions/Remote violence", 1),
    ]
    s = note_scores(gold, pred)
    assert (s.documents, s.with_event, s.type_right) == (3, 2, 2)
    assert (s.fatalities_total, s.fatalities_exact) == (2, 1)
