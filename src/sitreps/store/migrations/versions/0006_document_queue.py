"""The queue of POSTed articles (table queued_documents): a POST is stored here at once and answered 202; the
server's writer process extracts and stores each one in order, and keeps what came of it in the row. (A
SQLite store keeps its queue in a file of its own beside it, with this table: see store/queue.py.)

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "queued_documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("received_at", sa.DateTime, nullable=False),
        sa.Column("document", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("done_at", sa.DateTime),
        sa.Column("document_id", sa.Integer),
        sa.Column("events_new", sa.Integer),
        sa.Column("events_merged", sa.Integer),
        sa.Column("language", sa.String(16)),
        sa.Column("note", sa.Text),
    )
    op.create_index("ix_queued_documents_status", "queued_documents", ["status"])


def downgrade() -> None:
    op.drop_index("ix_queued_documents_status", "queued_documents")
    op.drop_table("queued_documents")
