"""One root error and a small tree. Every error says what went wrong *and* what to do next."""

from __future__ import annotations


class MarsadError(Exception):
    """Root of every error marsad raises on purpose.

    ``hint`` tells the user what to do next; ``context`` names the thing that failed (a path, a URL,
    a document id) so the message can be logged and quarantined without losing it.
    """

    def __init__(self, message: str, *, hint: str = "", context: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.context = context

    def __str__(self) -> str:
        parts = [self.message]
        if self.context:
            parts.append(f"[{self.context}]")
        if self.hint:
            parts.append(f"Next step: {self.hint}")
        return " ".join(parts)


class ConfigError(MarsadError):
    """A setting is missing, malformed or contradictory."""


class SourceError(MarsadError):
    """A source (file, feed, page) could not be read."""


class FetchError(SourceError):
    """A network fetch failed: timeout, HTTP error, refused address, too large."""


class BlockedAddressError(FetchError):
    """The URL resolves to a private, loopback or link-local address and that is not allowed."""


class RobotsDisallowedError(FetchError):
    """robots.txt forbids fetching this URL."""


class TooLargeError(FetchError):
    """The response exceeded the configured size cap."""


class DecodeError(SourceError):
    """Bytes could not be decoded as text in any plausible encoding."""


class ParseError(SourceError):
    """A file or feed is malformed (bad JSON line, broken CSV, unparseable feed)."""


class NoContentError(SourceError):
    """A page or file held no article text."""


class ExtractionError(MarsadError):
    """The extractor failed on a document (a bug, or input it cannot handle)."""


class StoreError(MarsadError):
    """The database could not be opened, migrated or written."""


class NotFoundError(StoreError):
    """A requested id is not in the store."""


class GazetteerError(MarsadError):
    """The gazetteer could not be loaded or built."""


class DecisionError(MarsadError):
    """An analyst decision (merge, split, reject) cannot be applied to these events."""
