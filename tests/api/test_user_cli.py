from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from marsad.cli.app import build_app
from marsad.store import Store
from marsad.store.users import list_users, token_user


def test_user_add_token_and_remove_from_the_command_line(tmp_path: Path) -> None:
    db = str(tmp_path / "m.db")
    runner = CliRunner()
    app = build_app()
    added = runner.invoke(
        app,
        ["-d", db, "user", "add", "hala", "--role", "analyst", "--password-stdin"],
        input="a good long password\n",
    )
    assert added.exit_code == 0, added.output
    token = runner.invoke(app, ["-d", db, "user", "token", "hala", "--label", "ci"])
    assert token.exit_code == 0
    with Store.open(db) as store:
        user = token_user(store, token.stdout.strip())
        assert user is not None and user.role.value == "analyst"
    short = runner.invoke(app, ["-d", db, "user", "add", "x", "--password-stdin"], input="short\n")
    assert short.exit_code == 2
    assert runner.invoke(app, ["-d", db, "user", "remove", "hala"]).exit_code == 0
    with Store.open(db) as store:
        assert list_users(store) == []
