"""SQLite stores made before the FTS5 index named its content table as content="sources" (they have
content='sources', which datasette does not recognise, so its search box matched every row): the index is
declared again in the double-quoted form and rebuilt from the sources. Stores already in that form, and
PostgreSQL, are left as they are.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

FTS = 'CREATE VIRTUAL TABLE sources_fts USING fts5(evidence, content="sources", content_rowid="id")'


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    sql = bind.execute(sa.text("SELECT sql FROM sqlite_master WHERE name = 'sources_fts'")).scalar()
    if sql is not None and 'content="sources"' in sql:
        return
    # the triggers on `sources` name the index and keep working once it exists again
    op.execute("DROP TABLE IF EXISTS sources_fts")
    op.execute(FTS)
    op.execute("INSERT INTO sources_fts(sources_fts) VALUES ('rebuild')")


def downgrade() -> None:
    pass  # the double-quoted form is what revision 0001 creates now: nothing to undo
