from __future__ import annotations

from pathlib import Path

import pytest

from sitreps.eval.hostile import cases, judge, run, write_cases

CASES = cases()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_hostile_input_is_refused_in_one_line_or_read_sanely(case: object, tmp_path: Path) -> None:
    (path,) = write_cases(tmp_path, [case])  # type: ignore[list-item]
    outcome = judge(case, path)  # type: ignore[arg-type]
    assert outcome.clean, outcome.detail


def test_one_batch_of_all_of_them_stores_the_good_ones_and_keeps_the_store_intact(tmp_path: Path) -> None:
    report = run(tmp_path / "cases", f"sqlite:///{tmp_path / 'h.db'}")
    assert report.batch_ok, report.batch_detail
    assert report.handled == report.tried == len(CASES)
