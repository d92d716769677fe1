"""Store fixtures: every store test runs on SQLite and on a real PostgreSQL + PostGIS cluster started here
(initdb + pg_ctl on a free loopback port, as the postgres user), skipped with the reason when the server
binaries are absent."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sitreps.eval import pgcluster
from sitreps.store.repo import Store


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    reason = pgcluster.missing_reason()
    if reason:
        pytest.skip(reason)
    with pgcluster.cluster() as url:
        yield url


_db_counter = iter(range(10_000))


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh, migrated store on each backend."""
    if request.param == "sqlite":
        yield Store(f"sqlite:///{tmp_path / 'sitreps.db'}")
        return
    base = request.getfixturevalue("postgres_url")
    import sqlalchemy as sa

    name = f"t{next(_db_counter)}_{int(time.time() * 1000) % 100000}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(sa.text(f"CREATE DATABASE {name}"))
    url = base.rsplit("/", 1)[0] + f"/{name}"
    st = Store(url)
    try:
        yield st
    finally:
        st.engine.dispose()
        with admin.connect() as c:
            c.execute(sa.text(f"DROP DATABASE {name} WITH (FORCE)"))
        admin.dispose()
