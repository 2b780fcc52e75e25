"""The store: SQLAlchemy Core schema, Alembic migrations, one contract for SQLite and PostgreSQL.

    from marsad.store import Store, EventFilter
    with Store.open("marsad.db") as store:          # or "postgresql+psycopg://user@host/db"
        store.add_documents(docs, run_id=None)
        store.query_events(EventFilter(area="حلب"))
"""

from __future__ import annotations

from marsad.store.codec import from_json, to_json
from marsad.store.engine import make_engine
from marsad.store.migrate import migrate
from marsad.store.records import (
    AddResult,
    EventFilter,
    FeedState,
    HistoryRecord,
    QuarantineRecord,
    RunRecord,
    RunStatus,
)
from marsad.store.store import EVENT_FRAME_COLUMNS, Store

__all__ = [
    "EVENT_FRAME_COLUMNS",
    "AddResult",
    "EventFilter",
    "FeedState",
    "HistoryRecord",
    "QuarantineRecord",
    "RunRecord",
    "RunStatus",
    "Store",
    "from_json",
    "make_engine",
    "migrate",
    "to_json",
]
