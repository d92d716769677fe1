"""The package as pip sees it: runtime dependencies are exactly what src/sitreps imports (the web page, the Dask
engine and PostgreSQL as extras, each naming its pip command when missing), both locks pin every file by hash,
the wheel carries LICENSE and py.typed, and the place index is cached in the user's cache directory."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitreps import config, extras
from sitreps.cli import app
from sitreps.extras import MissingExtra

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "sitreps"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
# imports that belong to an extra, by the module that makes them (every other third-party import is runtime)
EXTRA_OF = {
    "web/": "web",
    "cli/store.py": "web",
    "eval/load.py": "web",  # the load client of the web service
    "scale/job.py": "scale",
    "eval/fuzz.py": "dev",
}


def _name(requirement: str) -> str:
    match = re.match(r"[A-Za-z0-9._-]+", requirement)
    assert match, requirement
    return re.sub(r"[-_.]+", "-", match.group()).lower()


def _imports() -> dict[str, set[str]]:
    """Distribution name -> the files of src/sitreps that import it (anywhere in the file)."""
    dists = packages_distributions()
    found: dict[str, set[str]] = {}
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            else:
                continue
            for module in modules:
                top = module.split(".")[0]
                if top in sys.stdlib_module_names or top in {"sitreps", "__future__"}:
                    continue
                assert top in dists, f"{path}: {top} is imported but no installed distribution provides it"
                for dist in dists[top]:
                    found.setdefault(_name(dist), set()).add(str(path.relative_to(SRC)))
    return found


def _extra_of(files: set[str]) -> set[str]:
    return {next((x for prefix, x in EXTRA_OF.items() if f.startswith(prefix)), "runtime") for f in files}


def test_runtime_dependencies_are_exactly_what_src_imports() -> None:
    runtime = {_name(r) for r in PYPROJECT["dependencies"]}
    optional = {extra: {_name(r) for r in reqs} for extra, reqs in PYPROJECT["optional-dependencies"].items()}
    imported = _imports()
    needed = {dist for dist, files in imported.items() if "runtime" in _extra_of(files)}
    assert runtime == needed, f"declared, not imported: {runtime - needed}; imported, not declared: {needed - runtime}"
    for dist, files in imported.items():
        for extra in _extra_of(files) - {"runtime"}:
            assert dist in runtime | optional[extra], f"{dist} (imported by {sorted(files)}) belongs in [{extra}]"
    assert {"geoalchemy2", "fastapi", "uvicorn", "dask", "distributed", "psycopg"}.isdisjoint(runtime)
    assert "sitreps[web,scale,postgres]" in PYPROJECT["optional-dependencies"]["dev"]
    assert set(extras.EXTRAS) == {"web", "scale", "postgres"} <= set(optional)


@pytest.mark.parametrize("lock", ["requirements.lock", "requirements-dev.lock"])
def test_the_locks_pin_every_package_by_hash(lock: str) -> None:
    text = (ROOT / lock).read_text()
    pins = re.findall(
        r"^([A-Za-z0-9._-]+)==\S+(?: ;[^\\]*)? \\\n((?:\s+--hash=sha256:[0-9a-f]{64}(?: \\)?\n?)+)", text, re.M
    )
    names = re.findall(r"^[A-Za-z0-9._-]+", text, re.M)
    assert pins and len(pins) == len(names), "every line naming a package pins it with its hashes"
    pinned = {_name(n) for n, _ in pins}
    assert {"spacy", "sqlalchemy", "fastapi", "distributed", "psycopg", "platformdirs"} <= pinned
    dev_only = {"pytest", "mypy", "ruff", "playwright", "atheris", "datasette"}
    assert dev_only <= pinned if lock == "requirements-dev.lock" else dev_only.isdisjoint(pinned)


def test_the_locks_agree() -> None:
    def versions(lock: str) -> dict[str, str]:
        return dict(re.findall(r"^([A-Za-z0-9._-]+)==(\S+)", (ROOT / lock).read_text(), re.M))

    runtime, dev = versions("requirements.lock"), versions("requirements-dev.lock")
    assert {k: dev.get(k) for k in runtime} == runtime


def test_a_missing_extra_names_its_pip_command(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    absent = {"fastapi", "distributed", "psycopg"}
    real = extras.find_spec
    monkeypatch.setattr(extras, "find_spec", lambda name: None if name in absent else real(name))
    for extra in ("web", "scale", "postgres"):
        with pytest.raises(MissingExtra, match=re.escape(f"pip install 'sitreps[{extra}]'")):
            extras.require(extra, "this")
    db = tmp_path / "s.db"
    db.touch()
    serve = CliRunner().invoke(app, ["serve", "--db", str(db)])
    assert serve.exit_code != 0 and isinstance(serve.exception, MissingExtra)
    assert "sitreps serve needs the 'web' extra (fastapi not installed)" in str(serve.exception)
    from sitreps.store.db import open_engine

    with pytest.raises(MissingExtra, match=re.escape("pip install 'sitreps[postgres]'")):
        open_engine("postgresql+psycopg://u@127.0.0.1:1/x")
    assert isinstance(MissingExtra("web", "x", ["fastapi"]), ImportError)
    from sitreps import doctor

    found = {c.name: c for c in doctor._extras()}
    web = found["extra [web] (sitreps serve)"]
    assert not web.ok and not web.required and "fastapi" in web.found and "pip install 'sitreps[web]'" in web.fix


def test_the_cli_prints_the_missing_extra_as_one_line(tmp_path: Path) -> None:
    """`sitreps serve` in an interpreter where fastapi cannot be imported: one error line, exit 1."""
    db = tmp_path / "s.db"
    db.touch()
    code = (
        "import sys; sys.modules['fastapi'] = None; import importlib.util as u; real = u.find_spec; "
        "u.find_spec = lambda n, *a: None if n == 'fastapi' else real(n, *a); "
        "import sitreps.extras as e; e.find_spec = u.find_spec; "
        f"sys.argv = ['sitreps', 'serve', '--db', {str(db)!r}]; from sitreps.cli import main; main()"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 1, run.stderr
    assert "pip install 'sitreps[web]'" in run.stderr and "Traceback" not in run.stderr


def test_the_cache_is_the_users_whatever_the_working_directory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("SITREPS_CACHE_DIR", raising=False)
    monkeypatch.delenv("SITREPS_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    seen = set()
    for cwd in ("a", "b"):
        (tmp_path / cwd).mkdir()
        monkeypatch.chdir(tmp_path / cwd)
        seen.add(config.cache_dir())
    assert seen == {tmp_path / "xdg" / "sitreps"} and (tmp_path / "xdg" / "sitreps").is_dir()
    monkeypatch.setenv("SITREPS_DATA_DIR", str(tmp_path / "data"))  # the older setting still holds
    assert config.cache_dir() == tmp_path / "data" / "cache"
    monkeypatch.setenv("SITREPS_CACHE_DIR", str(tmp_path / "mine"))  # and the new one wins
    assert config.cache_dir() == tmp_path / "mine"
    from sitreps.places.gazetteer import index_path

    assert index_path().parent == tmp_path / "mine"


def test_the_wheel_carries_the_license_and_py_typed(tmp_path: Path) -> None:
    tree = tmp_path / "tree"  # a copy: setuptools leaves build/ and *.egg-info beside the sources it builds
    skip = shutil.ignore_patterns("__pycache__", "*.egg-info", "*.pyc")
    shutil.copytree(ROOT / "src", tree / "src", ignore=skip)
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, tree / name)
    run = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(tmp_path), str(tree)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr
    (wheel,) = tmp_path.glob("sitreps-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "sitreps/py.typed" in names
    assert any(re.fullmatch(r"sitreps-[^/]+\.dist-info/licenses/LICENSE", n) for n in names), names
    metadata = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "License-Expression: MIT" in metadata and "Requires-Python: >=3.11" in metadata
    assert "Provides-Extra: web" in metadata and "Classifier: Programming Language :: Python :: 3.13" in metadata
    assert not any(n.startswith(("tests/", "data/")) for n in names)


def test_the_shared_cache_keeps_the_indexes_of_the_versions_used_last(tmp_path: Path) -> None:
    import os
    import time

    from sitreps.places.gazetteer import prune_other_indexes

    now = time.time()
    ages = {"current": 0, "a": 60, "b": 120, "c": 180, "stale": 8 * 86400}
    for name, age in ages.items():
        path = tmp_path / f"gazetteer-{name}.pickle"
        path.write_bytes(b"x")
        os.utime(path, (now - age, now - age))
    (tmp_path / "bench-events-10.db").write_bytes(b"x")
    prune_other_indexes(tmp_path / "gazetteer-current.pickle")
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == ["bench-events-10.db", "gazetteer-a.pickle", "gazetteer-b.pickle", "gazetteer-current.pickle"]
