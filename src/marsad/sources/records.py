"""One JSON Lines object or CSV row (url, title, published, text; optional source, language, html)
to a :class:`RawItem`. Also used for ``.txt`` / ``.md`` header fields.

Unknown scalar fields are kept as metadata (provenance). A published value that cannot be parsed
does not lose the document: ``published`` stays None and the raw value is kept as
``published_raw`` metadata so an analyst can see and fix it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from marsad.errors import ParseError
from marsad.model import RawItem
from marsad.sources.dates import parse_datetime
from marsad.sources.langtag import language_from_tag

STRING_FIELDS = ("url", "title", "published", "text", "source", "language", "html")
MAX_METADATA_VALUE = 500


def _field(record: Mapping[str, object], name: str, location: str) -> str:
    value = record.get(name)
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool) and name != "text":
        return str(value)
    raise ParseError(
        f"field {name!r} must be a string, not {type(value).__name__}",
        hint=f"fix the record so {name!r} is a string (or remove it)",
        context=location,
    )


def published_fields(raw: str) -> tuple[datetime | None, tuple[tuple[str, str], ...]]:
    """The parsed date, plus ``published_raw`` metadata when the value was given but not understood."""
    published = parse_datetime(raw)
    if raw.strip() and published is None:
        return None, (("published_raw", raw.strip()[:MAX_METADATA_VALUE]),)
    return published, ()


def item_from_record(
    record: Mapping[str, object],
    *,
    location: str,
    source_kind: str = "file",
    fetched: datetime | None = None,
) -> RawItem:
    """Build the item, or raise :class:`ParseError` saying which field is wrong."""
    values = {name: _field(record, name, location) for name in STRING_FIELDS}
    text, html = values["text"], values["html"]
    if not text.strip() and not html.strip():
        raise ParseError(
            "record has no text (and no html)",
            hint="give each record a non-empty 'text' (or 'html') field",
            context=location,
        )
    published, extra = published_fields(values["published"])
    metadata = list(extra)
    for key in sorted(k for k in record if k not in STRING_FIELDS):
        value = record[key]
        if isinstance(value, str | int | float | bool) and key:
            metadata.append((str(key), str(value)[:MAX_METADATA_VALUE]))
    use_text = bool(text.strip())
    return RawItem(
        location=location,
        content=text if use_text else html,
        content_type="text" if use_text else "html",
        source_kind=source_kind,
        source=values["source"].strip(),
        title=values["title"].strip(),
        url=values["url"].strip(),
        published=published,
        fetched=fetched,
        language=language_from_tag(values["language"]),
        metadata=tuple(metadata),
    )
