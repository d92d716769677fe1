"""Watched feeds: per-feed state of `sitreps watch` (validators, last poll, last error, items seen).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feeds",
        sa.Column("url", sa.String(2048), primary_key=True),
        sa.Column("outlet", sa.String(512)),
        sa.Column("language", sa.String(16)),
        sa.Column("interval_s", sa.Float),
        sa.Column("etag", sa.String(1024)),
        sa.Column("last_modified", sa.String(128)),
        sa.Column("last_poll", sa.DateTime),
        sa.Column("last_success", sa.DateTime),
        sa.Column("last_status", sa.Integer),
        sa.Column("last_error", sa.Text),
        sa.Column("last_duration_s", sa.Float),
        sa.Column("polls", sa.Integer, nullable=False, server_default="0"),
        sa.Column("not_modified", sa.Integer, nullable=False, server_default="0"),
        sa.Column("errors", sa.Integer, nullable=False, server_default="0"),
        sa.Column("retries", sa.Integer, nullable=False, server_default="0"),
        sa.Column("poll_seconds", sa.Float, nullable=False, server_default="0"),
        sa.Column("items_seen", sa.Integer, nullable=False, server_default="0"),
        sa.Column("items_new", sa.Integer, nullable=False, server_default="0"),
    )


def downgrade() -> None:
    op.drop_table("feeds")
