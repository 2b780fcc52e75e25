"""Per-host politeness: a minimum interval between the starts of two requests to the same host.

The clock and sleep are injected so tests run instantly. Slots are reserved under a lock and the
sleep happens outside it, so threads waiting for different hosts do not block each other.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class HostRateLimiter:
    """``wait(host)`` blocks until a request to ``host`` is allowed, then records it."""

    def __init__(
        self,
        rate_per_host: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.min_interval = 1.0 / rate_per_host if rate_per_host > 0 else 0.0
        self._clock = clock
        self._sleep = sleep
        self._next_allowed: dict[str, float] = {}
        self._host_interval: dict[str, float] = {}
        self._lock = threading.Lock()

    def slow_down(self, host: str, interval: float) -> None:
        """Use at least ``interval`` seconds for ``host`` (for example a robots.txt Crawl-delay)."""
        with self._lock:
            key = host.lower()
            self._host_interval[key] = max(interval, self._host_interval.get(key, 0.0))

    def interval_for(self, host: str) -> float:
        return max(self.min_interval, self._host_interval.get(host.lower(), 0.0))

    def wait(self, host: str) -> float:
        """Sleep as needed; return the seconds slept."""
        key = host.lower()
        with self._lock:
            now = self._clock()
            start = max(now, self._next_allowed.get(key, now))
            self._next_allowed[key] = start + self.interval_for(key)
        delay = start - now
        if delay > 0:
            self._sleep(delay)
        return max(delay, 0.0)
