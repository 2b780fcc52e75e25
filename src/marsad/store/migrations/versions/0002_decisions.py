"""Analyst decisions: an append-only table of merges, splits and rejections of events.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("action", sa.String, nullable=False),
        sa.Column("event_id", sa.String, nullable=False),
        sa.Column("other_event_id", sa.String, nullable=False),
        sa.Column("report_id", sa.String, nullable=False),
        sa.Column("actor", sa.String, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("action IN ('merge', 'split', 'reject')", name="ck_decisions_action"),
    )
    op.create_index("ix_decisions_event_id", "decisions", ["event_id"])
    op.create_index("ix_decisions_report_id", "decisions", ["report_id"])


def downgrade() -> None:
    op.drop_index("ix_decisions_report_id", table_name="decisions")
    op.drop_index("ix_decisions_event_id", table_name="decisions")
    op.drop_table("decisions")
