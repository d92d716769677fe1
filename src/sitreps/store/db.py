"""Open a store: the database URL, the engine, and migrations to the latest schema."""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.util.exc import CommandError
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from sitreps.errors import StoreError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
DEFAULT_URL = "sqlite:///sitreps.db"


def database_url(url: str | None = None) -> str:
    """--db, else $SITREPS_DB, else sitreps.db in the working directory. A bare path means SQLite."""
    raw = url or os.environ.get("SITREPS_DB") or DEFAULT_URL
    if "://" not in raw:
        raw = f"sqlite:///{raw}"
    try:
        make_url(raw)
    except ArgumentError as e:
        raise StoreError(f"{raw!r} is not a database URL; use sqlite:///PATH or postgresql+psycopg://...") from e
    return raw


def require_existing(url: str | None = None) -> str:
    """The database URL, if its SQLite file exists (read-only commands never create a store); StoreError
    naming the path otherwise. Server databases (PostgreSQL) are checked when opened."""
    resolved = database_url(url)
    parsed = make_url(resolved)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        path = Path(str(parsed.database))
        if not path.is_file():
            raise StoreError(
                f"no database at {path.resolve()}; check --db (or $SITREPS_DB), or create it with `sitreps ingest`"
            )
    return resolved


def require_driver(url: str) -> None:
    """MissingExtra (pip install 'sitreps[postgres]') for a PostgreSQL URL when psycopg is not installed."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() == "psycopg":
        from sitreps.extras import require

        require("postgres", "a PostgreSQL store")


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def open_engine(url: str | None = None) -> Engine:
    """An engine on the store at `url`, migrated to the latest schema."""
    resolved = database_url(url)
    require_driver(resolved)
    sqlite = resolved.startswith("sqlite")
    # SQLite: a writer waits up to 30 s for another one (an ingest and the API's POSTs) instead of failing
    engine = create_engine(resolved, future=True, connect_args={"timeout": 30} if sqlite else {})
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        migrate(engine)
    except CommandError as e:
        raise StoreError(
            f"the store's schema is not one this version of sitreps knows ({e}); use a newer sitreps"
        ) from e
    except OperationalError as e:
        raise StoreError(f"cannot open the store at {engine.url.render_as_string(hide_password=True)}: {e.orig}") from e
    return engine


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def migrate(engine: Engine) -> None:
    cfg = alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
