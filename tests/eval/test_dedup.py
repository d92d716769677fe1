from __future__ import annotations

from sitreps.eval.dedup import reports, score
from tests.conftest import GED, need


def test_scores_on_a_toy_grouping() -> None:
    gold = {"a": {1}, "b": {1}, "c": {2}, "d": {3}}
    assert score(gold, {"a": {10}, "b": {10}, "c": {11}, "d": {12}}) == (1.0, 1.0, 1.0, 1.0)
    pp, pr, bp, br = score(gold, {"a": {10}, "b": {10}, "c": {10}, "d": {12}})
    assert (pp, pr) == (1 / 3, 1.0) and br == 1.0 and round(bp, 3) == round((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4, 3)
    singletons = score(gold, {})
    assert singletons[2] == 1.0 and singletons[3] == (0.5 + 0.5 + 1 + 1) / 4


def test_ged_reports_skip_memorybook() -> None:
    docs, gold = reports(need(GED))
    assert len(docs) == len(gold) > 1000
    assert not any("memorybook" in (d.outlet or "").lower() for d in docs)
    assert sum(len(v) > 1 for v in gold.values()) > 50  # round-ups back several events
