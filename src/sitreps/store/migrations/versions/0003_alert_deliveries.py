"""Alert deliveries: each alert claimed once per rule, event, toll revision and destination.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "alert_deliveries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("rule", sa.String(128), nullable=False),
        sa.Column("event_uid", sa.String(64), nullable=False),
        sa.Column("revision", sa.String(64), nullable=False),
        sa.Column("destination", sa.String(2048), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_error", sa.Text),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, server_default=sa.func.now(), nullable=False),
        sa.Column("last_attempt_at", sa.DateTime),
        sa.Column("delivered_at", sa.DateTime),
        sa.UniqueConstraint("rule", "event_uid", "revision", "destination", name="uq_alert_once"),
    )
    op.create_index("ix_alert_deliveries_event_uid", "alert_deliveries", ["event_uid"])


def downgrade() -> None:
    op.drop_index("ix_alert_deliveries_event_uid", "alert_deliveries")
    op.drop_table("alert_deliveries")
