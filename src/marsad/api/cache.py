"""Small time-limited caches, one set per app (no module state), thread-safe.

- listing totals (``COUNT(*)`` is the dearest part of a listing): up to 2 s stale after a pipeline
  run; review actions through this app clear them at once;
- who holds an API token or session: up to 10 s, so a token revoked or a user removed from the
  command line stops working within 10 s (logging out through the app takes effect at once).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

__all__ = ["MISSING", "CountCache", "TtlCache"]

V = TypeVar("V")
MISSING = object()


class TtlCache(Generic[V]):
    def __init__(self, ttl: float, size: int = 1024, clock: Callable[[], float] = time.monotonic) -> None:
        self._ttl = ttl
        self._size = size
        self._clock = clock
        self._items: OrderedDict[Hashable, tuple[float, V]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> V | object:
        """The value, or :data:`MISSING` when absent or expired."""
        now = self._clock()
        with self._lock:
            hit = self._items.get(key)
            if hit is not None and now - hit[0] < self._ttl:
                return hit[1]
        return MISSING

    def put(self, key: Hashable, value: V) -> None:
        with self._lock:
            self._items[key] = (self._clock(), value)
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)

    def get_or_compute(self, key: Hashable, compute: Callable[[], V]) -> V:
        hit = self.get(key)
        if hit is not MISSING:
            return hit  # type: ignore[return-value]
        value = compute()
        self.put(key, value)
        return value

    def pop(self, key: Hashable) -> None:
        with self._lock:
            self._items.pop(key, None)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


class CountCache(TtlCache[int]):
    def __init__(
        self, ttl: float = 2.0, size: int = 1024, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(ttl, size, clock)
