"""Built-in plugins, registered through the ``marsad.plugins`` entry point like any third party's."""

from __future__ import annotations

from marsad.registry import Registries


def register_builtins(regs: Registries) -> None:
    """Register marsad's own sources, extractors, gazetteers, stores and exporters."""
    # Each stage exposes a ``register(regs)`` function; imported here, lazily, so importing
    # marsad stays cheap and free of I/O.
    from importlib import import_module

    for module in (
        "marsad.sources.plugin",
        "marsad.extract.plugin",
        "marsad.resolve.plugin",
        "marsad.store.plugin",
        "marsad.export.plugin",
    ):
        import_module(module).register(regs)
