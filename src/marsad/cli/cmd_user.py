"""``marsad user add|remove|token|list``: dashboard and API users (roles viewer, analyst, admin)."""

from __future__ import annotations

import sys

import typer

from marsad.cli.common import handle_errors, open_store, settings_from, stderr_console, stdout_console

user_app = typer.Typer(help="Manage dashboard and API users.", no_args_is_help=True)


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    password: str = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    return password


@user_app.command("add")
@handle_errors
def add_cmd(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="User name (no spaces)."),
    role: str = typer.Option("viewer", "--role", help="viewer (reads), analyst (also reviews) or admin."),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from stdin."),
) -> None:
    """Add a user; the password is asked for (or read from stdin) and stored as a scrypt hash."""
    from marsad.store.users import add_user

    password = _password(password_stdin)
    with open_store(settings_from(ctx)) as store:
        user = add_user(store, name, password, role)
    stderr_console().print(f"added {user.name} ({user.role.value})", highlight=False)


@user_app.command("remove")
@handle_errors
def remove_cmd(ctx: typer.Context, name: str = typer.Argument(..., help="User name.")) -> None:
    """Remove a user with their API tokens and sessions (their history entries stay)."""
    from marsad.store.users import remove_user

    with open_store(settings_from(ctx)) as store:
        remove_user(store, name)
    stderr_console().print(f"removed {name}", highlight=False)


@user_app.command("token")
@handle_errors
def token_cmd(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="User name."),
    label: str = typer.Option("", "--label", help="What the token is for (kept with it)."),
    revoke: bool = typer.Option(False, "--revoke", help="Delete all of the user's tokens instead."),
) -> None:
    """Print a new API token for the user (shown once; send it as `Authorization: Bearer <token>`)."""
    from marsad.store.users import create_token, revoke_tokens

    with open_store(settings_from(ctx)) as store:
        if revoke:
            n = revoke_tokens(store, name)
            stderr_console().print(f"revoked {n} token(s) of {name}", highlight=False)
            return
        token = create_token(store, name, label)
    sys.stdout.write(token + "\n")


@user_app.command("list")
@handle_errors
def list_cmd(ctx: typer.Context) -> None:
    """List users and their roles."""
    from marsad.store.users import list_users

    with open_store(settings_from(ctx)) as store:
        users = list_users(store)
    out = stdout_console()
    for u in users:
        out.print(f"{u.name}\t{u.role.value}\t{u.created_at.date().isoformat()}", highlight=False)


def register(app: typer.Typer) -> None:
    app.add_typer(user_app, name="user")
