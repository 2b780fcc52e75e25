"""Registers the built-in gazetteer ``bundled``: a factory ``(path: str = "") -> Gazetteer``.

An empty path gives the packaged GeoNames-based gazetteer; a path gives a file written by
``marsad gazetteer build`` (what ``Settings.gazetteer`` / ``MARSAD_GAZETTEER`` point at).
"""

from __future__ import annotations

from marsad.registry import Registries
from marsad.resolve.gazetteer import load_gazetteer


def register(regs: Registries) -> None:
    regs.gazetteers.register("bundled", load_gazetteer)
