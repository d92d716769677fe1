from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitreps import doctor
from sitreps.cli import app
from sitreps.store.repo import Store


def _by_name(db: str | None = None) -> dict[str, doctor.Check]:
    return {c.name: c for c in doctor.checks(db)}


def test_a_ready_machine_passes(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 's.db'}"
    Store(db).engine.dispose()
    result = CliRunner().invoke(app, ["doctor", "--db", db])
    assert result.exit_code == 0, result.output
    found = _by_name(db)
    assert all(c.ok for c in found.values() if c.required)
    assert "latest" in found["database"].found and "places" in found["gazetteer index"].found


def test_a_missing_gazetteer_index_is_named_with_the_command_that_builds_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SITREPS_DATA_DIR", str(tmp_path / "data"))
    check = _by_name()["gazetteer index"]
    assert not check.ok and "sitreps gazetteer" in check.fix
    assert CliRunner().invoke(app, ["doctor"]).exit_code == 1


def test_an_old_schema_asks_for_migrate(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    Store(f"sqlite:///{path}").engine.dispose()
    with sqlite3.connect(path) as c:
        c.execute("UPDATE alembic_version SET version_num = 'an_old_one'")
    check = _by_name(f"sqlite:///{path}")["database"]
    assert not check.ok and "an_old_one" in check.found and "sitreps migrate" in check.fix
    assert CliRunner().invoke(app, ["migrate", "--db", f"sqlite:///{path}"]).exit_code != 0  # unknown revision


def test_an_unreachable_database_and_missing_assets(monkeypatch: pytest.MonkeyPatch) -> None:
    check = _by_name("postgresql+psycopg://nobody:pw@127.0.0.1:1/none")["database"]
    assert not check.ok and "cannot connect" in check.found and "pw" not in check.found
    monkeypatch.setattr(doctor, "STATIC_FILES", (*doctor.STATIC_FILES, "vendor/missing.js"))
    assets = _by_name()["web page assets"]
    assert not assets.ok and "vendor/missing.js" in assets.found and "make vendor" in assets.fix
