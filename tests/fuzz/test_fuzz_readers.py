"""The readers' fuzz target: every kept corpus input (crashes found once among them) passes, and a short
coverage-guided run from that corpus finds no crash. `sitreps reliability` runs it longer."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitreps.eval.fuzz import CORPUS, run, target


@pytest.mark.parametrize("path", sorted(CORPUS.iterdir()), ids=lambda p: p.name)
def test_corpus_input_passes(path: Path) -> None:
    target(path.read_bytes())


def test_a_short_fuzz_run_finds_no_crash(tmp_path: Path) -> None:
    pytest.importorskip("atheris")
    report = run(tmp_path, runs=3000)
    assert report.crashes == 0, report.output
    assert report.executions >= 3000 and report.corpus_in == len(list(CORPUS.iterdir()))
