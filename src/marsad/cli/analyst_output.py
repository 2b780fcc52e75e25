"""Output shared by the analyst commands (merge, split, reject): a summary line or JSON on stdout."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence

from marsad.cli.common import stderr_console
from marsad.model import Event
from marsad.store.codec import to_json


def print_events(events: Sequence[Event], as_json: bool, summary: str) -> None:
    if as_json:
        sys.stdout.write(json.dumps([to_json(e) for e in events], ensure_ascii=False, indent=2) + "\n")
        return
    stderr_console().print(f"[green]{summary}[/] (recorded in the history)", highlight=False)
    for e in events:
        sys.stdout.write(f"{e.id}\t{len(e.report_ids)} report(s)\t{e.event_type.value}\n")
