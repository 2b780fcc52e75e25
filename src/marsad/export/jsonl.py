"""JSON lines: one flat event row per line (UTF-8, Arabic kept as is)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from marsad.export.rows import event_row
from marsad.export.target import Target, text_target
from marsad.model import Event


def write_jsonl(events: Iterable[Event], target: Target) -> int:
    with text_target(target) as out:
        return _write(events, out)


def _write(events: Iterable[Event], out: TextIO) -> int:
    n = 0
    for event in events:
        out.write(json.dumps(event_row(event), ensure_ascii=False) + "\n")
        n += 1
    return n
