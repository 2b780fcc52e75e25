"""robots.txt rules for one origin, following RFC 9309 on what an unavailable file means.

* 2xx: parse it (urllib.robotparser).
* 4xx (missing, forbidden...): everything is allowed.
* 5xx or the server cannot be reached: assume everything is disallowed (the RFC's rule; a site that
  is down must not be hammered), with a reason that says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.robotparser import RobotFileParser

MAX_CRAWL_DELAY = 30.0
"""Longest Crawl-delay honoured (seconds); larger values are capped so one site cannot stall a run."""


@dataclass(frozen=True, slots=True, kw_only=True)
class RobotsRules:
    """What one origin's robots.txt says. ``parser`` None and no ``unreachable`` means allow all."""

    origin: str
    parser: RobotFileParser | None = None
    unreachable: str = ""

    @classmethod
    def allow_all(cls, origin: str) -> RobotsRules:
        return cls(origin=origin)

    @classmethod
    def disallow_all(cls, origin: str, reason: str) -> RobotsRules:
        return cls(origin=origin, unreachable=reason or "robots.txt unavailable")

    @classmethod
    def from_text(cls, origin: str, text: str) -> RobotsRules:
        parser = RobotFileParser()
        parser.parse(text.lstrip("\ufeff").splitlines())
        return cls(origin=origin, parser=parser)

    def allows(self, url: str, user_agent: str) -> bool:
        if self.unreachable:
            return False
        if self.parser is None:
            return True
        return self.parser.can_fetch(user_agent, url)

    def crawl_delay(self, user_agent: str) -> float | None:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(user_agent)
        if delay is None:
            return None
        return min(float(delay), MAX_CRAWL_DELAY)
