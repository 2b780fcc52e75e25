"""Typed conversion of frozen dataclass records to JSON-able dicts and back.

:func:`to_json` walks the *value* (dataclasses, tuples, enums, dates); :func:`from_json` walks the
*declared types* of the target class (``typing.get_type_hints``), so a stored record decodes to exactly
the record type it was, with enums, dates and nested records rebuilt.

Conventions:

- dataclass -> ``dict`` of every field (defaults included, so stored JSON is self-describing);
- tuple -> list; ``tuple[X, ...]`` and fixed ``tuple[X, Y]`` both decode back to tuples;
- ``StrEnum`` -> its string value, ``IntEnum`` -> its int value;
- ``date`` -> ``"YYYY-MM-DD"``; ``datetime`` -> ISO 8601 with offset. A naive datetime is taken to be
  UTC (marsad keeps every timestamp tz-aware), so it always decodes tz-aware;
- unknown keys in stored data are ignored on decode (a record written by a newer version still loads);
  missing keys fall back to the field default.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import types
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any, TypeVar, Union, cast, get_args, get_origin, get_type_hints

__all__ = ["from_json", "to_json", "to_json_value"]

T = TypeVar("T")

_NONE_TYPE = type(None)


def to_json(record: object) -> dict[str, Any]:
    """A JSON-able dict of a dataclass record (only dicts, lists, str, int, float, bool, None)."""
    if not dataclasses.is_dataclass(record) or isinstance(record, type):
        raise TypeError(f"to_json expects a dataclass instance, got {type(record).__name__}")
    return cast(dict[str, Any], to_json_value(record))


def to_json_value(value: object) -> Any:
    """Encode any value a record may hold (see the module docstring for the rules)."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, str | int | float):
        return value
    if isinstance(value, datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        return aware.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json_value(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [to_json_value(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): to_json_value(v) for k, v in value.items()}
    raise TypeError(f"cannot encode a {type(value).__name__} as JSON")


def from_json(cls: type[T], data: Mapping[str, Any]) -> T:
    """Rebuild a record of type ``cls`` from :func:`to_json` output. Raises ``ValueError`` on bad data."""
    if not dataclasses.is_dataclass(cls):
        raise TypeError(f"from_json expects a dataclass type, got {cls!r}")
    return cast(T, _decode(cls, data, cls.__name__))


@functools.cache
def _field_types(cls: type) -> tuple[tuple[str, Any, bool], ...]:
    """(name, resolved type, required) per init field of a dataclass, computed once per class."""
    hints = get_type_hints(cls)
    out = []
    for f in dataclasses.fields(cls):
        if not f.init:
            continue
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        out.append((f.name, hints[f.name], required))
    return tuple(out)


def _decode(tp: Any, value: Any, where: str) -> Any:
    origin = get_origin(tp)
    if origin is Union or origin is types.UnionType:
        return _decode_union(tp, value, where)
    if tp is Any:
        return value
    if origin is tuple:
        return _decode_tuple(tp, value, where)
    if origin in (list, dict):
        return _decode_container(tp, origin, value, where)
    if isinstance(tp, type):
        return _decode_class(tp, value, where)
    raise TypeError(f"{where}: unsupported type {tp!r}")


def _decode_union(tp: Any, value: Any, where: str) -> Any:
    args = get_args(tp)
    if value is None:
        if _NONE_TYPE in args:
            return None
        raise ValueError(f"{where}: null is not allowed")
    errors = []
    for arg in args:
        if arg is _NONE_TYPE:
            continue
        try:
            return _decode(arg, value, where)
        except (TypeError, ValueError) as exc:
            errors.append(str(exc))
    raise ValueError(f"{where}: {value!r} matches none of {tp!r} ({'; '.join(errors)})")


def _decode_tuple(tp: Any, value: Any, where: str) -> tuple[Any, ...]:
    if not isinstance(value, list | tuple):
        raise ValueError(f"{where}: expected a list, got {type(value).__name__}")
    args = get_args(tp)
    if len(args) == 2 and args[1] is Ellipsis:
        return tuple(_decode(args[0], v, f"{where}[{i}]") for i, v in enumerate(value))
    if not args:
        return tuple(value)
    if len(args) != len(value):
        raise ValueError(f"{where}: expected {len(args)} items, got {len(value)}")
    return tuple(_decode(a, v, f"{where}[{i}]") for i, (a, v) in enumerate(zip(args, value, strict=True)))


def _decode_container(tp: Any, origin: Any, value: Any, where: str) -> Any:
    args = get_args(tp)
    if origin is list:
        if not isinstance(value, list | tuple):
            raise ValueError(f"{where}: expected a list, got {type(value).__name__}")
        item = args[0] if args else Any
        return [_decode(item, v, f"{where}[{i}]") for i, v in enumerate(value)]
    if not isinstance(value, Mapping):
        raise ValueError(f"{where}: expected an object, got {type(value).__name__}")
    vt = args[1] if len(args) == 2 else Any
    return {str(k): _decode(vt, v, f"{where}.{k}") for k, v in value.items()}


def _decode_class(tp: type, value: Any, where: str) -> Any:
    if dataclasses.is_dataclass(tp):
        return _decode_record(tp, value, where)
    if issubclass(tp, enum.Enum):
        try:
            return tp(value)
        except ValueError:
            raise ValueError(f"{where}: {value!r} is not a valid {tp.__name__}") from None
    if tp is datetime:
        if not isinstance(value, str):
            raise ValueError(f"{where}: expected an ISO datetime string")
        parsed = datetime.fromisoformat(value)
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)
    if tp is date:
        if not isinstance(value, str):
            raise ValueError(f"{where}: expected an ISO date string")
        return date.fromisoformat(value)
    if tp is bool:
        if not isinstance(value, bool):
            raise ValueError(f"{where}: expected true/false, got {value!r}")
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{where}: expected an integer, got {value!r}")
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"{where}: expected a number, got {value!r}")
        return float(value)
    if tp is str:
        if not isinstance(value, str):
            raise ValueError(f"{where}: expected a string, got {value!r}")
        return value
    raise TypeError(f"{where}: unsupported type {tp.__name__}")


def _decode_record(cls: type, value: Any, where: str) -> Any:
    if not isinstance(value, Mapping):
        raise ValueError(f"{where}: expected an object for {cls.__name__}, got {type(value).__name__}")
    kwargs: dict[str, Any] = {}
    for name, tp, required in _field_types(cls):
        if name in value:
            kwargs[name] = _decode(tp, value[name], f"{where}.{name}")
        elif required:
            raise ValueError(f"{where}: missing field {name!r} of {cls.__name__}")
    return cls(**kwargs)
