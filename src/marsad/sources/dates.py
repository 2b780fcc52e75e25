"""Publication timestamps from source metadata: ISO 8601, RFC 2822 or ``YYYY-MM-DD``, always UTC.

Naive values are taken to be UTC (the documented convention for files and feeds that give no zone).
Anything else returns ``None``: callers keep the raw string so a human can see what was there.
"""

from __future__ import annotations

import calendar
import re
import time
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

_DATE_ONLY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_SLASH_DATE = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")


def to_utc(value: datetime) -> datetime:
    """``value`` as an aware UTC datetime (naive values are assumed to already be UTC)."""
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def parse_datetime(value: str | None) -> datetime | None:
    """Parse a published date; ``None`` when empty or not understood. Never raises."""
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    try:
        return _parse(text)
    except (ValueError, OverflowError, TypeError, IndexError):
        return None


def _parse(text: str) -> datetime | None:
    match = _DATE_ONLY.match(text) or _SLASH_DATE.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return datetime(year, month, day, tzinfo=UTC)
    iso = text
    if iso[-1:] in {"Z", "z"}:
        iso = iso[:-1] + "+00:00"
    if len(iso) >= 10 and iso[4:5] == "-" and iso[:4].isdigit():
        try:
            return to_utc(datetime.fromisoformat(iso))
        except ValueError:
            pass
    if any(ch.isalpha() for ch in text) or "," in text:
        parsed = parsedate_to_datetime(text)  # raises ValueError/TypeError on junk
        return to_utc(parsed)
    return None


def from_struct_time(value: time.struct_time | None) -> datetime | None:
    """A UTC struct_time (as feedparser gives) to an aware datetime."""
    if value is None:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    except (OverflowError, ValueError, OSError, TypeError):
        return None


def from_date(value: date) -> datetime:
    """Midnight UTC of ``value``."""
    return datetime(value.year, value.month, value.day, tzinfo=UTC)
