"""The built-in sources register by name and read through their spec."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.errors import ConfigError
from marsad.model import RawItem
from marsad.registry import Registries
from marsad.sources.plugin import SourceSpec, register


def test_register_adds_file_feed_and_web() -> None:
    regs = Registries()
    register(regs)
    assert regs.sources.names() == ["feed", "file", "web"]
    spec = regs.sources.get("file")
    assert isinstance(spec, SourceSpec)
    assert not spec.needs_network
    assert regs.sources.get("feed").needs_network


def test_file_spec_reads_without_a_client(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("hello there", "utf-8")
    regs = Registries()
    register(regs)
    (item,) = list(regs.sources.get("file").read([str(tmp_path)], None))
    assert isinstance(item, RawItem)


def test_network_specs_need_a_client_up_front() -> None:
    regs = Registries()
    register(regs)
    for name in ("feed", "web"):
        with pytest.raises(ConfigError):
            regs.sources.get(name).read(["https://n.invented/"], None)
