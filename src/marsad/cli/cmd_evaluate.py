"""``marsad evaluate gsr DIR``: sentence-level detection and actor scores on gold data;
``marsad evaluate events FILE``: document-level event scores on eval/events-style gold."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from marsad.cli.common import handle_errors
from marsad.extract.evaluate import evaluate_gsr
from marsad.extract.evaluate_events import evaluate_events


def register(app: typer.Typer) -> None:
    evaluate = typer.Typer(help="Score the extractor on labelled data.", no_args_is_help=True)

    @evaluate.command("gsr")
    @handle_errors
    def gsr_cmd(
        folder: Path = typer.Argument(..., help="A folder laid out like shared/eval/arabic_event_gsr."),
        as_json: bool = typer.Option(True, "--json/--no-json", help="Print JSON (the only format)."),
        cv: int = typer.Option(0, "--cv", help="Grouped K-fold: retrain the incident model inside folds."),
    ) -> None:
        """Print precision, recall, F1 and the difficult-no false-positive rate for ASSAULT and
        PROTEST, and token-overlap F1 of perpetrator (source) and target spans."""
        result = evaluate_gsr(folder, folds=cv)
        if result.get("in_sample"):
            sys.stderr.write(f"warning: {result['warning']}\n")
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2 if as_json else None) + "\n")

    @evaluate.command("events")
    @handle_errors
    def events_cmd(
        path: Path = typer.Argument(..., help="A gold JSONL file laid out like eval/events/*.jsonl."),
        as_json: bool = typer.Option(True, "--json/--no-json", help="Print JSON (the only format)."),
        by_language: bool = typer.Option(False, "--by-language", help="Add the same scores per language."),
        details: bool = typer.Option(False, "--details", help="Add every document's alignment and errors."),
    ) -> None:
        """Print document-level event scores: detection P/R/F1 (all and countable), duplicates per
        document, type/certainty accuracy and per-field accuracy on matched events, tally P/R."""
        result = evaluate_events(path, by_language=by_language, details=details)
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2 if as_json else None) + "\n")

    app.add_typer(evaluate, name="evaluate")
