"""The optional mypyc build (setup.py, ADR 0011) stays opt-in; nothing here compiles (too slow)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_setup() -> ModuleType:
    spec = importlib.util.spec_from_file_location("marsad_setup", ROOT / "setup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # setup() itself runs only as __main__
    return module


def test_setup_declares_no_extension_modules_without_marsad_compile(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MARSAD_COMPILE", raising=False)
    monkeypatch.setitem(sys.modules, "mypyc.build", None)  # importing mypyc here would fail
    assert load_setup().ext_modules() == []


def test_compiled_build_covers_the_extraction_path_but_not_the_list_subclass() -> None:
    paths = load_setup().compiled_modules()
    assert "src/marsad/extract/roles.py" in paths
    assert "src/marsad/extract/pipeline.py" in paths
    assert "src/marsad/model.py" in paths
    assert "src/marsad/text/token_stream.py" not in paths
    assert not [p for p in paths if p.endswith("__init__.py") or "evaluate" in p]
    assert all((ROOT / p).is_file() for p in paths)


def test_compiled_build_skips_compiling_for_a_metadata_only_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_COMPILE", "1")
    monkeypatch.setitem(sys.modules, "mypyc.build", None)  # it must not even be imported
    assert load_setup().ext_modules(["dist_info", "--output-dir", "/tmp/x"]) == []
    with pytest.raises(SystemExit, match="needs mypy"):
        load_setup().ext_modules(["bdist_wheel"])
