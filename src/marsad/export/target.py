"""Where an export goes: a text stream (stdout) or a file path, written atomically."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from marsad.errors import ConfigError

Target = TextIO | Path


@contextmanager
def text_target(target: Target) -> Iterator[TextIO]:
    """Yield a text stream; for a path, write to ``<path>.part`` and rename on success."""
    if not isinstance(target, Path):
        yield target
        return
    tmp = target.with_name(target.name + ".part")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        yield fh
    tmp.replace(target)


def path_target(target: Target, fmt: str) -> Path:
    if not isinstance(target, Path):
        raise ConfigError(
            f"the {fmt} format is binary and cannot go to the terminal", hint="pass --output FILE"
        )
    return target
