"""Settings: one frozen object, layered packaged defaults < user TOML < ``MARSAD_*`` env < CLI flags.

Nothing here reads files or the environment at import time; call :func:`load_settings`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, get_type_hints

from marsad.errors import ConfigError

ENV_PREFIX = "MARSAD_"
DEFAULT_CONFIG_NAME = "marsad.toml"


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Every setting marsad reads. Documented in docs/configuration.md (a test keeps them in step)."""

    database: str = "marsad.db"
    """SQLite path or SQLAlchemy URL (``postgresql+psycopg://...``)."""
    feeds: tuple[str, ...] = ()
    """RSS/Atom feed URLs that ``marsad watch`` polls."""
    watch_interval: float = 900.0
    """Seconds between polls in ``marsad watch``."""
    http_timeout: float = 20.0
    """Seconds before a network request gives up."""
    http_max_bytes: int = 10_000_000
    """Largest response body accepted; bigger downloads are refused and quarantined."""
    http_user_agent: str = "marsad/0.1 (+https://github.com/marsad-observatory/marsad)"
    """User-Agent header sent with every request."""
    http_rate_per_host: float = 1.0
    """Requests per second allowed to one host."""
    http_respect_robots: bool = True
    """Honour robots.txt."""
    http_allow_private: bool = False
    """Allow fetching private, loopback and link-local addresses (off: SSRF guard)."""
    default_language: str = ""
    """Language to assume when detection is unsure (``ar``/``en``; empty: detect)."""
    batch_size: int = 200
    """Documents processed per pipeline batch."""
    gazetteer: str = ""
    """Path of an extended gazetteer file built by ``marsad gazetteer build`` (empty: bundled)."""
    serve_host: str = "127.0.0.1"
    """Address ``marsad serve`` listens on (``0.0.0.0``: every interface; put it behind https)."""
    serve_port: int = 8000
    """Port ``marsad serve`` listens on."""
    api_anonymous_read: bool = False
    """Let visitors who are not logged in read events, documents and analyses (never review)."""
    api_https: bool = False
    """The server is reached over https (directly or through a proxy): cookies get ``Secure``."""
    api_session_hours: float = 12.0
    """How long a dashboard login lasts."""
    api_login_attempts: int = 5
    """Failed logins allowed per client address and user name within ``api_login_window``."""
    api_login_window: float = 300.0
    """Seconds over which failed logins are counted (then the client must wait)."""

    def config_hash(self) -> str:
        """A stable hash of the settings, stored with every run."""
        payload = json.dumps(dataclasses.asdict(self), sort_keys=True, default=str)
        return hashlib.sha256(payload.encode()).hexdigest()[:16]

    def with_overrides(self, overrides: Mapping[str, Any]) -> Settings:
        clean = {k: v for k, v in overrides.items() if v is not None}
        return dataclasses.replace(self, **_coerce_all(clean, source="command line"))


def _field_types() -> dict[str, Any]:
    hints = get_type_hints(Settings)
    return {f.name: hints[f.name] for f in fields(Settings)}


def _coerce(name: str, value: Any, type_: Any, source: str) -> Any:
    try:
        if type_ is bool:
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in {"1", "true", "yes", "on"}:
                return True
            if text in {"0", "false", "no", "off"}:
                return False
            raise ValueError(value)
        if type_ is int:
            return int(value)
        if type_ is float:
            return float(value)
        if type_ is str:
            return str(value)
        if type_ == tuple[str, ...]:
            if isinstance(value, str):
                return tuple(v.strip() for v in value.split(",") if v.strip())
            return tuple(str(v) for v in value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(
            f"setting {name!r} from {source} has an invalid value {value!r}",
            hint=f"give a value of type {getattr(type_, '__name__', type_)}",
        ) from exc
    raise ConfigError(f"setting {name!r} has an unsupported type", hint="report this as a bug")


def _coerce_all(values: Mapping[str, Any], *, source: str) -> dict[str, Any]:
    types = _field_types()
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name not in types:
            raise ConfigError(
                f"unknown setting {name!r} in {source}",
                hint=f"known settings: {', '.join(sorted(types))}",
            )
        out[name] = _coerce(name, value, types[name], source)
    return out


def read_toml(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"config file {path} not found", hint="run `marsad init`") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            f"config file {path} is not valid TOML: {exc}", hint="fix the syntax; see docs/configuration.md"
        ) from exc
    section = data.get("marsad", data)
    if not isinstance(section, dict):
        raise ConfigError(f"config file {path}: [marsad] must be a table")
    return section


def load_settings(
    *,
    config_path: Path | None = None,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Layer: defaults < TOML (``config_path``, else ``./marsad.toml`` if present) < env < overrides."""
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    path = config_path
    if path is None and env.get(f"{ENV_PREFIX}CONFIG"):
        path = Path(env[f"{ENV_PREFIX}CONFIG"])
    if path is None and Path(DEFAULT_CONFIG_NAME).is_file():
        path = Path(DEFAULT_CONFIG_NAME)
    if path is not None:
        values.update(_coerce_all(read_toml(path), source=str(path)))
    types = _field_types()
    env_values = {
        name: env[f"{ENV_PREFIX}{name.upper()}"] for name in types if f"{ENV_PREFIX}{name.upper()}" in env
    }
    values.update(_coerce_all(env_values, source="environment"))
    settings = Settings(**values)
    if overrides:
        settings = settings.with_overrides(overrides)
    return settings
