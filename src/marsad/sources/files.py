"""Local files and folders: .txt .md .html .htm .jsonl .csv and feed files (.xml .rss .atom).

:func:`iter_paths` walks folders recursively in sorted order (hidden files and folders skipped,
symlinked folders not followed), and yields a RawItem per document or a Failure per problem:

* a missing path, an unreadable or too-large file, bytes that are not text;
* a file named directly with an unsupported extension (inside folders such files are skipped);
* a bad JSON line or CSV row (location ``file.jsonl:LINE``); the rest of the file goes on.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from marsad.errors import DecodeError, ParseError, SourceError
from marsad.model import Failure, RawItem
from marsad.sources.charset import decode_bytes
from marsad.sources.failure import failure_from_exception
from marsad.sources.feeds import parse_feed_bytes
from marsad.sources.langtag import language_from_tag
from marsad.sources.records import item_from_record, published_fields
from marsad.sources.textheader import split_header

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
TABLE_SUFFIXES = frozenset({".jsonl", ".csv"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | TABLE_SUFFIXES

DEFAULT_MAX_FILE_BYTES = 200_000_000
"""Largest file read whole (.txt .md .html .csv and feeds); .jsonl is streamed line by line."""
MAX_JSONL_LINE_BYTES = 50_000_000

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


def supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def iter_paths(
    paths: Sequence[Path | str],
    *,
    max_bytes: int = DEFAULT_MAX_FILE_BYTES,
    now: Clock = _utc_now,
) -> Iterator[RawItem | Failure]:
    """Read every path (file or folder) in the given order; never raises on bad input."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for file in walk_folder(path):
                yield from _guarded(file, max_bytes, now)
        elif path.is_file():
            if supported(path):
                yield from _guarded(path, max_bytes, now)
            else:
                yield _failure(
                    SourceError(
                        f"unsupported file type {path.suffix or '(no extension)'!r}",
                        hint=f"supported: {', '.join(sorted(SUPPORTED_SUFFIXES))}",
                        context=str(path),
                    ),
                    path,
                )
        else:
            reason = "no such file or folder" if not path.exists() else "not a regular file or folder"
            yield _failure(SourceError(reason, hint="check the path", context=str(path)), path)


def walk_folder(folder: Path) -> list[Path]:
    """Supported files under ``folder``, sorted by their path relative to it."""
    found: list[Path] = []
    for root, dirnames, filenames in os.walk(folder, followlinks=False):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            candidate = Path(root) / name
            if not name.startswith(".") and supported(candidate):
                found.append(candidate)
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def _failure(exc: BaseException, path: Path, payload: str | bytes = "", location: str = "") -> Failure:
    stage = "decode" if isinstance(exc, DecodeError) else "source"
    return failure_from_exception(
        exc, stage=stage, location=location or str(path), payload=payload, source_kind="file"
    )


def _guarded(path: Path, max_bytes: int, now: Clock) -> Iterator[RawItem | Failure]:
    """Read one file; any error becomes a Failure (the contract: bad input never stops the run)."""
    try:
        yield from _read_file(path, max_bytes, now)
    except (OSError, SourceError, ValueError, csv.Error) as exc:
        yield _failure(exc, path)
    except Exception as exc:  # noqa: BLE001 - a bug on one file must not stop the run; it is quarantined
        yield _failure(exc, path)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:
        raise SourceError(
            f"file is {size} bytes, more than the {max_bytes} read at once",
            hint="split the file, or save it as .jsonl (read line by line)",
            context=str(path),
        )
    return path.read_bytes()


def _read_file(path: Path, max_bytes: int, now: Clock) -> Iterator[RawItem | Failure]:
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl(path, now)
        return
    data = _read_bytes(path, max_bytes)
    if suffix in FEED_SUFFIXES:
        yield from parse_feed_bytes(data, path.resolve().as_uri(), fetched=now(), location=str(path))
        return
    try:
        text = decode_bytes(data)
    except DecodeError as exc:
        yield _failure(exc, path, payload=data)
        return
    if suffix == ".csv":
        yield from _read_csv(path, text, now)
    elif suffix in HTML_SUFFIXES:
        yield RawItem(
            location=str(path), content=text, content_type="html", source_kind="file", fetched=now()
        )
    else:
        yield _text_item(path, text, now(), front_matter=suffix == ".md")


def _text_item(path: Path, text: str, fetched: datetime, *, front_matter: bool) -> RawItem:
    fields, body = split_header(text, front_matter=front_matter)
    published, metadata = published_fields(fields.get("published", ""))
    extra = tuple(
        (key, value)
        for key, value in sorted(fields.items())
        if key not in {"title", "published", "url", "source", "language"}
    )
    return RawItem(
        location=str(path),
        content=body,
        content_type="text",
        source_kind="file",
        source=fields.get("source", "").strip(),
        title=fields.get("title", "").strip(),
        url=fields.get("url", "").strip(),
        published=published,
        fetched=fetched,
        language=language_from_tag(fields.get("language")),
        metadata=metadata + extra,
    )


def _read_jsonl(path: Path, now: Clock) -> Iterator[RawItem | Failure]:
    with path.open("rb") as handle:
        for lineno, raw in enumerate(handle, start=1):
            location = f"{path}:{lineno}"
            if len(raw) > MAX_JSONL_LINE_BYTES:
                yield _failure(
                    ParseError(f"line is longer than {MAX_JSONL_LINE_BYTES} bytes",
                               hint="split the record", context=location),
                    path, location=location,
                )
                continue
            if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8"))
                if not isinstance(record, dict):
                    raise ParseError(
                        f"line holds a JSON {type(record).__name__}, not an object",
                        hint="write one JSON object per line", context=location,
                    )
                yield item_from_record(record, location=location, fetched=now())
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                error = ParseError(f"invalid JSON line: {exc}",
                                   hint="fix the line (JSON Lines: one UTF-8 JSON object per line)",
                                   context=location)
                error.__cause__ = exc
                yield _failure(error, path, payload=raw, location=location)
            except ParseError as exc:
                yield _failure(exc, path, payload=raw, location=location)


def _read_csv(path: Path, text: str, now: Clock) -> Iterator[RawItem | Failure]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = reader.fieldnames
    except csv.Error as exc:
        yield _failure(ParseError(f"unreadable CSV header: {exc}", hint="fix the first line",
                                  context=str(path)), path)
        return
    if not header or not ({"text", "html"} & {h.strip().lower() for h in header if h}):
        raise ParseError(
            "CSV has no 'text' (or 'html') column",
            hint="name the columns on the first line: url,title,published,text[,source,language]",
            context=str(path),
        )
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            location = f"{path}:{start}"
            yield _failure(ParseError(f"broken CSV row: {exc}", hint="fix the row", context=location),
                           path, location=location)
            start = reader.line_num + 1
            continue
        location = f"{path}:{start}"
        start = reader.line_num + 1
        record = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
        if None in row:
            yield _failure(
                ParseError("row has more fields than the header", hint="quote fields containing commas",
                           context=location),
                path, location=location,
            )
            continue
        try:
            yield item_from_record(record, location=location, fetched=now())
        except ParseError as exc:
            yield _failure(exc, path, location=location, payload=json.dumps(record, ensure_ascii=False))

