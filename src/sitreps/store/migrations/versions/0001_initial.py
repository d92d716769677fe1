"""Initial schema: documents, events, sources, count reports, ingested files; full-text and spatial indexes.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

from alembic import op

from sitreps.store.tables import Base

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

SQLITE_EXTRAS = [
    "CREATE VIRTUAL TABLE events_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon)",
    """CREATE TRIGGER events_rtree_ai AFTER INSERT ON events BEGIN
         INSERT INTO events_rtree VALUES (new.id, new.latitude, new.latitude, new.longitude, new.longitude); END""",
    """CREATE TRIGGER events_rtree_au AFTER UPDATE OF latitude, longitude ON events BEGIN
         UPDATE events_rtree SET min_lat = new.latitude, max_lat = new.latitude,
                min_lon = new.longitude, max_lon = new.longitude WHERE id = new.id; END""",
    "CREATE TRIGGER events_rtree_ad AFTER DELETE ON events BEGIN DELETE FROM events_rtree WHERE id = old.id; END",
    # content="sources" in double quotes: the form datasette looks for to find a table's full-text index
    'CREATE VIRTUAL TABLE sources_fts USING fts5(evidence, content="sources", content_rowid="id")',
    """CREATE TRIGGER sources_fts_ai AFTER INSERT ON sources BEGIN
         INSERT INTO sources_fts(rowid, evidence) VALUES (new.id, new.evidence); END""",
    """CREATE TRIGGER sources_fts_ad AFTER DELETE ON sources BEGIN
         INSERT INTO sources_fts(sources_fts, rowid, evidence) VALUES ('delete', old.id, old.evidence); END""",
]

# the tables of this revision only: later revisions create theirs (Base also holds them)
TABLES = ("documents", "events", "sources", "count_reports", "ingested_files")

POSTGRES_EXTRAS = [
    "CREATE EXTENSION IF NOT EXISTS postgis",
    """ALTER TABLE events ADD COLUMN geom geometry(Point, 4326)
         GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(longitude, latitude), 4326)) STORED""",
    "CREATE INDEX ix_events_geom ON events USING gist (geom)",
    "CREATE INDEX ix_sources_evidence_fts ON sources USING gin (to_tsvector('simple', evidence))",
]


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS postgis")
    Base.metadata.create_all(bind, tables=[Base.metadata.tables[name] for name in TABLES])
    extras = {"sqlite": SQLITE_EXTRAS, "postgresql": POSTGRES_EXTRAS[1:]}.get(bind.dialect.name, [])
    for statement in extras:
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in ("events_rtree", "sources_fts"):
            op.execute(f"DROP TABLE IF EXISTS {name}")
    Base.metadata.drop_all(bind, tables=[Base.metadata.tables[name] for name in TABLES])
