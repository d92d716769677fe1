from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

from sitreps.eval.score import read_jsonl, score
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
