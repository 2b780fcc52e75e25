"""``marsad extract FILE|-``: the extraction of one text as JSON, without touching a database."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import typer

from marsad.cli.common import handle_errors
from marsad.errors import ConfigError, SourceError
from marsad.extract.jsonview import extraction_view
from marsad.extract.pipeline import extract_document, load_resources
from marsad.model import Document
from marsad.vocab import Language


def register(app: typer.Typer) -> None:
    @app.command("extract")
    @handle_errors
    def extract_cmd(
        path: str = typer.Argument(..., metavar="FILE|-", help="A UTF-8 text file, or - for standard input."),
        published: str = typer.Option(
            "",
            "--published",
            help="Publication date YYYY-MM-DD, or an ISO timestamp such as 2024-05-08T06:30:00+03:00 "
            "(resolves relative dates; the hour matters for 'last night'). A timestamp without zone is UTC.",
        ),
        lang: str = typer.Option("", "--lang", help="ar or en (default: detected from the script)."),
        as_json: bool = typer.Option(True, "--json/--no-json", help="Print JSON (the only format)."),
    ) -> None:
        """Extract events, tallies, places and attributions from one text and print them as JSON."""
        text = _read(path)
        when = None
        if published:
            when = _published(published)
        if lang and lang not in ("ar", "en"):
            raise ConfigError(f"--lang {lang!r} is not supported", hint="use ar or en, or leave it out")
        doc = Document.create(
            text=text, published=when, source=path, language=Language(lang) if lang else Language.UNKNOWN
        )
        view = extraction_view(extract_document(doc, load_resources()))
        sys.stdout.write(json.dumps(view, ensure_ascii=False, indent=2 if as_json else None) + "\n")


def _published(value: str) -> datetime:
    """A day (midnight UTC) or an ISO timestamp; one without a zone is read as UTC."""
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ConfigError(
            f"--published {value!r} is not a date",
            hint="use YYYY-MM-DD or an ISO timestamp such as 2024-05-08T06:30:00Z",
        ) from None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise SourceError(
            f"cannot read {path}: {exc.strerror}", hint="check the path", context=path
        ) from None
