"""The read side: each event's record as JSON (table event_records), the store's version counter (table
store_version) and per-day sums for the stats (table event_summary, and an index for the tallies); written here
for the events already stored.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
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
    op.create_table(
        "event_summary",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("event_date", sa.Date, nullable=False),
        sa.Column("event_type", sa.String(64), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("admin1", sa.String(256)),
        sa.Column("certainty", sa.String(16), nullable=False),
        sa.Column("aggregate", sa.Boolean, nullable=False),
        sa.Column("events", sa.Integer, nullable=False),
        sa.Column("fatalities", sa.Integer, nullable=False),
        sa.Column("languages", sa.String(512), nullable=False),
    )
    op.create_index("ix_event_summary_event_date", "event_summary", ["event_date"])
    op.create_index("ix_events_aggregate_date", "events", ["aggregate", "event_date"])
    # covers the map's grid (and its extent) so it is counted from the index, not the wide rows
    op.create_index("ix_events_lat_lon_fatalities", "events", ["latitude", "longitude", "fatalities"])
    op.execute("INSERT INTO store_version (id, version) VALUES (1, 1)")
    from sitreps.store.repo import rebuild_summary, write_missing_records

    write_missing_records(op.get_bind(), version=1)
    rebuild_summary(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_events_lat_lon_fatalities", "events")
    op.drop_index("ix_events_aggregate_date", "events")
    op.drop_index("ix_event_summary_event_date", "event_summary")
    op.drop_table("event_summary")
    op.drop_table("store_version")
    op.drop_index("ix_event_records_version", "event_records")
    op.drop_index("ix_event_records_created_version", "event_records")
    op.drop_table("event_records")
