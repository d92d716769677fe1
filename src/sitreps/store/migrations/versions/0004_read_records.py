"""The read side: each event's record as JSON (table event_records) and the store's version counter (table
store_version); records of the events already stored are written here.

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


def upgrade() -> None:
    op.create_table(
        "event_records",
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("created_version", sa.Integer, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("record", sa.Text, nullable=False),
    )
    op.create_index("ix_event_records_created_version", "event_records", ["created_version"])
    op.create_index("ix_event_records_version", "event_records", ["version"])
    op.create_table(
        "store_version",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("changed_at", sa.DateTime),
    )
    op.execute("INSERT INTO store_version (id, version) VALUES (1, 1)")
    from sitreps.store.repo import write_missing_records

    write_missing_records(op.get_bind(), version=1)


def downgrade() -> None:
    op.drop_table("store_version")
    op.drop_index("ix_event_records_version", "event_records")
    op.drop_index("ix_event_records_created_version", "event_records")
    op.drop_table("event_records")
