from __future__ import annotations

from importlib.resources import files

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from marsad.errors import StoreError
from marsad.store import Store, migrate
from marsad.store.engine import make_engine
from marsad.store.migrate import current_revision, head_revision
from marsad.store.schema import metadata


def _diffs(engine: sa.Engine, target: sa.MetaData) -> list[object]:
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        return list(compare_metadata(ctx, target))


def test_migrated_schema_matches_schema_metadata(empty_url: str) -> None:
    engine = make_engine(empty_url)
    migrate(engine)
    try:
        assert _diffs(engine, metadata) == []
    finally:
        engine.dispose()


def test_schema_comparison_notices_a_missing_column(empty_url: str) -> None:
    # Guards the test above: if compare_metadata saw nothing, an empty diff would prove nothing.
    engine = make_engine(empty_url)
    migrate(engine)
    changed = sa.MetaData()
    for table in metadata.sorted_tables:
        table.to_metadata(changed)
    changed.tables["events"].append_column(sa.Column("extra", sa.Integer))
    try:
        assert any(d[0] == "add_column" for d in _diffs(engine, changed) if isinstance(d, tuple))
    finally:
        engine.dispose()


def test_migrate_twice_is_a_no_op(empty_url: str) -> None:
    engine = make_engine(empty_url)
    try:
        assert current_revision(engine) is None
        migrate(engine)
        with engine.connect() as conn:
            before = sorted(sa.inspect(conn).get_table_names())
        migrate(engine)
        with engine.connect() as conn:
            after = sorted(sa.inspect(conn).get_table_names())
        assert before == after
        assert set(metadata.tables) <= set(after)
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_open_twice_keeps_the_data(empty_url: str) -> None:
    with Store.open(empty_url) as store:
        run_id = store.start_run("ingest", "abc")
    with Store.open(empty_url) as store:
        assert [r.id for r in store.runs()] == [run_id]


def test_open_without_migrate_refuses_an_unmigrated_database(empty_url: str) -> None:
    with pytest.raises(StoreError, match="schema is at nothing"):
        Store.open(empty_url, migrate=False)
    Store.open(empty_url).close()
    Store.open(empty_url, migrate=False).close()


def test_migration_scripts_are_package_resources() -> None:
    folder = files("marsad.store") / "migrations"
    assert (folder / "env.py").is_file()
    assert (folder / "script.py.mako").is_file()
    assert (folder / "versions" / "0001_initial.py").is_file()
    assert (folder / "versions" / "0002_decisions.py").is_file()
    assert head_revision() >= "0002"  # later migrations may follow
