"""Plugin registries: sources, extractors, gazetteers, stores and exporters are registered by name.

Built-ins register through the same path as third-party plugins: an entry point in the
``marsad.plugins`` group naming a ``register(registries)`` function. :func:`build_registries`
returns a fresh :class:`Registries` (no global mutable state).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from typing import Any, Generic, TypeVar

from marsad.errors import ConfigError

T = TypeVar("T")

PLUGIN_GROUP = "marsad.plugins"


class Registry(Generic[T]):
    """Name -> factory. Registering a taken name is an error: plugins must not shadow silently."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._items: dict[str, T] = {}

    def register(self, name: str, item: T) -> None:
        if name in self._items:
            raise ConfigError(
                f"{self.kind} {name!r} is registered twice",
                hint="rename the plugin's entry or uninstall the duplicate plugin",
            )
        self._items[name] = item

    def get(self, name: str) -> T:
        try:
            return self._items[name]
        except KeyError:
            raise ConfigError(
                f"no {self.kind} named {name!r}",
                hint=f"available: {', '.join(sorted(self._items)) or 'none'}",
            ) from None

    def names(self) -> list[str]:
        return sorted(self._items)

    def __contains__(self, name: object) -> bool:
        return name in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._items))


@dataclass(slots=True)
class Registries:
    """All extension points. Values are factories/callables; each stage documents its protocol."""

    sources: Registry[Any] = field(default_factory=lambda: Registry("source"))
    extractors: Registry[Any] = field(default_factory=lambda: Registry("extractor"))
    gazetteers: Registry[Any] = field(default_factory=lambda: Registry("gazetteer"))
    stores: Registry[Any] = field(default_factory=lambda: Registry("store"))
    exporters: Registry[Any] = field(default_factory=lambda: Registry("exporter"))


def build_registries(
    extra: list[Callable[[Registries], None]] | None = None,
) -> Registries:
    """Load every installed plugin (built-ins included) into a new :class:`Registries`."""
    regs = Registries()
    for ep in sorted(entry_points(group=PLUGIN_GROUP), key=lambda e: (e.name != "builtin", e.name)):
        register = ep.load()
        register(regs)
    for fn in extra or []:
        fn(regs)
    return regs
