"""Settings precedence: packaged defaults < TOML file < MARSAD_* environment < flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.config import Settings, load_settings
from marsad.errors import ConfigError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "marsad.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_file_or_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert load_settings(environ={}) == Settings()


def test_file_overrides_defaults_and_env_overrides_file_and_flags_override_env(tmp_path: Path) -> None:
    cfg = write(tmp_path, '[marsad]\ndatabase = "file.db"\nhttp_timeout = 5\nfeeds = ["https://a/rss"]\n')
    s = load_settings(config_path=cfg, environ={})
    assert (s.database, s.http_timeout, s.feeds) == ("file.db", 5.0, ("https://a/rss",))
    s = load_settings(config_path=cfg, environ={"MARSAD_DATABASE": "env.db"})
    assert s.database == "env.db" and s.http_timeout == 5.0
    s = load_settings(
        config_path=cfg, environ={"MARSAD_DATABASE": "env.db"}, overrides={"database": "flag.db"}
    )
    assert s.database == "flag.db"


def test_none_flag_does_not_override(tmp_path: Path) -> None:
    cfg = write(tmp_path, 'database = "file.db"\n')
    assert load_settings(config_path=cfg, environ={}, overrides={"database": None}).database == "file.db"


def test_env_booleans_and_lists_are_parsed() -> None:
    s = load_settings(environ={"MARSAD_HTTP_ALLOW_PRIVATE": "yes", "MARSAD_FEEDS": "https://a, https://b"})
    assert s.http_allow_private is True
    assert s.feeds == ("https://a", "https://b")


def test_unknown_setting_names_the_known_ones(tmp_path: Path) -> None:
    cfg = write(tmp_path, "[marsad]\ndatabse = 'typo.db'\n")
    with pytest.raises(ConfigError) as info:
        load_settings(config_path=cfg, environ={})
    assert "databse" in str(info.value) and "database" in info.value.hint


def test_bad_value_type_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="http_timeout"):
        load_settings(environ={"MARSAD_HTTP_TIMEOUT": "soon"})


def test_broken_toml_says_how_to_fix(tmp_path: Path) -> None:
    cfg = write(tmp_path, "[marsad\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings(config_path=cfg, environ={})


def test_config_hash_changes_with_settings() -> None:
    assert Settings().config_hash() == Settings().config_hash()
    assert Settings().config_hash() != Settings(database="other.db").config_hash()
