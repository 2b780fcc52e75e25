"""Load the labelled clustering set (``eval/clusters/*.jsonl``) for :mod:`marsad.resolve.cluster_eval`."""

from __future__ import annotations

import json
from pathlib import Path

from marsad.errors import ConfigError
from marsad.model import EventReport
from marsad.resolve.cluster_eval import LabelledReport
from marsad.store.codec import from_json

__all__ = ["load_labelled"]


def load_labelled(path: Path) -> list[LabelledReport]:
    """Read a JSON-lines file of ``{"event", "source", "note", "report"}`` objects."""
    out = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror}", hint="check the path") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            report = from_json(EventReport, row["report"])
            out.append(LabelledReport(event=row["event"], source=row.get("source", ""),
                                      note=row.get("note", ""), report=report))  # fmt: skip
        except (ValueError, KeyError, TypeError) as exc:
            raise ConfigError(f"{path}:{n}: bad labelled report: {exc}", hint="regenerate the file") from None
    return out
