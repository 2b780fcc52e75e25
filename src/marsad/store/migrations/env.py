"""Alembic environment for marsad's store. Runs online only, on the connection marsad hands it.

Called through :func:`marsad.store.migrate.migrate`, which puts an open connection in
``config.attributes["connection"]``; marsad never reads ``alembic.ini`` or the environment here.
"""

from __future__ import annotations

from alembic import context

from marsad.store.schema import metadata


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("marsad migrations run through marsad.store.migrate(engine), not the alembic CLI")
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("marsad migrations do not support offline (SQL script) mode")
run_migrations_online()
