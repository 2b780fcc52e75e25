"""The public Python API matches ``__all__`` and importing marsad does no heavy work."""

from __future__ import annotations

import subprocess
import sys

import marsad


def test_all_names_resolve() -> None:
    for name in marsad.__all__:
        assert getattr(marsad, name) is not None


def test_unknown_attribute_raises() -> None:
    try:
        marsad.does_not_exist  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as exc:
        assert "does_not_exist" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("expected AttributeError")


def test_import_is_cheap_and_loads_no_stage() -> None:
    code = (
        "import sys, marsad; "
        "heavy = [m for m in sys.modules "
        "if m.startswith(('marsad.store', 'marsad.extract', 'sqlalchemy', 'httpx'))]; "
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_every_builtin_plugin_registers_through_the_entry_point() -> None:
    from marsad.registry import build_registries

    regs = build_registries()
    assert {"file", "feed", "web"} <= set(regs.sources.names())
    assert "rules" in regs.extractors and "bundled" in regs.gazetteers
    assert {"sqlite", "postgresql"} <= set(regs.stores.names())
    assert {"acled", "geojson", "jsonl", "parquet"} <= set(regs.exporters.names())
