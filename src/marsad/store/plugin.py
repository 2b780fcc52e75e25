"""Registers the built-in stores: ``sqlite`` and ``postgresql`` (both open with :meth:`Store.open`)."""

from __future__ import annotations

from marsad.registry import Registries
from marsad.store.store import Store


def register(regs: Registries) -> None:
    regs.stores.register("sqlite", Store.open)
    regs.stores.register("postgresql", Store.open)
