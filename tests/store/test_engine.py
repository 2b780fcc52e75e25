from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from marsad.errors import StoreError
from marsad.store import Store
from marsad.store.engine import make_engine


def test_make_engine_creates_the_parent_folder_only_on_first_connect(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "marsad.db"
    engine = make_engine(str(path))
    assert not path.parent.exists()
    with engine.connect() as conn:
        conn.execute(sa.text("SELECT 1"))
    assert path.parent.is_dir()
    engine.dispose()


@pytest.mark.parametrize("form", ["path", "url"])
def test_sqlite_connections_use_wal_foreign_keys_and_a_busy_timeout(tmp_path: Path, form: str) -> None:
    path = tmp_path / "marsad.db"
    engine = make_engine(str(path) if form == "path" else f"sqlite:///{path}")
    with engine.connect() as conn:
        pragma = {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                  for name in ("journal_mode", "foreign_keys", "busy_timeout", "synchronous")}
    engine.dispose()
    assert pragma == {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 5000, "synchronous": 1}


def test_in_memory_sqlite_keeps_one_database_across_connections() -> None:
    with Store.open("sqlite://") as store:
        run_id = store.start_run("test", "cfg")
        assert [r.id for r in store.runs()] == [run_id]


@pytest.mark.parametrize("url", ["nosuchdb://host/x", "postgresql+nodriver://u@h/db", "::not a url::/x://"])
def test_unusable_urls_raise_store_error_with_a_hint(url: str) -> None:
    with pytest.raises(StoreError) as info:
        make_engine(url)
    assert info.value.hint


def test_empty_database_setting_raises_store_error() -> None:
    with pytest.raises(StoreError, match="no database"):
        make_engine("  ")


def test_unreachable_server_raises_store_error_and_masks_the_password() -> None:
    # Port 1 on localhost: nothing listens there, the connection is refused at once.
    with pytest.raises(StoreError) as info:
        Store.open("postgresql+psycopg://marsad:s3cret@127.0.0.1:1/marsad")
    message = str(info.value)
    assert "s3cret" not in message
    assert "server is running" in info.value.hint


def test_store_url_masks_the_password(tmp_path: Path) -> None:
    engine = make_engine("postgresql+psycopg://marsad:s3cret@db.example:5432/marsad")
    assert Store(engine).url == "postgresql+psycopg://marsad:***@db.example:5432/marsad"
    engine.dispose()


def test_open_refuses_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError):
        Store.open(str(path))
