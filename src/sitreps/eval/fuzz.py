"""A coverage-guided fuzz target (atheris, libFuzzer's engine) for the document readers.

The input's first byte picks how the rest is read (.txt, .html, .jsonl or a feed); reading must yield
Documents and one-line InputErrors and raise nothing. The seed corpus is kept in the repository
(tests/fuzz/corpus/readers); new inputs the fuzzer finds go to a scratch folder, so a run never changes the
repository, and a crash is written as crash-<hash> there with the input that caused it.

    python -m sitreps.eval.fuzz CORPUS_OUT tests/fuzz/corpus/readers -runs=20000

`run()` starts that in a child process (libFuzzer owns the process it runs in) and reads its figures.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

SUFFIXES = (".txt", ".html", ".jsonl", ".xml")
CORPUS = Path(__file__).resolve().parents[3] / "tests" / "fuzz" / "corpus" / "readers"


def target(data: bytes) -> None:
    """One fuzz input: raises only if the readers break their contract."""
    from sitreps.documents.model import Document
    from sitreps.documents.readers import read_bytes
    from sitreps.errors import InputError

    if not data:
        return
    suffix = SUFFIXES[data[0] % len(SUFFIXES)]
    for item in read_bytes(data[1:], f"fuzz{suffix}", suffix, "en_2024-05-01_fuzz"):
        if isinstance(item, InputError):
            if "\n" in str(item):
                raise AssertionError(f"an error of more than one line: {item!r}")
        elif not isinstance(item, Document) or not item.text.strip():
            raise AssertionError(f"not a document with text: {item!r}")


def main() -> None:
    import atheris

    with atheris.instrument_imports(include=["sitreps"]):
        import sitreps.documents.feeds
        import sitreps.documents.model
        import sitreps.documents.readers  # noqa: F401

    atheris.Setup(sys.argv, target)
    atheris.Fuzz()


@dataclass
class FuzzReport:
    executions: int
    crashes: int
    seconds: float
    corpus_in: int
    corpus_found: int
    output: str


def run(scratch: Path, runs: int = 0, seconds: int = 0, corpus: Path = CORPUS) -> FuzzReport:
    """Fuzz the readers from `corpus` for `runs` inputs or `seconds` (whichever is set), in a child process."""
    scratch.mkdir(parents=True, exist_ok=True)
    found = scratch / "corpus"
    found.mkdir(exist_ok=True)
    args = [sys.executable, "-m", "sitreps.eval.fuzz", str(found), str(corpus), "-rss_limit_mb=4096"]
    args += [f"-artifact_prefix={scratch}/", "-print_final_stats=1"]
    if runs:
        args.append(f"-runs={runs}")
    if seconds:
        args.append(f"-max_total_time={seconds}")
    proc = subprocess.run(args, capture_output=True, text=True, cwd=scratch, check=False)
    out = proc.stdout + proc.stderr
    execs = re.search(r"stat::number_of_executed_units:\s*(\d+)", out)
    secs = re.search(r"stat::average_exec_per_sec:\s*(\d+)", out)
    crashes = len(list(scratch.glob("crash-*"))) + len(list(scratch.glob("timeout-*")))
    if proc.returncode != 0 and crashes == 0:
        crashes = 1  # the fuzzer stopped on something it did not write down: count it, show the output
    executions = int(execs.group(1)) if execs else 0
    rate = int(secs.group(1)) if secs else 0
    return FuzzReport(
        executions=executions,
        crashes=crashes,
        seconds=executions / rate if rate else 0.0,
        corpus_in=sum(1 for _ in corpus.iterdir()) if corpus.exists() else 0,
        corpus_found=sum(1 for _ in found.iterdir()),
        output=out[-4000:],
    )


if __name__ == "__main__":
    main()
