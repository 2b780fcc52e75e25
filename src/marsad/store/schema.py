"""The store's tables (SQLAlchemy Core). Alembic's ``versions/`` must build exactly this (a test checks).

Every timestamp is tz-aware UTC (:class:`UTCDateTime`: ``timestamptz`` on PostgreSQL, naive-UTC text on
SQLite, always aware in Python). ``record`` columns hold the whole record as JSON (``store.codec``);
the other columns are denormalized copies for filtering and indexing.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Dialect

__all__ = [
    "DOCUMENT_STATUSES",
    "RUN_STATUSES",
    "USER_ROLES",
    "UTCDateTime",
    "api_tokens",
    "decisions",
    "documents",
    "events",
    "feed_state",
    "history",
    "metadata",
    "quarantine",
    "reports",
    "runs",
    "sessions",
    "tallies",
    "users",
]

DOCUMENT_STATUSES = ("new", "processed", "empty", "unsupported_language", "failed")
RUN_STATUSES = ("running", "ok", "failed", "interrupted")
USER_ROLES = ("viewer", "analyst", "admin")


class UTCDateTime(sa.TypeDecorator[datetime]):
    """A tz-aware UTC timestamp on every backend. Naive datetimes going in are taken to be UTC."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        aware = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return aware.replace(tzinfo=None) if dialect.name == "sqlite" else aware

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


metadata = sa.MetaData()

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("source_kind", sa.String, nullable=False),
    sa.Column("published", UTCDateTime, nullable=True),
    sa.Column("fetched", UTCDateTime, nullable=True),
    sa.Column("language", sa.String, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("metadata", sa.JSON, nullable=False),
    sa.Column("status", sa.String, nullable=False),
    sa.Column("ingested_at", UTCDateTime, nullable=False),
    sa.Column("processed_at", UTCDateTime, nullable=True),
    sa.Column("ingest_run_id", sa.String, nullable=True),
    sa.CheckConstraint(_in("status", DOCUMENT_STATUSES), name="ck_documents_status"),
    sa.Index("ix_documents_status_ingested", "status", "ingested_at", "id"),
)

events = sa.Table(
    "events",
    metadata,
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
    sa.Column("updated_at", UTCDateTime, nullable=False),
    sa.Index("ix_events_date_start", "date_start"),
    sa.Index("ix_events_event_type", "event_type"),
    sa.Index("ix_events_admin1", "admin1"),
    sa.Index("ix_events_certainty", "certainty"),
)

reports = sa.Table(
    "reports",
    metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("document_id", sa.String, sa.ForeignKey("documents.id", name="fk_reports_document_id"),
              nullable=False),
    sa.Column("event_id", sa.String, sa.ForeignKey("events.id", name="fk_reports_event_id"), nullable=True),
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
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Index("ix_reports_date_start", "date_start"),
    sa.Index("ix_reports_event_type", "event_type"),
    sa.Index("ix_reports_event_id", "event_id"),
    sa.Index("ix_reports_document_id", "document_id"),
)

tallies = sa.Table(
    "tallies",
    metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("document_id", sa.String, sa.ForeignKey("documents.id", name="fk_tallies_document_id"),
              nullable=False),
    sa.Column("count", sa.Integer, nullable=False),
    sa.Column("period", sa.String, nullable=False),
    sa.Column("area", sa.Text, nullable=False),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("categories", sa.JSON, nullable=False),
    sa.Column("record", sa.JSON, nullable=False),
    sa.Index("ix_tallies_document_id", "document_id"),
)

runs = sa.Table(
    "runs",
    metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("kind", sa.String, nullable=False),
    sa.Column("started_at", UTCDateTime, nullable=False),
    sa.Column("finished_at", UTCDateTime, nullable=True),
    sa.Column("status", sa.String, nullable=False),
    sa.Column("config_hash", sa.String, nullable=False),
    sa.Column("counts", sa.JSON, nullable=False),
    sa.Column("timings", sa.JSON, nullable=False),
    sa.Column("n_failures", sa.Integer, nullable=False),
    sa.CheckConstraint(_in("status", RUN_STATUSES), name="ck_runs_status"),
    sa.Index("ix_runs_started_at", "started_at"),
)

quarantine = sa.Table(
    "quarantine",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("run_id", sa.String, nullable=True),
    sa.Column("stage", sa.String, nullable=False),
    sa.Column("location", sa.Text, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("error_type", sa.String, nullable=False),
    sa.Column("traceback", sa.Text, nullable=False),
    sa.Column("payload", sa.Text, nullable=False),
    sa.Column("source_kind", sa.String, nullable=False),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("resolved_at", UTCDateTime, nullable=True),
    sa.UniqueConstraint("stage", "location", "reason", name="uq_quarantine_stage_location_reason"),
)

history = sa.Table(
    "history",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("entity", sa.String, nullable=False),
    sa.Column("entity_id", sa.String, nullable=False),
    sa.Column("action", sa.String, nullable=False),
    sa.Column("old", sa.JSON, nullable=True),
    sa.Column("new", sa.JSON, nullable=True),
    sa.Column("actor", sa.String, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("at", UTCDateTime, nullable=False),
    sa.Index("ix_history_entity_id", "entity_id"),
)

feed_state = sa.Table(
    "feed_state",
    metadata,
    sa.Column("url", sa.Text, primary_key=True),
    sa.Column("etag", sa.Text, nullable=False),
    sa.Column("last_modified", sa.Text, nullable=False),
    sa.Column("last_polled", UTCDateTime, nullable=True),
    sa.Column("last_status", sa.Integer, nullable=True),
    sa.Column("last_error", sa.Text, nullable=False),
)

decisions = sa.Table(
    # analyst decisions on events, append-only (migration 0002): automatic clustering reads them back.
    # action: merge (other_event_id was merged into event_id), split (report_id left event_id for
    # other_event_id) or reject (event_id is not an event).
    "decisions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("action", sa.String, nullable=False),
    sa.Column("event_id", sa.String, nullable=False),
    sa.Column("other_event_id", sa.String, nullable=False),
    sa.Column("report_id", sa.String, nullable=False),
    sa.Column("actor", sa.String, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("at", UTCDateTime, nullable=False),
    sa.CheckConstraint("action IN ('merge', 'split', 'reject')", name="ck_decisions_action"),
    sa.Index("ix_decisions_event_id", "event_id"),
    sa.Index("ix_decisions_report_id", "report_id"),
)

users = sa.Table(
    # dashboard and API users (migration 0003); password_hash is a self-describing KDF string
    # (``scrypt$n$r$p$salt$hash``, see store/users.py), never the password.
    "users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String, nullable=False),
    sa.Column("role", sa.String, nullable=False),
    sa.Column("password_hash", sa.Text, nullable=False),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.CheckConstraint(_in("role", USER_ROLES), name="ck_users_role"),
    sa.UniqueConstraint("name", name="uq_users_name"),
)

api_tokens = sa.Table(
    # API tokens for scripts: only the SHA-256 of the token is kept (tokens are 256-bit random, so a
    # fast hash is enough); ``prefix`` is the first characters, shown to tell tokens apart.
    "api_tokens",
    metadata,
    sa.Column("token_hash", sa.String, primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", name="fk_api_tokens_user_id",
                                                   ondelete="CASCADE"), nullable=False),
    sa.Column("label", sa.Text, nullable=False),
    sa.Column("prefix", sa.String, nullable=False),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("last_used_at", UTCDateTime, nullable=True),
    sa.Index("ix_api_tokens_user_id", "user_id"),
)

ix_events_listing = sa.Index(
    # the event listing's filters in one index (migration 0003): SQLite counts and pages a filtered
    # listing from the index alone instead of reading every wide row (record JSON) of a type.
    "ix_events_listing", events.c.event_type, events.c.date_start, events.c.date_end, events.c.rejected,
    events.c.admin1, events.c.admin2, events.c.place_text,
)

sessions = sa.Table(
    # browser sessions: the cookie holds a random secret, the table its SHA-256 (a stolen database
    # gives no live sessions); rows past ``expires_at`` are ignored and pruned.
    "sessions",
    metadata,
    sa.Column("session_hash", sa.String, primary_key=True),
    sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", name="fk_sessions_user_id",
                                                   ondelete="CASCADE"), nullable=False),
    sa.Column("created_at", UTCDateTime, nullable=False),
    sa.Column("expires_at", UTCDateTime, nullable=False),
    sa.Index("ix_sessions_user_id", "user_id"),
)
