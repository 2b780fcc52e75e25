"""Login rate limiting: failed attempts per key in a sliding window (in memory, per process)."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

__all__ = ["LoginLimiter"]


class LoginLimiter:
    """Allows ``attempts`` failures per key within ``window`` seconds; then the key waits.

    Keys are chosen by the caller (client address and user name). Successful logins clear the key.
    State lives in this object (one per app), so several worker processes each count separately:
    run one worker, or put a limiting proxy in front, when that matters.
    """

    def __init__(self, attempts: int, window: float, clock: Callable[[], float] = time.monotonic) -> None:
        self._attempts = max(1, attempts)
        self._window = window
        self._clock = clock
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        q = self._failures.get(key)
        if q is None:
            return deque()
        while q and now - q[0] >= self._window:
            q.popleft()
        if not q:
            del self._failures[key]
        return q

    def retry_after(self, key: str) -> float:
        """Seconds the key must wait before trying again (0: it may try now)."""
        with self._lock:
            now = self._clock()
            q = self._recent(key, now)
            if len(q) < self._attempts:
                return 0.0
            return max(0.0, self._window - (now - q[0]))

    def failed(self, key: str) -> None:
        with self._lock:
            now = self._clock()
            self._recent(key, now)
            self._failures.setdefault(key, deque()).append(now)
            if len(self._failures) > 100_000:  # bound memory under a spray of keys
                oldest = min(self._failures, key=lambda k: self._failures[k][-1])
                del self._failures[oldest]

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)
