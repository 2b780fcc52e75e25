"""Initial schema: documents, events, reports, tallies, runs, quarantine, history, feed_state.

Written out explicitly (not imported from ``schema.py``) so this revision never changes after release;
``tests/store/test_migrations.py`` checks that head still matches ``schema.metadata``.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def _ts(name: str, nullable: bool) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("source_kind", sa.String, nullable=False),
        _ts("published", True),
        _ts("fetched", True),
        sa.Column("language", sa.String, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("metadata", sa.JSON, nullable=False),
        sa.Column("status", sa.String, nullable=False),
        _ts("ingested_at", False),
        _ts("processed_at", True),
        sa.Column("ingest_run_id", sa.String, nullable=True),
        sa.CheckConstraint(
            "status IN ('new', 'processed', 'empty', 'unsupported_language', 'failed')",
            name="ck_documents_status",
        ),
    )
    op.create_index("ix_documents_status_ingested", "documents", ["status", "ingested_at", "id"])

    op.create_table(
        "events",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("event_type", sa.String, nullable=False),
        sa.Column("certainty", sa.String, nullable=False),
        sa.Column("date_start", sa.Date, nullable=True),
        sa.Column("date_end", sa.Date, nullable=True),
        sa.Column("time_precision", sa.String, nullable=True),
        sa.Column("place_text", sa.Text, nullable=False),
        sa.Column("place_id", sa.String, nullable=True),
        sa.Column("admin1", sa.Text, nullable=False),
        sa.Column("admin2", sa.Text, nullable=False),
        sa.Column("latitude", sa.Float, nullable=True),
        sa.Column("longitude", sa.Float, nullable=True),
        sa.Column("perpetrator", sa.Text, nullable=False),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("killed_min", sa.Integer, nullable=True),
        sa.Column("killed_max", sa.Integer, nullable=True),
        sa.Column("injured_min", sa.Integer, nullable=True),
        sa.Column("injured_max", sa.Integer, nullable=True),
        sa.Column("n_reports", sa.Integer, nullable=False),
        sa.Column("rejected", sa.Boolean, nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
        _ts("updated_at", False),
    )
    op.create_index("ix_events_date_start", "events", ["date_start"])
    op.create_index("ix_events_event_type", "events", ["event_type"])
    op.create_index("ix_events_admin1", "events", ["admin1"])
    op.create_index("ix_events_certainty", "events", ["certainty"])

    op.create_table(
        "reports",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("document_id", sa.String, nullable=False),
        sa.Column("event_id", sa.String, nullable=True),
        sa.Column("event_type", sa.String, nullable=False),
        sa.Column("certainty", sa.String, nullable=False),
        sa.Column("date_start", sa.Date, nullable=True),
        sa.Column("date_end", sa.Date, nullable=True),
        sa.Column("time_precision", sa.String, nullable=True),
        sa.Column("perpetrator", sa.Text, nullable=False),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("place_text", sa.Text, nullable=False),
        sa.Column("admin1", sa.Text, nullable=False),
        sa.Column("admin2", sa.Text, nullable=False),
        sa.Column("latitude", sa.Float, nullable=True),
        sa.Column("longitude", sa.Float, nullable=True),
        sa.Column("killed", sa.Integer, nullable=True),
        sa.Column("injured", sa.Integer, nullable=True),
        sa.Column("record", sa.JSON, nullable=False),
        _ts("created_at", False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], name="fk_reports_document_id"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], name="fk_reports_event_id"),
    )
    op.create_index("ix_reports_date_start", "reports", ["date_start"])
    op.create_index("ix_reports_event_type", "reports", ["event_type"])
    op.create_index("ix_reports_event_id", "reports", ["event_id"])
    op.create_index("ix_reports_document_id", "reports", ["document_id"])

    op.create_table(
        "tallies",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("document_id", sa.String, nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
        sa.Column("period", sa.String, nullable=False),
        sa.Column("area", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("categories", sa.JSON, nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], name="fk_tallies_document_id"),
    )
    op.create_index("ix_tallies_document_id", "tallies", ["document_id"])

    op.create_table(
        "runs",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("kind", sa.String, nullable=False),
        _ts("started_at", False),
        _ts("finished_at", True),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("config_hash", sa.String, nullable=False),
        sa.Column("counts", sa.JSON, nullable=False),
        sa.Column("timings", sa.JSON, nullable=False),
        sa.Column("n_failures", sa.Integer, nullable=False),
        sa.CheckConstraint("status IN ('running', 'ok', 'failed', 'interrupted')", name="ck_runs_status"),
    )
    op.create_index("ix_runs_started_at", "runs", ["started_at"])

    op.create_table(
        "quarantine",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("run_id", sa.String, nullable=True),
        sa.Column("stage", sa.String, nullable=False),
        sa.Column("location", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("error_type", sa.String, nullable=False),
        sa.Column("traceback", sa.Text, nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("source_kind", sa.String, nullable=False),
        _ts("created_at", False),
        sa.Column("attempts", sa.Integer, nullable=False),
        _ts("resolved_at", True),
        sa.UniqueConstraint("stage", "location", "reason", name="uq_quarantine_stage_location_reason"),
    )

    op.create_table(
        "history",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("entity", sa.String, nullable=False),
        sa.Column("entity_id", sa.String, nullable=False),
        sa.Column("action", sa.String, nullable=False),
        sa.Column("old", sa.JSON, nullable=True),
        sa.Column("new", sa.JSON, nullable=True),
        sa.Column("actor", sa.String, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        _ts("at", False),
    )
    op.create_index("ix_history_entity_id", "history", ["entity_id"])

    op.create_table(
        "feed_state",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("etag", sa.Text, nullable=False),
        sa.Column("last_modified", sa.Text, nullable=False),
        _ts("last_polled", True),
        sa.Column("last_status", sa.Integer, nullable=True),
        sa.Column("last_error", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in ("feed_state", "history", "quarantine", "runs", "tallies", "reports", "events", "documents"):
        op.drop_table(table)
